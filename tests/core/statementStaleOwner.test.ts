import { describe, expect, it } from 'vitest';
import { found, statements, unmarked } from './helpers/statementCases.ts';

/*
 * A post told by an anaphoric owner ("the firm's chief scientist", "its interim CEO") set off beside
 * the person who holds it, where the organisation named last is another one, named before the
 * sentence (in a block or sentence before: "…follow him to Microsoft."). Read alone, such a
 * sentence is marked; read after that sentence it was not, since "the firm" took the stale
 * organisation, which holds no such post. The sentence's own named holder is nearer evidence.
 * Every sentence is invented; each beside near-misses, the context that should block still blocking.
 */

const MICROSOFT_LAST = 'Talks went on through the night at Microsoft.';

describe('a post whose anaphoric owner is an organisation named before the sentence', () => {
  found([
    [
      'set off by dashes after the name',
      [
        MICROSOFT_LAST,
        'Among the signers was Ilya Sutskever – the firm’s chief scientist – who had voted against him.',
      ],
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'after "as" and a pronoun for the holder',
      [MICROSOFT_LAST, 'The paper names Ilya Sutskever and describes him as the company’s chief scientist.'],
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'a list of roles after a dash',
      [MICROSOFT_LAST, 'Even Ilya Sutskever signed — a co-founder and the company’s chief scientist.'],
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'the organisation in the sentence before, in the same block',
      'The offer came from Microsoft. Ilya Sutskever — the lab’s chief scientist — signed it too.',
      [['sutskever-title', 'chief scientist']],
    ],
  ]);
  it('"its" in the same shape', () => {
    expect(
      statements([
        'Nadella said Microsoft has hired him.',
        'Separately, the directors went with Emmett Shear as its interim CEO.',
      ]).map(([id]) => id),
    ).toContain('shear-appointment');
  });
  unmarked('sutskever-title', [
    [
      'the organisation named in the same sentence',
      'At Microsoft, Ilya Sutskever met the company’s chief scientist.',
    ],
    [
      'not set off: the object of his own verb',
      [MICROSOFT_LAST, 'Ilya Sutskever praised the company’s chief scientist.'],
    ],
    [
      'no holder named in the sentence',
      [MICROSOFT_LAST, 'The company’s chief scientist declined to comment.'],
    ],
    ['a question', [MICROSOFT_LAST, 'Was Ilya Sutskever – the firm’s chief scientist – among them?']],
  ]);
});
