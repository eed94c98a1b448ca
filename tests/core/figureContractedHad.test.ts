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
