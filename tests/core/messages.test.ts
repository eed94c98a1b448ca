import { describe, expect, it } from 'vitest';
import { MalformedResponseError, parseMessage, parseResponse } from '../../src/messages.ts';

describe('parseMessage', () => {
  it('accepts the messages Sourcemark sends', () => {
    expect(parseMessage({ type: 'page/get-status' })).toEqual({ type: 'page/get-status' });
    expect(parseMessage({ type: 'extension/get-info' })).toEqual({ type: 'extension/get-info' });
    expect(parseMessage({ type: 'page/set-enabled', enabled: false })).toEqual({
      type: 'page/set-enabled',
      enabled: false,
    });
  });

  it.each([
    undefined,
    null,
    42,
    'page/get-status',
    {},
    { type: 'page/delete-everything' },
    { kind: 'page/get-status' },
    { type: 'page/set-enabled' },
    { type: 'page/set-enabled', enabled: 'no' },
  ])('ignores %j', (raw) => expect(parseMessage(raw)).toBeUndefined());
});

describe('parseResponse', () => {
  const status = {
    url: 'https://a.example/',
    enabled: true,
    relevant: false,
    reason: 'r',
    blocksRead: 3,
    entities: [],
    claims: [],
  };
  it('returns a well-formed answer', () => {
    expect(parseResponse('page/get-status', status)).toEqual(status);
  });

  it('names the field that is wrong', () => {
    expect(() => parseResponse('page/get-status', { ...status, blocksRead: -1 })).toThrow(
      MalformedResponseError,
    );
    expect(() => parseResponse('page/get-status', { ...status, blocksRead: -1 })).toThrow(/blocksRead/);
    expect(() =>
      parseResponse('page/set-enabled', {
        ...status,
        claims: [{ id: 'x', claimKind: 'figure', verdict: 'true', wording: '', count: 1 }],
      }),
    ).toThrow(/claims\.0\.verdict/);
    expect(() => parseResponse('extension/get-info', undefined)).toThrow(/extension\/get-info/);
  });
});
