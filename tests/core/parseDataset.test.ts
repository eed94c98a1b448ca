import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset } from '../../src/core/dataset/parseDataset.ts';
import { readDatasetDir } from '../../scripts/readDatasetDir.ts';
import type { Dataset } from '../../src/core/dataset/schema.ts';

const DATA = resolve(import.meta.dirname, '../../data');
const BROKEN = resolve(import.meta.dirname, '../fixtures/dataset-broken');

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems.map((p) => `data/${p.file}.json ${p.path}: ${p.message}`);
  }
  throw new Error('expected a DatasetError');
}

/** A small valid dataset to break one thing at a time. */
function minimal(): Dataset {
  return {
    sources: [
      { id: 'r01', outlet: 'The Verge', kind: 'news', document: 'reporting/reports.md#r01', cites: [] },
    ],
    entities: [
      {
        id: 'sam-altman',
        name: 'Sam Altman',
        kind: 'person',
        aliases: ['Sam Altman'],
        contextAliases: ['Altman'],
        ambiguousAliases: ['Sam'],
        role: 'CEO',
        description: 'Removed, then back.',
        sources: ['r01'],
      },
    ],
    claims: [
      {
        id: 'staff-letter-signatories',
        kind: 'figure',
        title: 'Signatories',
        question: 'How many signed?',
        cues: ['signed'],
        entities: ['sam-altman'],
        reports: [
          {
            source: 'r01',
            summary: 'About 500 signed.',
            figures: [
              { value: 500, unit: 'people', qualifier: 'about', wording: 'about 500', low: 450, high: 550 },
            ],
          },
        ],
      },
    ],
    events: [
      {
        id: 'fired',
        date: '2023-11-17',
        title: 'Fired',
        summary: 'Out.',
        entities: ['sam-altman'],
        sources: ['r01'],
      },
    ],
  };
}

describe('parseDataset', () => {
  it('accepts the shipped dataset', () => {
    const dataset = parseDataset(readDatasetDir(DATA));
    expect(dataset.sources.length).toBe(32);
  });

  it('accepts a minimal valid dataset', () => {
    expect(parseDataset(minimal() as unknown as Record<keyof Dataset, unknown>)).toEqual(minimal());
  });

  it('names the file, the item, the field and the problem for a broken file on disk', () => {
    const problems = problemsOf(() => parseDataset(readDatasetDir(BROKEN)));
    expect(problems).toContain(
      'data/claims.json [0] staff-letter-signatories → reports[0].figures[0].qualifier: Invalid type: Expected ("exact" | "about" | "nearly" | "more-than" | "at-least" | "up-to" | "majority") but received "roughly"',
    );
    expect(problems).toContain(
      'data/entities.json [0] Sam Altman → id: must be kebab-case (a-z, 0-9, single hyphens)',
    );
    expect(problems.some((p) => p.startsWith('data/sources.json [0] r01 → kind:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('data/events.json [0] fired → date: must be a date'))).toBe(
      true,
    );
  });

  it('reports a file that is not JSON', () => {
    const problems = problemsOf(() => readDatasetDir(resolve(BROKEN, 'not-json')));
    expect(problems[0]).toMatch(/^data\/sources\.json \(file\): not valid JSON/);
  });

  it('reports a missing file', () => {
    const problems = problemsOf(() => readDatasetDir(resolve(BROKEN, 'nowhere')));
    expect(problems[0]).toMatch(/^data\/sources\.json \(file\): cannot read/);
  });

  const broken: Array<[string, (d: Dataset) => void, string]> = [
    [
      'an unknown source in a report',
      (d) => (d.claims[0]!.reports[0]!.source = 'r99'),
      'data/claims.json [0] staff-letter-signatories → reports[0].source: unknown source "r99"',
    ],
    [
      'an unknown entity in an event',
      (d) => d.events[0]!.entities.push('nobody'),
      'data/events.json [0] fired → entities[1]: unknown entity "nobody"',
    ],
    [
      'a source nothing cites',
      (d) => d.sources.push({ ...d.sources[0]!, id: 'r02', document: 'reporting/reports.md#r02' }),
      'data/sources.json [1] r02: no entity, claim or event cites this source',
    ],
    [
      'a duplicate id',
      (d) => d.events.push({ ...d.events[0]! }),
      'data/events.json [1] fired: duplicate id "fired"',
    ],
    [
      'a range that breaks the rule',
      (d) => (d.claims[0]!.reports[0]!.figures![0]!.high = 600),
      'data/claims.json [0] staff-letter-signatories → reports[0].figures[0]: range [450, 600] does not follow the rule for "about" 500: expected [450, 550]',
    ],
    [
      'an alias shared by two entities',
      (d) => d.entities.push({ ...d.entities[0]!, id: 'other-altman', name: 'Other Altman', aliases: [] }),
      'data/entities.json [1] other-altman: alias "Altman" also belongs to "sam-altman"',
    ],
    [
      'two reports from one source',
      (d) => d.claims[0]!.reports.push({ ...d.claims[0]!.reports[0]! }),
      'data/claims.json [0] staff-letter-signatories → reports[1].source: a second report from "r01": one report per source, with several figures if need be',
    ],
    [
      'a figure in a statement',
      (d) => (d.claims[0]!.kind = 'statement'),
      'data/claims.json [0] staff-letter-signatories → reports[0].figures: a statement claim holds no figures',
    ],
    [
      'a report that states a fact its claim does not list',
      (d) => {
        d.claims[0]!.facts = [{ id: 'about-500', label: 'about 500' }];
        d.claims[0]!.reports[0]!.facts = ['about-700'];
      },
      'data/claims.json [0] staff-letter-signatories → reports[0].facts[0]: unknown fact "about-700" (the claim\'s facts: about-500)',
    ],
    [
      'a statement recognised on pages without its facts',
      (d) => {
        d.claims[0]!.kind = 'statement';
        d.claims[0]!.frames = [{ fact: 'signed', subject: ['sam-altman'], acts: ['sign'] }];
      },
      'data/claims.json [0] staff-letter-signatories: a statement recognised on pages (frames) lists the facts its reports state',
    ],
    [
      'a frame whose complement names an unknown entity',
      (d) => {
        d.claims[0]!.facts = [{ id: 'signed', label: 'signed' }];
        d.claims[0]!.reports[0]!.facts = ['signed'];
        d.claims[0]!.frames = [{ fact: 'signed', acts: ['sign'], complement: ['@nobody'] }];
      },
      'data/claims.json [0] staff-letter-signatories → frames[0].complement: unknown entity "nobody"',
    ],
    [
      'a frame whose complement places the act at an unknown entity',
      (d) => {
        d.claims[0]!.facts = [{ id: 'signed', label: 'signed' }];
        d.claims[0]!.reports[0]!.facts = ['signed'];
        d.claims[0]!.frames = [{ fact: 'signed', acts: ['sign'], complement: ['at @nobody'] }];
      },
      'data/claims.json [0] staff-letter-signatories → frames[0].complement: unknown entity "nobody"',
    ],
    [
      'a frame marker that names no word family (misspelt)',
      (d) => {
        d.claims[0]!.frames = [{ fact: 'signed', acts: ['sign'], marker: 'agian' }];
      },
      'data/claims.json [0] staff-letter-signatories → frames[0].marker: must name a word family of statementFamilies.ts',
    ],
    [
      'a frame marker that is no family at all',
      (d) => {
        d.claims[0]!.frames = [{ fact: 'signed', acts: ['sign'], marker: 'again soon' }];
      },
      'data/claims.json [0] staff-letter-signatories → frames[0].marker: must name a word family of statementFamilies.ts',
    ],
    [
      'a statement report without its version',
      (d) => (d.claims[0]!.kind = 'statement'),
      'data/claims.json [0] staff-letter-signatories → reports[0].version: a report on a statement says which version it gives',
    ],
  ];
  it.each(broken)('catches %s', (_label, breakIt, expected) => {
    const d = minimal();
    breakIt(d);
    expect(problemsOf(() => parseDataset(d as unknown as Record<keyof Dataset, unknown>))).toContain(
      expected,
    );
  });

  it('puts every problem in one readable message', () => {
    const d = minimal();
    d.claims[0]!.reports[0]!.source = 'r99';
    d.events[0]!.sources = ['r98'];
    expect(() => parseDataset(d as unknown as Record<keyof Dataset, unknown>)).toThrow(
      /The dataset is invalid:\n {2}data\/claims\.json .*r99[\s\S]*data\/events\.json .*r98/,
    );
  });
});
