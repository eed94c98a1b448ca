import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';

/** Blocks that make the page about the story. */
const CONTEXT = [
  'OpenAI fires Sam Altman; Greg Brockman quits',
  'The board of OpenAI removed Sam Altman as chief executive on Friday, and Greg Brockman quit hours later.',
  'Staff at the company were stunned.',
];
/** The Microsoft-hire claims of the last block. */
const hires = (line: string) =>
  annotate([...CONTEXT, line])
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim' && h.id === 'altman-joins-microsoft')
    .map((h) => h.text);

describe('"his company" is the organisation its sentence ties the owner to', () => {
  it.each([
    "Microsoft's Satya Nadella declared that Altman and Brockman were coming over to his company.",
    'Microsoft chief executive Satya Nadella said Altman and Brockman had been recruited by his company.',
    'Satya Nadella, chief executive of Microsoft, made public that Altman and Brockman would be joining his company.',
    "Satya Nadella, Microsoft's chief executive, wrote on X that both men would join his company.",
    'Microsoft boss Satya Nadella confirmed on Monday that Altman and Brockman were joining his firm.',
    'Satya Nadella, the boss of Microsoft, announced that Altman and Brockman had been hired by his company to lead a new AI team.',
    'Nadella, who runs Microsoft, said the pair would be joining his company.',
    'Satya Nadella of Microsoft said Altman and Brockman were coming over to his company.',
    "Microsoft's chief executive, Satya Nadella, said Altman and Brockman were coming over to his company.",
    'Satya Nadella, chairman and chief executive of Microsoft, said both men would be coming over to his company.',
    'Satya Nadella, the Microsoft chief, said Altman and Brockman would be coming over to his company.',
    "Microsoft's Nadella said Altman and Brockman were headed to his company.",
  ])('%s', (line) => {
    expect(hires(line)).toHaveLength(1);
  });
});

describe('"his company" stays unread where the sentence does not tie its owner to one organisation', () => {
  it.each([
    [
      'no organisation beside the owner',
      'Satya Nadella said Altman and Brockman were coming over to his company.',
    ],
    [
      'another organisation between',
      "Microsoft's Satya Nadella said Salesforce had offered Altman and Brockman jobs at his company.",
    ],
    [
      'an organisation in a list before the owner',
      'Talks between OpenAI, Microsoft, Satya Nadella and investors ended; Nadella said Altman and Brockman were headed to his company.',
    ],
    ['his own firm', 'Altman said Brockman would be joining his company, a start-up he had quietly set up.'],
    [
      'a company of his own',
      "Microsoft's Satya Nadella said Altman and Brockman were joining his company's rival.",
    ],
  ])('%s', (_, line) => {
    expect(hires(line)).toEqual([]);
  });
});
