import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/dataset/schema.ts';
import { datasetGender } from '../../src/core/claims/ownPronouns.ts';

/* An invented dataset: whose pronouns a description holds, and whose it only mentions. */

const person = (id: string, name: string, description: string, role = 'Board member of Acme'): Entity =>
  ({
    id,
    kind: 'person',
    name,
    aliases: [name],
    contextAliases: [name.split(' ').at(-1)],
    ambiguousAliases: [],
    role,
    description,
  }) as unknown as Entity;

const chief = person('jo-kim', 'Jo Kim', 'The board removed him in May; he came back a week later.');
const gender = (p: Entity, others: Entity[] = []) => datasetGender(p, [p, chief, ...others]);

describe('datasetGender: the pronoun the dataset uses for a person', () => {
  it('reads the pronouns that are the person’s own', () => {
    expect(gender(chief)).toBe('he');
    expect(
      gender(person('al-ray', 'Al Ray', 'Quit in May. Three days later she said she regretted it.')),
    ).toBe('she');
    expect(gender(person('bo-lee', 'Bo Lee', 'Lost his seat the day Kim was fired.'))).toBe('he');
  });
  it('does not take a pronoun that follows another person’s name in the sentence', () => {
    expect(
      gender(person('cy-oh', 'Cy Oh', 'Said Acme would work with Kim wherever he was.')),
    ).toBeUndefined();
    expect(
      gender(person('di-wu', 'Di Wu', 'Voted to remove Jo Kim and later brought him back.')),
    ).toBeUndefined();
    expect(gender(person('ed-fox', 'Ed Fox', 'Voted to remove Kim. Later she said it was a mistake.'))).toBe(
      'she',
    );
    expect(
      gender(person('fay-li', 'Fay Li', 'Backed Kim after she moved to bring him back; Kim thanked her.')),
    ).toBeUndefined();
  });
  it('gives none to a person written of with both, or with neither, or to an organisation', () => {
    expect(gender(person('gu-ma', 'Gu Ma', 'He hired her in May.'))).toBeUndefined();
    expect(gender(person('hal-po', 'Hal Po', 'Joined the board in May.'))).toBeUndefined();
    expect(gender({ ...chief, id: 'acme', kind: 'organisation' })).toBeUndefined();
  });
});
