import { describe, expect, it } from 'vitest';
import { countsDepartingMembers, countsDepartureOf } from '../../src/core/claims/departingPart.ts';

const after = (s: string) => countsDepartingMembers(s, 0, s.indexOf('|') + 1);

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
    // Any modal or promise, a headline's infinitive, a participle, an aside naming them.
    'Four| board members will have to step down under the accord.',
    'Two| trustees are likely to resign.',
    'Three| directors could make way for newcomers.',
    'Two| members have agreed to quit.',
    'Three| directors offered to stand aside.',
    'Two| members were forced to resign.',
    'Three| board members to step down as chief returns',
    'The pact sees two| trustees stepping down.',
    'With three| members leaving, the chair is alone.',
    'Four| board members, including the chair, will step down.',
    'Three| directors (among them the founder) are expected to leave.',
    'Two| directors — Ruiz and Okafor — will quit.',
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
    // A going that is not theirs, or a "to go" that goes ahead with the act.
    'It took four| directors to go ahead with the firing.',
    'Four| directors would go on to fire him.',
    'Four| directors, including the chair, voted to remove him.',
    'Four| members leaving Altman out of the vote decided it.',
  ])('not leaving: %s', (s) => {
    expect(after(s)).toBe(false);
  });

  // An untensed going after a telling is the teller's demand; the same going in a headline is a going.
  it.each([
    ['The staff letter told the four| directors to go.', false],
    ['Employees urged all four| directors to step down.', false],
    ['Four| board members to step down', true],
  ])('a going told or told of: %s', (s, expected) => {
    const at = s.indexOf('|');
    expect(countsDepartingMembers(s.replace('|', ''), s.lastIndexOf(' ', at - 1) + 1, at)).toBe(expected);
  });

  // review23 #4: a run of hyphens after a count (a plain-text table rule) must not backtrack polynomially
  // (a blow-up shows as this test never finishing; timing is the benchmark's job, not a unit test's).
  it('a hyphen run after a count stays linear', () => {
    for (let i = 0; i < 20; i++) countsDepartingMembers('4 ' + '-'.repeat(59), 0, 1);
    expect(countsDepartingMembers('Directors 4 ------------ 5', 10, 11)).toBe(false);
    expect(after('Two| non-executive directors are off.')).toBe(true);
  });

  const before = (s: string) => countsDepartureOf(s, s.indexOf('|'));
  it.each([
    'The departure of |four directors was agreed.',
    'It meant the resignations of |three board members.',
    'The exit of |two trustees leaves one holdover.',
    'The replacement of |three members was the price.',
  ])('a bare count after a noun of going: %s', (s) => {
    expect(before(s)).toBe(true);
  });
  it.each([
    // "the four" names the board that acted; a count after another noun is no going.
    'The departure of the |four directors who fired him was agreed.',
    'The decision of |four directors stood.',
    'The votes of |four directors removed him.',
  ])('a count with a determiner, or after another noun: %s', (s) => {
    expect(before(s)).toBe(false);
  });
});
