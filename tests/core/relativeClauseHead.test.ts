import { describe, expect, it } from 'vitest';
import { lastBlockClaimIds } from './helpers/annotate.ts';

/*
 * A verb after a relative clause has the clause's head as its subject, whatever the clause names
 * inside it ("The co-founder whom OpenAI's directors sent packing last Friday is coming back"); an
 * indefinite article before a dataset epithet still names its one person ("turns to a former Twitch
 * boss as its caretaker chief"). Every sentence is invented.
 */
const LEAD = 'OpenAI fired Sam Altman on Friday.';

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
  ])('%j', (blocks, id) => expect(lastBlockClaimIds(blocks)).toContain(id));

  it.each([
    [[LEAD, 'The investor whom Microsoft courted all weekend is coming back to the table.']],
    [[LEAD, 'The director who Nadella called on Sunday is coming back.']],
  ])('a head that is no one the act concerns: %j', (blocks) =>
    expect(lastBlockClaimIds(blocks)).not.toContain('altman-returns-as-ceo'),
  );
});

describe('an indefinite article before an epithet', () => {
  it.each([
    [[LEAD, "The start-up's board turns to a former Twitch boss as its caretaker chief."]],
    [[LEAD, "OpenAI's board named an ex-Twitch chief as interim chief executive."]],
    [[LEAD, 'On Sunday the directors appointed a former Twitch CEO to run OpenAI on an interim basis.']],
  ])('%j', (blocks) => expect(lastBlockClaimIds(blocks)).toContain('shear-appointment'));

  it.each([
    [[LEAD, "OpenAI's board named a chief executive from outside."]],
    [[LEAD, 'Twitch named a former Google boss as its chief executive.']],
  ])('no epithet, or another company’s post: %j', (blocks) =>
    expect(lastBlockClaimIds(blocks)).not.toContain('shear-appointment'),
  );
});

describe('a relative clause with "that" or none (a contact clause) after a description', () => {
  it.each([
    [[LEAD, 'The chief executive they fired has returned.']],
    [[LEAD, 'The directors are gone; the chief executive they fired has long since returned.']],
    [[LEAD, 'The chief executive the board fired is back in charge.']],
    [[LEAD, 'The boss OpenAI sacked on a Friday is back in charge.']],
    [[LEAD, 'The CEO that the directors ousted is back in charge.']],
    [[LEAD, 'The chief executive that was fired on Friday is back in charge.']],
    [[LEAD, "Five days later the chief executive OpenAI's board had thrown out returned to the job."]],
    // A passive act: the head undergoes it.
    [[LEAD, 'But the chief executive they dumped on Friday was reinstated on Wednesday.']],
    [[LEAD, 'The chief executive who was fired on Friday was reinstated on Wednesday.']],
  ])('%j', (blocks) => expect(lastBlockClaimIds(blocks)).toContain('altman-returns-as-ceo'));

  it.each([
    // The head is a verb's object, and what follows it may be a clause of its own.
    [[LEAD, 'Microsoft said the chief executive they hired is back in charge.']],
    [[LEAD, 'The board told the chief executive they fired is back.']],
    // No description before the clause: "the man" is no one the page names.
    [[LEAD, 'The man the board hired is back in charge.']],
  ])('not a contact clause on a description that opens its clause: %j', (blocks) =>
    expect(lastBlockClaimIds(blocks)).not.toContain('altman-returns-as-ceo'),
  );
});
