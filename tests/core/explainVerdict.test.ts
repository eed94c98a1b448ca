import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { explainVerdict } from '../../src/core/cards/explainVerdict.ts';
import type { FigureHighlight, StatementHighlight } from '../../src/core/page/selectHighlights.ts';
import { annotate } from './helpers/annotate.ts';

function claimOn(text: string, id: string): FigureHighlight | StatementHighlight {
  const found = annotate(['Sam Altman and OpenAI.', text]).highlights.find(
    (h) => h.kind === 'claim' && h.id === id,
  );
  if (found?.kind !== 'claim') throw new Error(`no ${id} claim on "${text}"`);
  return found;
}

describe('explainVerdict', () => {
  it('names an outlet whose figure of the same period does not overlap the page’s', () => {
    const why = explainVerdict(
      bundledDataset,
      claimOn('By Monday, 738 of OpenAI’s employees had signed the letter.', 'staff-letter-signatories'),
    );
    expect(why).toMatch(/^\S.* reported .+, which does not overlap “738”/);
    expect(why).toMatch(/more reports differ\.$/);
  });

  it('names no report of another period as differing', () => {
    const h = claimOn('Trades this year have valued OpenAI at roughly $650 billion.', 'openai-valuation');
    const why = explainVerdict(bundledDataset, h)!;
    expect(why).toMatch(/\$500 billion/);
    expect(why).not.toMatch(/86|28/);
  });

  it('says what later reporting established, and when, for an overturned statement', () => {
    const why = explainVerdict(
      bundledDataset,
      claimOn('Sam Altman joins Microsoft to lead a new lab.', 'altman-joins-microsoft'),
    );
    expect(why).toMatch(/^Overturned: .*back to OpenAI.* \(21 Nov 2023\)$/);
  });

  it('says who states another fact, and which, for a statement that differs', () => {
    const why = explainVerdict(
      bundledDataset,
      claimOn('Greg Brockman quit on Friday night.', 'brockman-exit'),
    );
    expect(why).toMatch(/report “removed from the board”, not “quit”\.$/);
    expect(why).toMatch(/^WION/);
  });

  describe('a count an outlet implies by naming whom it counts', () => {
    // The reports that name Taylor and Summers as new and D'Angelo as a holdover write no number: the
    // dataset counts two for them, and says whom it counted.
    it.each([
      'OpenAI called Bret Taylor, Larry Summers and Adam D’Angelo three new members of its board.',
      'The new board has three newcomers, it said: Bret Taylor, Larry Summers and Adam D’Angelo.',
      'All three new directors, Bret Taylor, Larry Summers and Adam D’Angelo, start at once.',
      'Counting Adam D’Angelo, the board named three new members alongside Bret Taylor and Larry Summers.',
    ])('differs from “three”, in one sentence saying whom they name: %s', (text) => {
      const h = claimOn(text, 'new-board-newcomers');
      expect(h.verdict).toBe('differs');
      const why = explainVerdict(bundledDataset, h)!;
      expect(why).toMatch(/^[^.]*\(Taylor and Summers; D'Angelo [^)]+\), which does not overlap “three”/);
      expect(why).toMatch(/, and 3 more reports differ\.$/);
    });

    it('leaves the outlet that wrote “three new members” as the one “two” differs from', () => {
      const h = claimOn(
        'Of Bret Taylor, Larry Summers and Adam D’Angelo, two were new members.',
        'new-board-newcomers',
      );
      expect(h.verdict).toBe('differs');
      expect(explainVerdict(bundledDataset, h)).toMatch(
        / reported three new members, which does not overlap “two”\.$/,
      );
    });
  });

  it('says nothing where every report agrees', () => {
    const h = claimOn('OpenAI has roughly 770 employees.', 'openai-headcount');
    expect(h.verdict).toBe('agrees');
    expect(explainVerdict(bundledDataset, h)).toBeUndefined();
    const regret = claimOn('Ilya Sutskever said he deeply regrets his part.', 'sutskever-regret');
    expect(explainVerdict(bundledDataset, regret)).toBeUndefined();
  });
});

describe('explainVerdict: whose word it gives', () => {
  const unnamed = bundledDataset.sources.filter((s) => s.named === false).map((s) => s.id);
  const named = (kind: string) => bundledDataset.sources.find((s) => s.named !== false && s.kind === kind)!;

  /** A page figure that no report overlaps, compared with the given sources in that order. */
  function figureAgainst(sources: string[]): FigureHighlight {
    const h = claimOn(
      'By Monday, 738 of OpenAI’s employees had signed the letter.',
      'staff-letter-signatories',
    );
    if (h.claimKind !== 'figure') throw new Error('not a figure');
    const template = h.comparisons[0]!;
    return {
      ...h,
      verdict: 'differs',
      comparisons: sources.map((source) => ({ ...template, source, samePeriod: true, overlaps: false })),
    };
  }

  it('names a named news outlet before an unnamed site the dataset lists first', () => {
    const news = named('news');
    const why = explainVerdict(bundledDataset, figureAgainst([unnamed[0]!, named('blog').id, news.id]));
    expect(why?.startsWith(`${news.outlet} reported`)).toBe(true);
    expect(why).toMatch(/and 2 more reports differ\.$/);
  });

  it('names a named blog or aggregator before an unnamed site', () => {
    const blog = named('blog');
    const why = explainVerdict(bundledDataset, figureAgainst([unnamed[0]!, blog.id]));
    expect(why?.startsWith(`${blog.outlet} reported`)).toBe(true);
  });

  it('falls back to an unnamed site when no other report differs', () => {
    const only = bundledDataset.sources.find((s) => s.id === unnamed[0])!;
    expect(explainVerdict(bundledDataset, figureAgainst([only.id]))).toMatch(
      new RegExp(`^${only.outlet.replace(/[()"]/g, '.')} reported`),
    );
  });

  it('names named outlets first among those stating another fact', () => {
    const h = claimOn('Greg Brockman quit on Friday night.', 'brockman-exit');
    if (h.claimKind !== 'statement') throw new Error('not a statement');
    // Unnamed sites among them, put first as a page's order might put them.
    const sources = [...h.differingSources].sort(
      (a, b) => Number(unnamed.includes(b)) - Number(unnamed.includes(a)),
    );
    expect(unnamed).toContain(sources[0]);
    const firstNews = sources
      .map((id) => bundledDataset.sources.find((s) => s.id === id)!)
      .find((s) => s.named !== false && (s.kind === 'news' || s.kind === 'syndicated'))!;
    const why = explainVerdict(bundledDataset, { ...h, differingSources: sources });
    expect(why?.startsWith(`${firstNews.outlet}, Unnamed`)).toBe(true);
  });
});
