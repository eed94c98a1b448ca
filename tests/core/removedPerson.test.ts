import { describe, expect, it } from 'vitest';
import { lastBlockClaimIds } from './helpers/annotate.ts';

/*
 * A person told by their removal ("the man the board had thrown out", "the boss OpenAI sacked") names
 * the one person whose dataset role says they were removed; the remover ("the man who fired him"), a
 * noun of the other gender, or a clause whose verb has its own object names nobody. Every sentence is
 * invented.
 */
const LEAD = 'OpenAI fired Sam Altman on Friday. Microsoft said it would hire him and Greg Brockman.';

describe('a person told by their removal is the one the dataset says was removed', () => {
  it.each([
    'By Wednesday the man the board had thrown out was back behind his old desk.',
    'The boss OpenAI sacked on a Friday is back in charge.',
    'The executive who was ousted last week has returned as chief executive.',
    'The chief executive that his own directors pushed out is back in charge.',
    'The entrepreneur they showed the door returned as chief executive on Wednesday.',
    'The founder whom the directors had unceremoniously dumped is back in charge.',
    'The guy OpenAI fired five days ago is back in charge.',
    'The tech boss who was sacked by OpenAI on Friday is returning as CEO.',
    'Now the chief they axed is back in charge.',
    'The boss who was given the boot is back as CEO.',
  ])('%s', (sentence) => expect(lastBlockClaimIds([LEAD, sentence])).toContain('altman-returns-as-ceo'));

  it.each([
    'The ousted boss is back in charge.',
    'By Wednesday the sacked OpenAI chief executive had been reinstated.',
    'The fired co-founder returned as CEO on Wednesday.',
    'Staff cheered as the deposed leader returned to the helm.',
    'The axed tech boss will return as chief executive.',
  ])('a removal before the noun: %s', (sentence) =>
    expect(lastBlockClaimIds([LEAD, sentence])).toContain('altman-returns-as-ceo'),
  );

  it.each([
    // The remover, not the removed.
    'The man who fired him is back in charge.',
    // A noun of the other gender.
    'The woman the board had thrown out was back behind her old desk.',
    // The clause's verb has its own object.
    'The director the board sent to fire him is back in charge.',
    // No removal in the clause.
    'The man the board had hired was back behind his old desk.',
    'The executive who was promoted last week is back in charge.',
    // Another post, another gender, other people.
    'The ousted chief scientist is back in charge.',
    'The ousted woman is back in charge.',
    'The ousted directors are back in charge.',
    // After a verb of telling, the clause is what was told.
    'The board told the man they fired him was back in charge.',
  ])('%s', (sentence) => expect(lastBlockClaimIds([LEAD, sentence])).not.toContain('altman-returns-as-ceo'));
});
