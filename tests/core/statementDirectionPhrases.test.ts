import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A wording that is only a direction ("into ChatGPT", "toward its chatbot") tells the shift of people
 * and compute only where its clause says something was moved. Every sentence is invented.
 */

describe('a direction without a move is no shift of resources', () => {
  unmarked('research-deprioritised', [
    ['"type a question into ChatGPT"', 'You can type a question into ChatGPT and it writes an answer.'],
    ['"attitudes toward ChatGPT"', "Staff attitudes toward ChatGPT have cooled, OpenAI's survey found."],
    ['"built a new voice mode into ChatGPT"', 'OpenAI built a new voice mode into ChatGPT.'],
    ['"log into ChatGPT"', 'Most users log into ChatGPT from a phone.'],
  ]);
  found([
    [
      'near miss: "pouring compute into"',
      'OpenAI has been pouring compute into ChatGPT.',
      [['research-deprioritised', 'into ChatGPT']],
    ],
    [
      'near miss: "moved researchers and chips toward"',
      'OpenAI moved researchers and chips toward ChatGPT this year.',
      [['research-deprioritised', 'toward ChatGPT']],
    ],
    [
      'near miss: "away from … and into"',
      'Altman is steering staff away from long-term work and into ChatGPT.',
      [['research-deprioritised', 'away from long-term work and into ChatGPT']],
    ],
    [
      'near miss: "the pivot toward"',
      "The company's pivot toward ChatGPT has cost it researchers, OpenAI staff say.",
      [['research-deprioritised', 'toward ChatGPT']],
    ],
  ]);
});
