import { describe, expect, it } from 'vitest';
import { countsDepartingMembers } from '../../src/core/claims/departingPart.ts';

const after = (s: string) => countsDepartingMembers(s, s.indexOf('|') + 1);

describe('countsDepartingMembers', () => {
  it.each([
    'Three| directors are off: Sutskever, Toner and McCauley.',
    'Two| members are out.',
    'Three| trustees will step down.',
    'Two| directors are set to leave next week.',
    'Three| board members are being replaced.',
    'The two| directors on their way out said nothing.',
    'Three| directors are now gone.',
    'Two| of its directors are stepping down.',
    'Three| directors must go, the letter said.',
    'Three| members will lose their seats.',
    'Three| people leave the board.',
    'Two| directors quit on Wednesday.',
    'Three| members exit the board under the deal.',
    'Two| trustees stepped down.',
    'Three| directors lose their seats.',
  ])('leaving: %s', (s) => {
    expect(after(s)).toBe(true);
  });

  it.each([
    'Four| directors voted to remove him.',
    'Three| directors are on the new board.',
    'The board has six| members and meets monthly.',
    'Six| directors are needed for a quorum.',
    'Three| directors are outside investors.',
    'Nine| members will sit on the expanded board.',
    'Four| directors left Altman no choice.',
    'Four| directors quit pretending and fired him.',
    'Cut to four| directors by earlier exits, the board fired him.',
  ])('not leaving: %s', (s) => {
    expect(after(s)).toBe(false);
  });

  // review23 #4: a run of hyphens after a count (a plain-text table rule) must not backtrack polynomially.
  it('a hyphen run after a count stays linear', () => {
    const start = performance.now();
    for (let i = 0; i < 20; i++) countsDepartingMembers('4 ' + '-'.repeat(59), 1);
    expect(performance.now() - start).toBeLessThan(50);
    expect(countsDepartingMembers('Directors 4 ------------ 5', 11)).toBe(false);
    expect(after('Two| non-executive directors are off.')).toBe(true);
  });
});
