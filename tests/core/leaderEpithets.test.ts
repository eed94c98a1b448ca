import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/dataset/schema.ts';
import { leaderEpithets } from '../../src/core/claims/leaderEpithets.ts';

/*
 * "The man behind ChatGPT": a company's one chief executive, found from the dataset's roles. An
 * invented story: a company, its product, its chief and the people around them.
 */

const entity = (id: string, kind: Entity['kind'], name: string, role: string): Entity =>
  ({ id, kind, name, aliases: [name], contextAliases: [], ambiguousAliases: [], role }) as unknown as Entity;

const company = entity('acme', 'organisation', 'Acme', 'Maker of Widgetly');
const product = entity('widgetly', 'product', 'Widgetly', "Acme's assistant");
const chief = entity('jo-kim', 'person', 'Jo Kim', 'Co-founder and CEO of Acme; removed in May');
const scientist = entity('al-ray', 'person', 'Al Ray', 'Co-founder and chief scientist of Acme');
const interim = entity('bo-lee', 'person', 'Bo Lee', 'Interim CEO of Acme for a week');

const texts = (entities: Entity[]) =>
  leaderEpithets(entities).map((e) => `${e.entityId}: ${e.words.join(' ')}`);

describe('leaderEpithets', () => {
  it('gives the chief "the man behind" the company and what it makes', () => {
    const got = texts([company, product, chief, scientist, interim]);
    expect(got).toContain('jo-kim: boss behind acme');
    expect(got).toContain('jo-kim: whizzkid behind widgetly');
    expect(got.every((t) => t.startsWith('jo-kim:'))).toBe(true);
  });
  it('gives a gendered epithet only to a chief the dataset’s own words make a man or a woman', () => {
    const plain = texts([company, product, chief]);
    for (const noun of ['man', 'woman', 'boy wonder', 'frontman', 'face', 'figurehead'])
      expect(plain).not.toContain(`jo-kim: ${noun} behind widgetly`);
    const he = {
      ...chief,
      description: 'The board removed him in May; he came back a week later.',
    } as Entity;
    const heGot = texts([company, product, he]);
    expect(heGot).toContain('jo-kim: man behind widgetly');
    expect(heGot).not.toContain('jo-kim: woman behind widgetly');
    const she = {
      ...chief,
      description: 'The board removed her in May; she came back a week later.',
    } as Entity;
    const sheGot = texts([company, product, she]);
    expect(sheGot).toContain('jo-kim: woman behind widgetly');
    expect(sheGot).not.toContain('jo-kim: man behind widgetly');
    const both = { ...chief, description: 'He hired her in May.' } as Entity;
    expect(texts([company, product, both]).filter((t) => /\b(?:wo)?man behind/.test(t))).toEqual([]);
  });
  it('gives nobody when two people are chief executive of one company', () => {
    const rival = entity('cy-oh', 'person', 'Cy Oh', 'CEO of Acme');
    expect(texts([company, product, chief, rival])).toEqual([]);
  });
  it('gives an interim or former chief nothing', () => {
    const former = entity('di-wu', 'person', 'Di Wu', 'Former CEO of Acme');
    expect(texts([company, product, interim, former])).toEqual([]);
  });
});
