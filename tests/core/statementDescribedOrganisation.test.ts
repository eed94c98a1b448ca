import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A statement whose subject is a company told by its trade ("the tech giant", "the software group")
 * is marked when one organisation named just before fits the trade, and not when two do or none does.
 * Every sentence is invented.
 */

describe('a company told by its trade as the subject of a statement', () => {
  found([
    [
      'one company just named',
      'Microsoft moved fast on Sunday night. The tech giant hired Altman.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
    [
      'the other named only in passing',
      'Microsoft poached Altman from OpenAI on Sunday. The software group hired Brockman too.',
      [['altman-joins-microsoft', 'poached Altman']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['two companies just named', 'Microsoft and OpenAI talked all weekend. The tech giant hired Altman.'],
    ['a trade that fits neither', 'Microsoft watched on. The search giant hired Altman.'],
  ]);
});
