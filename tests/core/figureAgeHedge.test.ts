import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * An age with a hedge or a time word before it ("just 38", "only 38", "still only 38", "barely 38",
 * "who's just 38") is the age as it is without one. Every sentence is invented.
 */

const ages = (text: string) => figureClaimsAfterLead([text]).filter(([id]) => id.endsWith('-age'));

describe('a hedged age', () => {
  it.each<[string, string, string]>([
    ['Tech golden boy Sam Altman, just 38, was hauled on to a video call.', 'sam-altman-age', '38'],
    ['ANCHOR: Altman, who’s just 38, was the face of the AI boom.', 'sam-altman-age', '38'],
    ['Sam Altman, only 38, was fired on Friday.', 'sam-altman-age', '38'],
    ['Altman is barely 38 and already a billionaire.', 'sam-altman-age', '38'],
    ['Sam Altman, still only 38, was fired.', 'sam-altman-age', '38'],
    ['Larry Summers, now 68, joins the board.', 'larry-summers-age', '68'],
    ['The board removed Sam Altman, then 38 and the face of AI, on Friday.', 'sam-altman-age', '38'],
  ])('%s', (text, id, wording) => {
    expect(ages(text)).toContainEqual([id, wording]);
  });

  it.each([
    // A span of time or a count, not an age.
    'Sam Altman, just 38 days into the job, was fired.',
    'Altman, just 38 minutes after the call, posted on X.',
    'Sam Altman, just 38% of the way through, paused.',
  ])('marks no age in “%s”', (text) => {
    expect(ages(text)).toEqual([]);
  });
});
