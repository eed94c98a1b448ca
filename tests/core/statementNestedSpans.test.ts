import { describe } from 'vitest';
import { found } from './helpers/statementCases.ts';

/*
 * Spans do not nest (nestedSpans.ts): where one sentence states the hire and the new unit, the hire's
 * mark ends before the clause that holds the unit, and each claim keeps its own span. Invented lines.
 */

describe('the hire ends before the unit’s clause', () => {
  found([
    [
      'a pronoun hired, an infinitive after a comma',
      'By Sunday night Microsoft had said it was hiring him, to lead a freshly created AI research lab with Greg Brockman, the OpenAI president.',
      [
        ['altman-joins-microsoft', 'was hiring him'],
        ['microsoft-new-unit', 'freshly created AI research lab'],
      ],
    ],
    [
      'a pronoun hired, a relative clause',
      'Within hours Microsoft had signed him, and he will run a newly formed AI research team with Greg Brockman, the OpenAI president.',
      [
        ['altman-joins-microsoft', 'had signed him'],
        ['microsoft-new-unit', 'newly formed AI research team'],
      ],
    ],
    [
      'an infinitive after a comma',
      'Microsoft said it was hiring Altman, to lead a freshly created AI research lab with Brockman.',
      [
        ['altman-joins-microsoft', 'was hiring Altman'],
        ['microsoft-new-unit', 'freshly created AI research lab'],
      ],
    ],
    [
      'another verb of hiring',
      'Nadella said Microsoft had snapped up Altman, to run a brand-new advanced AI research team.',
      [
        ['altman-joins-microsoft', 'had snapped up Altman'],
        ['microsoft-new-unit', 'brand-new advanced AI research team'],
      ],
    ],
    [
      'a relative clause',
      'Microsoft hired Altman and Brockman, who will head a newly formed AI research group there.',
      [
        ['altman-joins-microsoft', 'hired Altman and Brockman'],
        ['microsoft-new-unit', 'newly formed AI research group'],
      ],
    ],
  ]);
});
