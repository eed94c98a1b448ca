import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/** Sentences invented in several registers (wire, tabloid, column, headline, profile). */
const marks = (text: string) => figureClaimsAfterLead([text], '2025-11-24');
const spans = (text: string) =>
  marks(text)
    .filter(([id]) => /years|tenure|months/.test(id))
    .map(([id]) => id);

describe('time counted from an event is no one’s time in a post', () => {
  it.each([
    'Two years after its directors fired Sam Altman, OpenAI and Ilya Sutskever have gone separate ways.',
    'Two years after the boardroom revolt, Sutskever runs his own lab and Altman runs OpenAI.',
    'It has been two years since the board sacked Altman, and Sutskever has not spoken to him in public.',
    'Two years on from the coup, Altman and Sutskever barely speak.',
    'Eighteen months on, Jerry Tworek is no longer at OpenAI.',
    'Three years ago Adam D’Angelo sat on a very different OpenAI board.',
    'Sutskever, two years removed from the revolt, says he and Altman still talk.',
    'Some five months after the reshuffle, Julia Villagra has a new title.',
    'TWO YEARS AFTER THE OUSTER: Sutskever and Altman go their own ways',
    'Nearly two years since Altman’s firing, Sutskever’s lab has raised billions.',
    // Near-misses of the widened start: the board acting on someone else is an event, not a start.
    'Two years after the board fired Altman, Tworek is gone too.',
    'Five months after the company took the decision, Villagra has a new title.',
  ])('marks no span in “%s”', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it.each<[string, string]>([
    // Counted from the start of a stay or a partnership, or spent: the person's after all.
    ['Jerry Tworek quit OpenAI seven years after joining.', 'jerry-tworek-tenure'],
    ['Jerry Tworek left seven years after he joined OpenAI.', 'jerry-tworek-tenure'],
    [
      'Sutskever turned on Altman eight years after the two first teamed up to build OpenAI.',
      'sutskever-altman-years',
    ],
    ['Sutskever had worked closely with Altman for eight years.', 'sutskever-altman-years'],
    [
      'People chief Julia Villagra left in August, just five months after her promotion.',
      'julia-villagra-months-in-role',
    ],
    ['Julia Villagra quit five months after being promoted.', 'julia-villagra-months-in-role'],
    [
      'Julia Villagra, head of people, departed in August, five months after moving up.',
      'julia-villagra-months-in-role',
    ],
    ['Villagra: out in Aug., 5 months after promotion', 'julia-villagra-months-in-role'],
    [
      'Julia Villagra departed in August; her promotion had come only five months earlier.',
      'julia-villagra-months-in-role',
    ],
    ['Jerry Tworek spent seven years at OpenAI.', 'jerry-tworek-tenure'],
    // review22 #4: the start said with any subject or any verb of taking up the post.
    ['Tworek left OpenAI seven years after the company hired him.', 'jerry-tworek-tenure'],
    ['Tworek left nearly seven years after he came to OpenAI.', 'jerry-tworek-tenure'],
    ['Villagra left five months after taking the role.', 'julia-villagra-months-in-role'],
    ['Julia Villagra quit five months after she took on the new post.', 'julia-villagra-months-in-role'],
    ['Jerry Tworek left seven years after OpenAI brought him in.', 'jerry-tworek-tenure'],
  ])('still marks “%s”', (text, id) => {
    expect(spans(text)).toEqual([id]);
  });
});
