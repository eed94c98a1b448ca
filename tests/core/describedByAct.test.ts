import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';

/*
 * A person told by what they are, not by name ("a director who had backed the ouster", "the same
 * chief executive", "a remorseful scientist"): alone the description fits several people of the
 * story, and of other companies; the act the sentence states decides, when it is the claim of one
 * of them alone. The page names its people further down, not just before, so nothing near the
 * description resolves it. Every sentence is invented.
 */
const HEADING = 'Inside the OpenAI boardroom fight';
const CAST =
  'In this story: Sam Altman, Ilya Sutskever, Greg Brockman, Satya Nadella, Mira Murati, Emmett Shear, Helen Toner and Adam D’Angelo.';

/** The claim ids marked in `sentence`, read between a heading and a later block naming the cast. */
function claimsOf(sentence: string): string[] {
  return annotate([HEADING, sentence, CAST])
    .blocks[1]!.filter((h) => h.kind === 'claim')
    .map((h) => h.id);
}

describe('a description the act resolves', () => {
  it.each([
    [
      'Late on Monday a board member who had backed the ouster said he deeply regretted it.',
      'sutskever-regret',
    ],
    ['A director who had sided against Altman later apologised in a post.', 'sutskever-regret'],
    ['A scientist’s public apology changed the mood in the office.', 'sutskever-regret'],
    ['By Monday the scientist who had cast a vote against his boss was voicing remorse.', 'sutskever-regret'],
    ['Week in review: a remorseful scientist, a rehired boss and a smaller board.', 'sutskever-regret'],
    ['The same chief executive was rehired five days later.', 'altman-returns-as-ceo'],
    ['A sacked chief executive was reinstated within the week.', 'altman-returns-as-ceo'],
    ['The chief executive was brought back on Tuesday night.', 'altman-returns-as-ceo'],
    ['A co-founder was reinstated as chief executive on Wednesday.', 'altman-returns-as-ceo'],
    // An indefinite post with its holder's name set off after it is that name's.
    ['Late on Sunday the board named an interim chief executive, Emmett Shear.', 'shear-appointment'],
  ])('%s', (sentence, id) => expect(claimsOf(sentence)).toContain(id));

  it.each([
    // Another body's officer: the post is not the story's.
    ['The chief executive of the charity was reinstated on Monday.', 'altman-returns-as-ceo'],
    ['A director at the museum said he was sorry.', 'sutskever-regret'],
    // Generic, hypothetical or asked.
    ['A CEO who is fired should be reinstated.', 'altman-returns-as-ceo'],
    ['Any director who votes against the boss should say sorry.', 'sutskever-regret'],
    ['Was the chief executive reinstated?', 'altman-returns-as-ceo'],
    ['If the chief executive is reinstated, staff will stay.', 'altman-returns-as-ceo'],
    // A noun's content, not an event; one description two acts tell of two people.
    ['A finding that a chief executive lacked candour is an accusation.', 'firing-reason'],
    ['The co-founder who walked out, walked back in and never left again', 'altman-returns-as-ceo'],
    // A part the act's person never had, or a pronoun only others of the description fit.
    ['A contrite investor said sorry.', 'sutskever-regret'],
    ['A director said she was sorry.', 'sutskever-regret'],
    // A title with no act: anyone who held the post; an indefinite description holds no title.
    ['Then there was the interim CEO.', 'shear-appointment'],
    ['A chief scientist co-signing a letter against his own vote is a rare sight.', 'sutskever-title'],
    // Past a company the dataset does not know, the description may be its own officer.
    [
      'In 2019 Harlow Biscuits ousted its founder and rehired the founder a month later.',
      'altman-returns-as-ceo',
    ],
    // A name inside the relative clause that is no preposition's object keeps its verb.
    ['The director who said Altman was sorry left the board.', 'sutskever-regret'],
  ])('%s', (sentence, id) => expect(claimsOf(sentence)).not.toContain(id));
});
