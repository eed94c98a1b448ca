import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Inside what someone reports, "his company", "the company" or "the firm" is the reporter's own
 * organisation: an organisation that announces, or a person whose organisation their subject names
 * ("Microsoft CEO Satya Nadella", "Nadella, who runs Microsoft,"). Not the organisation the sentence
 * named last, and nobody's where the reporter's organisation is unknown or another one. Every
 * sentence is invented, in wire, broadcast, tabloid and translated registers.
 */

describe("the reporter's own company", () => {
  found([
    [
      'a person who runs it, "his company"',
      'Late on Sunday, Satya Nadella, who runs Microsoft, wrote on X that Altman, another OpenAI founder, was joining his company.',
      [['altman-joins-microsoft', 'was joining his company']],
    ],
    [
      'an organisation with an apposition naming another, "the company"',
      'Within hours Microsoft, the biggest backer of OpenAI, announced that Altman was joining the company.',
      [['altman-joins-microsoft', 'was joining the company']],
    ],
    [
      'a title before the name, "the firm"',
      'Microsoft chief executive Satya Nadella confirmed on Monday that Altman would join the firm.',
      [['altman-joins-microsoft', 'would join the firm']],
    ],
    [
      'a possessive before the name',
      "Microsoft's Satya Nadella told staff that Sam Altman is joining the company.",
      [['altman-joins-microsoft', 'is joining the company']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['another organisation reporting', 'OpenAI said that Altman was joining the company again.'],
    [
      'a reporter whose own organisation is another',
      'Satya Nadella, who invested in OpenAI, said Altman was joining his company.',
    ],
    ['a reporter with no organisation named', 'Altman said he was joining his company.'],
    ['"his company" for an organisation', 'Microsoft announced that Altman was joining his company.'],
    ['a question', 'Did Nadella say that Altman was joining his company?'],
    ['a denial', 'Nadella denied that Altman was joining his company.'],
    ['a negation', 'Microsoft said Altman would not be joining the company.'],
    ['a hope', 'Satya Nadella, who runs Microsoft, said Altman had once hoped to join his company.'],
  ]);
});

/*
 * "Nadella said Altman would keep working at his company": with another person named between the
 * reporting verb and "his", "his" is likelier that person's own. Only "join" rules them out (nobody
 * joins their own company), so only "join … his company" stays the reporter's.
 */
describe('"his company" after another person is named', () => {
  found([
    [
      '"had joined his company"',
      'Microsoft CEO Satya Nadella said Altman had joined his company.',
      [['altman-joins-microsoft', 'had joined his company']],
    ],
    [
      'two people joining',
      'Satya Nadella, who runs Microsoft, said Altman and Brockman would join his company.',
      [['altman-joins-microsoft', 'would join his company']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    [
      '"keep working at his company"',
      'Microsoft CEO Satya Nadella said Altman would keep working at his company.',
    ],
    ['"work at his company"', 'Microsoft CEO Satya Nadella said Altman would work at his company.'],
    [
      '"be working for his company"',
      'Satya Nadella, who runs Microsoft, said Altman would be working for his company.',
    ],
    [
      '"lead a team at his company"',
      'Microsoft CEO Satya Nadella said Altman would lead a team at his company.',
    ],
  ]);
});

/*
 * "Microsoft, OpenAI's biggest backer, said it had hired Altman": "it" right after a reporting verb
 * is the organisation that reports, across an apposition that names another one.
 */
describe('"it" after a reporting verb is the organisation reporting', () => {
  found([
    [
      'across an apposition naming another organisation',
      "Over the weekend Microsoft, OpenAI's biggest backer, said it had hired Altman.",
      [['altman-joins-microsoft', 'had hired Altman']],
    ],
    [
      'across a relative clause',
      'Microsoft, which owns a large stake in OpenAI, announced it was hiring Sam Altman.',
      [['altman-joins-microsoft', 'was hiring Sam Altman']],
    ],
    [
      '"confirmed that it would"',
      'Microsoft, the largest investor in OpenAI, confirmed that it would hire Altman to run a lab.',
      [['altman-joins-microsoft', 'would hire Altman']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['the other organisation reporting', "OpenAI, Microsoft's partner, said it had hired Altman back."],
    ['a refusal', 'OpenAI, which Microsoft backs, said it would not hire Altman.'],
    ['a denial', "Microsoft, OpenAI's biggest backer, said it had not hired Altman."],
    ['a question', "Microsoft, OpenAI's biggest backer, said it had hired Altman?"],
  ]);
});

/*
 * "Altman and the company's co-founder Greg Brockman": a title before the second name of a list
 * joined by "and" keeps the list; after a comma it is an opening phrase, not a list.
 */
describe('a title before the second name of a list', () => {
  found([
    [
      '"the company\'s co-founder"',
      "Satya Nadella made known that Altman and the company's co-founder Greg Brockman would be joining Microsoft.",
      [['altman-joins-microsoft', 'would be joining Microsoft']],
    ],
    [
      "an organisation's possessive",
      "Nadella said that Altman and OpenAI's co-founder Greg Brockman would be joining Microsoft.",
      [['altman-joins-microsoft', 'would be joining Microsoft']],
    ],
    [
      '"fellow co-founder"',
      'Altman and fellow co-founder Greg Brockman are joining Microsoft, the company said.',
      [['altman-joins-microsoft', 'are joining Microsoft']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    [
      'a list of others',
      "Nadella said that Murati and OpenAI's co-founder Greg Brockman would be joining Microsoft.",
    ],
  ]);
  unmarked('shear-appointment', [
    [
      'an opening phrase before a comma',
      ['Emmett Shear was named.', 'Before him, CTO Mira Murati was given the responsibility of interim CEO.'],
    ],
  ]);
});
