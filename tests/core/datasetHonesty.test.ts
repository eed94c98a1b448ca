/**
 * The dataset against the documents it was built from (../shared): every
 * source is a real document, every figure and quotation is in the document it
 * cites, and no sentence of a seed is copied into data/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/core/dataset/parseDataset.ts';
import type { Figure } from '../../src/core/dataset/schema.ts';
import { readDatasetDir } from '../../scripts/readDatasetDir.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = resolve(ROOT, '../shared');
const dataset = parseDataset(readDatasetDir(resolve(ROOT, 'data')));

const seedFiles = readdirSync(resolve(SHARED, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const reportsMd = readFileSync(resolve(SHARED, 'reporting/reports.md'), 'utf8');
/** rNN → its section of reports.md (the closing disagreement table belongs to no report). */
const reportSections = new Map(
  [
    ...reportsMd.split('## Disagreements')[0]!.matchAll(/^## (r\d\d)\s*$([\s\S]*?)(?=^## |$(?![\s\S]))/gm),
  ].map((m) => [m[1]!, m[2]!]),
);

function documentText(document: string): string {
  const [path, section] = document.split('#');
  if (section) {
    const text = reportSections.get(section);
    if (!text) throw new Error(`reports.md has no section ${section}`);
    return text;
  }
  return readFileSync(resolve(SHARED, path!), 'utf8');
}
const normalise = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d"]/g, '')
    .toLowerCase();
const textOf = new Map(dataset.sources.map((s) => [s.id, normalise(documentText(s.document))]));

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/** How a figure's value can be written in a document. */
function writtenForms(f: Figure): string[] {
  const v = f.value;
  if (v >= 1e9) return [`${v / 1e9} billion`, `${v / 1e9}bn`];
  if (v >= 1e6) return [`${v / 1e6} million`];
  const forms = [String(v), v.toLocaleString('en-US')];
  if (WORDS[v]) forms.push(WORDS[v]);
  if (v === 12) forms.push('dozen');
  return forms;
}

describe('the dataset covers the documents', () => {
  it('has one source per seed and per report section, 32 in all', () => {
    const expected = [
      ...seedFiles.map((f) => `seeds/${f}`),
      ...[...reportSections.keys()].map((r) => `reporting/reports.md#${r}`),
    ];
    expect(expected).toHaveLength(32);
    expect(dataset.sources.map((s) => s.document).sort()).toEqual(expected.sort());
  });

  it('gives each report the URL and date that reports.md lists for it', () => {
    for (const source of dataset.sources.filter((s) => s.document.includes('#'))) {
      const section = documentText(source.document);
      const urls = [...section.matchAll(/^- URL[^:]*: (\S+)/gm)].map((m) => m[1]);
      expect(urls, source.id).toContain(source.url);
      const date = /^- Date: (\d{4}-\d\d-\d\d)/m.exec(section)?.[1];
      if (source.date) expect(source.date, source.id).toBe(date);
      else expect(source.dateNote, `${source.id} needs a date or a note on it`).toBeTruthy();
    }
  });

  it('holds the claims other parts rely on', () => {
    const ids = dataset.claims.map((c) => c.id);
    for (const id of [
      'staff-letter-signatories',
      'openai-headcount',
      'microsoft-investment',
      'openai-valuation',
      'board-size',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('holds every figure the documents give for the staff letter', () => {
    const letter = dataset.claims.find((c) => c.id === 'staff-letter-signatories')!;
    const figures = letter.reports.flatMap((r) => r.figures ?? []);
    expect(figures.length).toBeGreaterThanOrEqual(12);
    expect(new Set(figures.map((f) => f.value))).toEqual(new Set([49, 490, 500, 505, 700, 800]));
  });

  it('uses every source somewhere, and starts the timeline on 17 Nov 2023 or before', () => {
    const cited = new Set([
      ...dataset.entities.flatMap((e) => e.sources),
      ...dataset.claims.flatMap((c) => [...c.reports.map((r) => r.source), ...(c.reversal?.sources ?? [])]),
      ...dataset.events.flatMap((e) => e.sources),
    ]);
    expect(dataset.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
    const dates = dataset.events.map((e) => e.date).sort();
    expect(dates[0]! <= '2023-11-17').toBe(true);
    expect(dates.at(-1)!.startsWith('2026')).toBe(true);
  });
});

describe('every fact is in the document it cites', () => {
  const figureReports = dataset.claims.flatMap((c) =>
    c.reports.flatMap((r) => (r.figures ?? []).map((f) => ({ claim: c.id, source: r.source, figure: f }))),
  );
  it.each(figureReports.map((x) => [`${x.claim} / ${x.source} / ${x.figure.wording}`, x] as const))(
    '%s',
    (_, { source, figure }) => {
      const text = textOf.get(source)!;
      if (figure.countOf !== undefined) {
        // Our count of whom the document names: every name counted is in it, and the wording is ours.
        const names = figure.countOf.match(/\b[A-Z][\w']+/g) ?? [];
        expect(names.length, 'whom it counts').toBeGreaterThan(0);
        for (const name of names) expect(text, 'a name counted').toContain(normalise(name));
        return;
      }
      expect(text, 'the wording').toContain(normalise(figure.wording));
      expect(
        writtenForms(figure).some((form) => text.includes(form.toLowerCase())),
        `the value ${figure.value}`,
      ).toBe(true);
    },
  );

  it('quotes only words that are in the document, marked as quotes', () => {
    const quotes = dataset.claims.flatMap((c) =>
      c.reports.filter((r) => r.quote).map((r) => ({ source: r.source, quote: r.quote! })),
    );
    expect(quotes.length).toBeGreaterThan(5);
    for (const { source, quote } of quotes)
      expect(textOf.get(source), quote.text).toContain(normalise(quote.text));
  });

  it('marks a source unnamed exactly where its outlet says the document names none', () => {
    const saysUnnamed = (outlet: string) =>
      /^unnamed\b|\bno outlet named\b|\bdoes not name its outlet\b/i.test(outlet);
    for (const source of dataset.sources)
      expect(source.named === false, `${source.id}: ${source.outlet}`).toBe(saysUnnamed(source.outlet));
    expect(dataset.sources.filter((s) => s.named === false).length).toBeGreaterThan(0);
  });

  it("lists as an entity's sources only documents that name it", () => {
    for (const entity of dataset.entities) {
      const names = [
        entity.name,
        ...entity.aliases,
        ...entity.contextAliases,
        ...entity.ambiguousAliases,
      ].map(normalise);
      for (const source of entity.sources) {
        const text = textOf.get(source)!;
        expect(
          names.some((n) =>
            new RegExp(`(?<![\\w-])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text),
          ),
          `${entity.id} in ${source}`,
        ).toBe(true);
      }
    }
  });
});

describe('the dataset is written in its own words', () => {
  const words = (s: string) => normalise(s).match(/[a-z0-9']+/g) ?? [];
  const RUN = 12;
  const seedRuns = new Map<string, string>();
  for (const file of seedFiles) {
    const w = words(readFileSync(resolve(SHARED, 'seeds', file), 'utf8'));
    for (let i = 0; i + RUN <= w.length; i++) seedRuns.set(w.slice(i, i + RUN).join(' '), basename(file));
  }
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];

  /** Every run of RUN words of the dataset's prose that a seed also has. */
  const copiedRuns = (data: typeof dataset): string[] => {
    // A source's title is a citation: the words themselves are the fact.
    const { sources, ...rest } = data;
    const prose = [...strings(rest), ...sources.flatMap(({ title: _title, ...s }) => strings(s))];
    const copied: string[] = [];
    for (const text of prose) {
      const w = words(text);
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(' ');
        if (seedRuns.has(run)) copied.push(`"${run}" (from ${seedRuns.get(run)})`);
      }
    }
    return copied;
  };

  it(`copies no run of ${RUN} words from a seed`, () => {
    expect(copiedRuns(dataset)).toEqual([]);
  });

  it('would catch a sentence copied into a summary', () => {
    const sentence = readFileSync(resolve(SHARED, 'seeds', seedFiles[1]!), 'utf8').split('\n\n')[1]!;
    const [claim, ...others] = dataset.claims;
    const tampered = {
      ...dataset,
      claims: [
        { ...claim!, reports: [{ ...claim!.reports[0]!, summary: `In short: ${sentence}` }] },
        ...others,
      ],
    };
    expect(copiedRuns(tampered).length).toBeGreaterThan(0);
  });
});
