import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * An age after "Name," is read the same whatever space the page puts between the comma and the number:
 * a browser's text keeps the HTML's line breaks and indents ("Sam Altman, \n38."). Every sentence is
 * invented.
 */

const ages = (text: string) => figureClaimsAfterLead([text]).filter(([id]) => id.endsWith('-age'));

describe('an age after a line break', () => {
  it.each<[string, string, string]>([
    ['The board pushed out chief executive Sam Altman, \n38. Here is what we know.', 'sam-altman-age', '38'],
    ['The board pushed out Sam Altman,\n\n38, on Friday.', 'sam-altman-age', '38'],
    ['The board pushed out Sam Altman,\n    38, on Friday.', 'sam-altman-age', '38'],
    ['Sam Altman,\n  just 38, was fired on Friday.', 'sam-altman-age', '38'],
    ['Larry Summers,\r\n68, joins the board.', 'larry-summers-age', '68'],
    ['The ousted chief,\n 38, learned of it on Friday.', 'sam-altman-age', '38'],
    ['The board pushed out Sam Altman, aged\n38, on Friday.', 'sam-altman-age', '38'],
    ['Bret Taylor (chair, aged 43) leads the new board.', 'bret-taylor-age', '43'],
  ])('%j', (text, id, wording) => {
    expect(ages(text)).toContainEqual([id, wording]);
  });

  it.each([
    // A count or a date after the line break, not an age.
    'Sam Altman,\n38 days into the job, was fired.',
    'On Friday,\n\n38 staff had signed.',
    'Sam Altman,\n 38% of the way through, paused.',
  ])('marks no age in %j', (text) => {
    expect(ages(text)).toEqual([]);
  });
});
