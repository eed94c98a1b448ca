import { describe, expect, it } from 'vitest';
import { MalformedResponseError, parseMessage, parseResponse } from '../../src/messages.ts';

describe('parseMessage', () => {
  it('accepts the messages Sourcemark sends', () => {
    expect(parseMessage({ type: 'page/get-status' })).toEqual({ type: 'page/get-status' });
    expect(parseMessage({ type: 'extension/get-info' })).toEqual({ type: 'extension/get-info' });
  });

  it.each([undefined, null, 42, 'page/get-status', {}, { type: 'page/delete-everything' }, { kind: 'page/get-status' }])(
    'ignores %j',
    (raw) => expect(parseMessage(raw)).toBeUndefined(),
  );
});

describe('parseResponse', () => {
  it('returns a well-formed answer', () => {
    expect(parseResponse('page/get-status', { url: 'https://a.example/', textNodes: 3 })).toEqual({
      url: 'https://a.example/',
      textNodes: 3,
    });
  });

  it('names the field that is wrong', () => {
    expect(() => parseResponse('page/get-status', { url: 'x', textNodes: -1 })).toThrow(MalformedResponseError);
    expect(() => parseResponse('page/get-status', { url: 'x', textNodes: -1 })).toThrow(/textNodes/);
    expect(() => parseResponse('extension/get-info', undefined)).toThrow(/extension\/get-info/);
  });
});
