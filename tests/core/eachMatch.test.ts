import { describe, expect, it } from 'vitest';
import { eachMatch } from '../../src/core/text/eachMatch.ts';

const spans = (pattern: RegExp, text: string) => [...eachMatch(pattern, text)].map((m) => [m.index, m[0]]);
const viaMatchAll = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);

describe('eachMatch', () => {
  it('finds what matchAll finds, groups included', () => {
    const pattern = /(\d+)\s*(bn|m)?/g;
    const text = '13bn, 86 bn and 10m; 4';
    expect(spans(pattern, text)).toEqual(viaMatchAll(pattern, text));
    expect([...eachMatch(pattern, text)].map((m) => m[2])).toEqual(['bn', 'bn', 'm', undefined]);
  });

  it('finds overlapping cues through a lookahead, each once', () => {
    const pattern = /(?<![a-z])(?=(board members|members))/gi;
    const text = 'Board members and members';
    expect([...eachMatch(pattern, text)].map((m) => [m.index, m[1]])).toEqual(
      [...text.matchAll(pattern)].map((m) => [m.index, m[1]]),
    );
    expect(spans(/x*/g, 'ab')).toEqual(viaMatchAll(/x*/g, 'ab'));
  });

  it('leaves the shared pattern at 0 however the loop ends, and may be nested on one pattern', () => {
    const pattern = /\d/g;
    for (const m of eachMatch(pattern, '1 2 3')) if (m[0] === '2') break;
    expect(pattern.lastIndex).toBe(0);
    const pairs: string[] = [];
    for (const a of eachMatch(pattern, '12'))
      for (const b of eachMatch(pattern, '34')) pairs.push(a[0] + b[0]);
    expect(pairs).toEqual(['13', '14', '23', '24']);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => [...eachMatch(/\d/, '1')]).toThrow(TypeError);
  });
});
