import type { GoldKind, GoldPage, GoldSpan } from './readGoldPage.ts';

/** A mark the engine made, by page offsets: what a gold span records, and the block's text to show its sentence. */
export interface Predicted extends GoldSpan {
  context: string;
}

export interface Miss {
  file: string;
  kind: GoldKind;
  id: string;
  text: string;
  context: string;
}

export interface KindScore {
  gold: number;
  predicted: number;
  matched: number;
  /** Matched figure or statement marks whose verdict is the gold one. */
  verdictRight: number;
}

export interface EvalResult {
  byKind: Record<GoldKind, KindScore>;
  /** Marks on pages not about the story. */
  notAboutMarks: number;
  misses: Miss[];
  falsePositives: Miss[];
  wrongVerdicts: Array<Miss & { expected: string; got: string }>;
}

const KINDS: GoldKind[] = ['name', 'figure', 'statement'];
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

export function emptyResult(): EvalResult {
  const byKind = Object.fromEntries(
    KINDS.map((k) => [k, { gold: 0, predicted: 0, matched: 0, verdictRight: 0 }]),
  ) as Record<GoldKind, KindScore>;
  return { byKind, notAboutMarks: 0, misses: [], falsePositives: [], wrongVerdicts: [] };
}

/**
 * Scores one page into `result`: a mark matches a gold span of the same kind
 * and id that it overlaps; each gold span justifies at most one mark, so a
 * claim split in two costs precision.
 */
export function scorePage(
  result: EvalResult,
  page: GoldPage,
  predicted: Predicted[],
  contextOf: (g: GoldSpan) => string,
) {
  if (!page.about) result.notAboutMarks += predicted.length;
  for (const kind of KINDS) {
    const gold = page.gold.filter((g) => g.kind === kind);
    const marks = predicted.filter((p) => p.kind === kind);
    const score = result.byKind[kind];
    score.gold += gold.length;
    score.predicted += marks.length;
    const pairs: Array<[number, number, number]> = [];
    gold.forEach((g, gi) =>
      marks.forEach((p, pi) => {
        const o = overlap(g, p);
        if (o > 0 && g.id === p.id) pairs.push([o, gi, pi]);
      }),
    );
    pairs.sort((a, b) => b[0] - a[0]);
    const goldUsed = new Set<number>();
    const markUsed = new Set<number>();
    for (const [, gi, pi] of pairs) {
      if (goldUsed.has(gi) || markUsed.has(pi)) continue;
      goldUsed.add(gi);
      markUsed.add(pi);
      score.matched++;
      const g = gold[gi]!;
      const p = marks[pi]!;
      if (kind !== 'name') {
        if (g.verdict === p.verdict) score.verdictRight++;
        else
          result.wrongVerdicts.push({
            file: page.file,
            kind,
            id: g.id,
            text: p.text,
            context: p.context,
            expected: g.verdict ?? '',
            got: p.verdict ?? '',
          });
      }
    }
    gold.forEach((g, gi) => {
      if (!goldUsed.has(gi))
        result.misses.push({ file: page.file, kind, id: g.id, text: g.text, context: contextOf(g) });
    });
    marks.forEach((p, pi) => {
      if (!markUsed.has(pi))
        result.falsePositives.push({ file: page.file, kind, id: p.id, text: p.text, context: p.context });
    });
  }
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

export function precision(s: KindScore): number {
  return s.predicted ? s.matched / s.predicted : 1;
}
export function recall(s: KindScore): number {
  return s.gold ? s.matched / s.gold : 1;
}
export function verdictAccuracy(s: KindScore): number {
  return s.matched ? s.verdictRight / s.matched : 1;
}

/** The summary table, and with `details` every miss, false positive and wrong verdict with its sentence. */
export function formatResult(result: EvalResult, pages: number, details: boolean): string {
  const lines = [
    `Sourcemark evaluation: ${pages} pages`,
    '',
    'kind        gold  marks  matched  precision  recall   verdicts right',
  ];
  for (const kind of KINDS) {
    const s = result.byKind[kind];
    lines.push(
      `${kind.padEnd(10)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(6)} ${String(s.matched).padStart(8)}` +
        `  ${pct(s.matched, s.predicted).padStart(9)} ${pct(s.matched, s.gold).padStart(7)}` +
        `   ${kind === 'name' ? '' : pct(s.verdictRight, s.matched).padStart(8)}`,
    );
  }
  const claims = { ...result.byKind.figure };
  claims.predicted += result.byKind.statement.predicted;
  claims.matched += result.byKind.statement.matched;
  lines.push(
    `claim marks right: ${pct(claims.matched, claims.predicted)}; marks on pages not about the story: ${result.notAboutMarks}`,
  );
  if (details) {
    const show = (title: string, list: Miss[], extra: (m: Miss) => string = () => '') => {
      lines.push('', `${title} (${list.length})`);
      for (const m of list)
        lines.push(
          `  ${m.file}  ${m.kind} ${m.id}  “${m.text}”${extra(m)}`,
          `      in: ${m.context.replace(/\s+/g, ' ').trim()}`,
        );
    };
    show('Missed', result.misses);
    show('False positives', result.falsePositives);
    show('Wrong verdicts', result.wrongVerdicts, (m) => {
      const w = m as Miss & { expected: string; got: string };
      return `  expected ${w.expected}, got ${w.got}`;
    });
  }
  return lines.join('\n');
}
