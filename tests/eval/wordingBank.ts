import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { annotate, matcher } from '../core/helpers/annotate.ts';
import { LEAD } from '../core/helpers/statementCases.ts';

export const BANK_DIR = resolve(import.meta.dirname, '../fixtures/wording-bank');

/** One sentence of the bank and the claims a careful reader marks in it. */
export interface BankItem {
  id: string;
  topic: string;
  register: string;
  before?: string;
  text: string;
  marks: Array<{ claim: string; span: string }>;
}

export interface BankScore {
  gold: number;
  predicted: number;
  matched: number;
  misses: Array<{ id: string; claim: string; span: string; text: string }>;
  falsePositives: Array<{ id: string; claim: string; span: string; text: string }>;
}

export function readBank(file: string): BankItem[] {
  const items = JSON.parse(readFileSync(resolve(BANK_DIR, file), 'utf8')) as BankItem[];
  for (const item of items)
    for (const mark of item.marks)
      if (!item.text.includes(mark.span)) throw new Error(`${item.id}: "${mark.span}" is not in its text`);
  return items;
}

/**
 * Reads each sentence as the last block of a page about the story (a lead
 * block naming OpenAI and Altman, then `before`), and scores its claim marks
 * against the bank's as the evaluation does: same claim, overlapping words.
 */
export function scoreBank(items: BankItem[], claimKind: 'figure' | 'statement'): BankScore {
  const score: BankScore = { gold: 0, predicted: 0, matched: 0, misses: [], falsePositives: [] };
  for (const item of items) {
    const blocks = [LEAD, ...(item.before ? [item.before] : []), item.text];
    const { blocks: perBlock } = annotate(blocks);
    const marks = perBlock
      .at(-1)!
      .filter((h) => h.kind === 'claim' && h.claimKind === claimKind)
      .map((h) => ({ claim: h.id, start: h.start, end: h.end, text: h.text }));
    const gold = item.marks
      .filter((g) => matcher.claims.get(g.claim)?.kind === claimKind)
      .map((g) => ({
        ...g,
        start: item.text.indexOf(g.span),
        end: item.text.indexOf(g.span) + g.span.length,
      }));
    score.gold += gold.length;
    score.predicted += marks.length;
    const used = new Set<number>();
    for (const g of gold) {
      const i = marks.findIndex(
        (m, k) => !used.has(k) && m.claim === g.claim && Math.min(m.end, g.end) > Math.max(m.start, g.start),
      );
      if (i >= 0) {
        used.add(i);
        score.matched++;
      } else score.misses.push({ id: item.id, claim: g.claim, span: g.span, text: item.text });
    }
    marks.forEach((m, k) => {
      if (!used.has(k))
        score.falsePositives.push({ id: item.id, claim: m.claim, span: m.text, text: item.text });
    });
  }
  return score;
}
