import { beforeAll, describe, expect, it } from 'vitest';
import { wordingVariants } from '../../src/core/claims/wordingVariants.ts';
import { compileStatementLexicon } from '../../src/core/claims/statementLexicon.ts';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { statements } from './helpers/statementCases.ts';

/*
 * One normalisation layer for every wording: a negation written with its clitic or as "fail to", and a
 * run of words set as a hyphenated compound, match the wording the data writes out. Every sentence is
 * invented; each family beside near-misses that must stay unmarked.
 */

const claimsOf = (text: string) => statements(text).map(([id]) => id);

// The first annotation compiles the dataset's patterns: slow on a loaded machine, so not inside a test's time.
beforeAll(() => void statements('Altman returned.'), 60_000);

describe('wordingVariants', () => {
  it('writes "cannot" with its clitic and apart', () => {
    const forms = wordingVariants(['cannot', 'vote']).map((w) => w.join(' '));
    expect(forms).toEqual(expect.arrayContaining(['cannot vote', "ca n't vote", 'can not vote']));
  });
  it('writes an auxiliary and "not" with the clitic, and back', () => {
    expect(wordingVariants(['was', 'not', 'candid']).map((w) => w.join(' '))).toContain("was n't candid");
    expect(wordingVariants(['wo', "n't", 'vote']).map((w) => w.join(' '))).toContain('will not vote');
  });
  it('reads an opening negation as "fail to be"', () => {
    const forms = wordingVariants(['not', 'being', 'candid']).map((w) => w.join(' '));
    expect(forms).toEqual(expect.arrayContaining(['failing to be candid', 'failed to be candid']));
  });
  it('sets a run of words as a compound, never one that opens or closes on a function word', () => {
    const forms = wordingVariants(['less', 'than', 'candid']).map((w) => w.join(' '));
    expect(forms).toEqual(expect.arrayContaining(['less-than-candid', 'less-than candid']));
    expect(wordingVariants(['seat', 'on', 'the', 'board']).map((w) => w.join(' '))).not.toContain(
      'on-the board',
    );
  });
});

describe('a negation written with its clitic matches the wording written out', () => {
  it.each([
    ['"can\'t vote"', 'Microsoft gets a seat at the table through an observer who can’t vote.'],
    ['"can not vote"', 'Microsoft will send a representative who can not vote on anything.'],
  ])('%s', (_, text) => {
    expect(claimsOf(text)).toContain('microsoft-board-observer');
  });
  it('leaves a "can\'t" of another matter unmarked', () => {
    expect(claimsOf("Microsoft can't say when the product will ship.")).not.toContain(
      'microsoft-board-observer',
    );
  });
});

describe('"failing to" as a negation', () => {
  it.each([
    ['"for failing to be candid"', 'The board removed Altman for failing to be candid with directors.'],
    ['"had failed to be consistently candid"', 'Directors said Altman had failed to be consistently candid.'],
    [
      '"fails to be candid"',
      'A chief who fails to be candid with his board cannot stay, the directors said of Altman.',
    ],
  ])('%s', (_, text) => {
    expect(claimsOf(text)).toContain('firing-reason');
  });
  it.each([
    ['"never failed to be candid"', 'Altman never failed to be candid with the board, his allies insist.'],
    ['"did not fail to be candid"', 'Altman did not fail to be candid with directors, his lawyer said.'],
  ])('leaves %s unmarked', (_, text) => {
    expect(claimsOf(text)).not.toContain('firing-reason');
  });
});

describe('a wording set as a hyphenated compound', () => {
  it.each([
    [
      'attributive "less-than-candid dealings"',
      'Directors accused Altman of less-than-candid dealings with them.',
    ],
    ['predicative "less-than-candid"', 'The board said Altman had been less-than-candid with it for months.'],
  ])('%s', (_, text) => {
    expect(claimsOf(text)).toContain('firing-reason');
  });
  it('leaves "more-than-candid" unmarked', () => {
    expect(claimsOf('Altman was more-than-candid about his plans in interviews.')).not.toContain(
      'firing-reason',
    );
  });
});

describe('a colon or dash elaboration of the same act is one mark', () => {
  it.each([
    [
      '"was done: he quit"',
      'Brockman wrote that he was done: he quit the company hours later.',
      [['brockman-exit', 'was done: he quit the company']],
    ],
    [
      '"posted an apology: he deeply regretted"',
      'Sutskever posted an apology: he deeply regretted his part in the board’s actions.',
      [['sutskever-regret', 'posted an apology: he deeply regretted his part in the board’s actions']],
    ],
    [
      '"quit in protest — though his departure"',
      'Brockman quit in protest — though his departure proved brief.',
      [['brockman-exit', 'quit in protest — though his departure']],
    ],
  ])('%s', (_, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
  it('keeps two facts across a colon two marks', () => {
    expect(statements('Brockman was removed as chairman: then he quit.')).toEqual([
      ['brockman-exit', 'was removed as chairman'],
      ['brockman-exit', 'quit'],
    ]);
  });
  it('keeps two facts across two colons apart', () => {
    expect(statements('Brockman: removed as chairman. Brockman: quit.').length).toBeGreaterThan(1);
  });
});

describe('a time adverb inside the verb group', () => {
  it.each([
    [
      '"has long since returned"',
      'Altman has long since returned to the top job.',
      'has long since returned to the top job',
    ],
    [
      '"had meanwhile returned"',
      'Altman had meanwhile returned as chief executive.',
      'had meanwhile returned as chief executive',
    ],
    [
      '"has ever since been back"',
      'Altman has ever since been back in charge.',
      'has ever since been back in charge',
    ],
  ])('%s', (_, text, span) => {
    expect(statements(text)).toEqual([['altman-returns-as-ceo', span]]);
  });
  it.each([
    ['a wish held long', 'Altman had long wanted to return as chief executive.'],
    ['"almost returned"', 'Altman had almost returned as chief executive.'],
  ])('leaves %s unmarked', (_, text) => {
    expect(statements(text)).toEqual([]);
  });
});

describe('the phase-2 cue finds "fail" only with its wording (review22 #12)', () => {
  let cue: RegExp;
  beforeAll(() => {
    cue = compileStatementLexicon(bundledDataset.claims, bundledDataset.entities).cue!;
  });
  it.each([
    'The board said he failed to be candid.',
    'It found he had failed consistently to be candid.',
    'Directors said he was failing to be fully candid.',
  ])('sends “%s” to phase 2', (text) => {
    expect(cue.test(text)).toBe(true);
  });
  // Short blocks with no other cue word ("the", "to" are cues of epithets and phrases).
  it.each(['Banks failed.', 'Two banks failed this year.', 'Bank failing'])('leaves “%s” alone', (text) => {
    expect(cue.test(text)).toBe(false);
  });
});
