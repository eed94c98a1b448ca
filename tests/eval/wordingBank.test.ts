/**
 * The wording bank (tests/fixtures/wording-bank, see its NOTES.md): for each
 * claim topic, many sentences in the registers and grammar of news, and
 * near-misses that must stay unmarked, written apart from the engine. Scored
 * like the evaluation pages; `npm run eval` prints every miss and false
 * positive, and `npm test` fails when a score drops below today's.
 */
import { describe, expect, it } from 'vitest';
import { readBank, scoreBank, type BankScore } from './wordingBank.ts';

const details = process.env.SOURCEMARK_EVAL_DETAILS === '1';
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '–');

const BANKS = [
  { file: 'statements-1.json', kind: 'statement', precision: 0.992, recall: 0.932 },
  { file: 'statements-2.json', kind: 'statement', precision: 0.979, recall: 0.905 },
  { file: 'figures.json', kind: 'figure', precision: 0.955, recall: 0.803 },
  { file: 'figures-2.json', kind: 'figure', precision: 0.975, recall: 0.7 },
  { file: 'statements-3.json', kind: 'statement', precision: 0.993, recall: 0.876 },
] as const;

function report(file: string, score: BankScore): string {
  const head = `Wording bank ${file}: gold ${score.gold}, marks ${score.predicted}, matched ${score.matched}; precision ${pct(score.matched, score.predicted)}%, recall ${pct(score.matched, score.gold)}%`;
  if (!details) return head;
  const line = (m: BankScore['misses'][number]) => `  ${m.id}  ${m.claim}  “${m.span}”\n      in: ${m.text}`;
  return [
    head,
    `Missed (${score.misses.length})`,
    ...score.misses.map(line),
    `False positives (${score.falsePositives.length})`,
    ...score.falsePositives.map(line),
  ].join('\n');
}

const scored = BANKS.map((bank) => ({ ...bank, score: scoreBank(readBank(bank.file), bank.kind) }));
for (const { file, score } of scored) console.log(report(file, score));

describe('wording bank', () => {
  it.each(scored)('$file: precision and recall hold', ({ score, precision, recall }) => {
    expect(score.gold).toBeGreaterThan(100);
    expect(score.matched / score.predicted).toBeGreaterThanOrEqual(precision);
    expect(score.matched / score.gold).toBeGreaterThanOrEqual(recall);
  });
});
