import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';

/*
 * A verb after a relative clause has the clause's head as its subject, whatever the clause names
 * inside it ("The co-founder whom OpenAI's directors sent packing last Friday is coming back"); an
 * indefinite article before a dataset epithet still names its one person ("turns to a former Twitch
 * boss as its caretaker chief"). Every sentence is invented.
 */
const LEAD = 'OpenAI fired Sam Altman on Friday.';

function lastIds(blocks: string[]): string[] {
  return annotate(blocks)
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim')
    .map((h) => h.id);
}

describe('the head of a relative clause is the subject of the verb after it', () => {
  it.each([
    [
      [
        'Sam Altman is headed back to OpenAI.',
        "The co-founder whom OpenAI's directors sent packing last Friday is coming back.",
      ],
      'altman-returns-as-ceo',
    ],
    [
      [LEAD, 'Altman, whom the OpenAI board dismissed on Friday, is back in charge.'],
      'altman-returns-as-ceo',
    ],
    [
      [LEAD, 'Sutskever, who had voted with Toner and McCauley to oust Altman, now regrets it.'],
      'sutskever-regret',
    ],
  ])('%j', (blocks, id) => expect(lastIds(blocks)).toContain(id));

  it.each([
    [[LEAD, 'The investor whom Microsoft courted all weekend is coming back to the table.']],
    [[LEAD, 'The director who Nadella called on Sunday is coming back.']],
  ])('a head that is no one the act concerns: %j', (blocks) =>
    expect(lastIds(blocks)).not.toContain('altman-returns-as-ceo'),
  );
});

describe('an indefinite article before an epithet', () => {
  it.each([
    [[LEAD, "The start-up's board turns to a former Twitch boss as its caretaker chief."]],
    [[LEAD, "OpenAI's board named an ex-Twitch chief as interim chief executive."]],
    [[LEAD, 'On Sunday the directors appointed a former Twitch CEO to run OpenAI on an interim basis.']],
  ])('%j', (blocks) => expect(lastIds(blocks)).toContain('shear-appointment'));

  it.each([
    [[LEAD, "OpenAI's board named a chief executive from outside."]],
    [[LEAD, 'Twitch named a former Google boss as its chief executive.']],
  ])('no epithet, or another company’s post: %j', (blocks) =>
    expect(lastIds(blocks)).not.toContain('shear-appointment'),
  );
});
