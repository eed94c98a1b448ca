import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marked = (text: string) => figureClaimsAfterLead([text], '2023-11-24');

describe("'d before a past participle is 'had', not 'would' (contractedHad.ts)", () => {
  it.each<[string, string, string]>([
    ["Sutskever turned on someone he'd worked next to for eight years.", 'sutskever-altman-years', 'eight'],
    [
      "Sutskever, who'd worked beside Altman for eight years, read the statement.",
      'sutskever-altman-years',
      'eight',
    ],
    [
      "By Monday they'd gathered more than 700 signatures on the letter.",
      'staff-letter-signatories',
      'more than 700',
    ],
    ['By Monday staff said they’d already collected 745 signatures.', 'staff-letter-signatories', '745'],
    ["Organisers said they'd got 702 signatures by noon on the letter.", 'staff-letter-signatories', '702'],
  ])('marks “%s”', (text, id, wording) => {
    expect(marked(text)).toContainEqual([id, wording]);
  });

  it.each([
    // "'d" before a bare verb is "would": a wish or a threat, no figure.
    "Altman said he'd quit if 700 employees left.",
    "One director said she'd want a board of nine.",
    "Staff said they'd need 700 signatures on the letter to force a vote.",
    "They'd leave, all 700 of them, if the board stayed.",
  ])('leaves “%s” unmarked', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

describe("'d before a bare verb that ends in -ed or looks like a participle stays 'would' (review20 #4)", () => {
  it.each([
    "Altman said that he'd shed 700 staff if the board stayed.",
    'The letter would have 700 signatures by Monday, its organisers said, and they’d shed 50 names by Tuesday if the board resigned.',
    "He said he'd embed 700 staff inside Microsoft if the talks failed.",
    "Brockman said he'd head a 700-strong team at Microsoft if asked.",
    "Altman said he'd found a rival lab with 700 staff if the board refused.",
    "Staff said they'd spread 745 signatures across two letters if needed.",
  ])('leaves “%s” unmarked', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it.each<[string, string, string]>([
    [
      "By Sunday they'd seen more than 700 signatures on the letter.",
      'staff-letter-signatories',
      'more than 700',
    ],
    ["Organisers said they'd shown 702 signatures to the board by noon.", 'staff-letter-signatories', '702'],
    ["By Monday they'd amassed 745 signatures on the letter.", 'staff-letter-signatories', '745'],
  ])('still marks “%s”', (text, id, wording) => {
    expect(marked(text)).toContainEqual([id, wording]);
  });
});
