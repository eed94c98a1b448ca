import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');

export const SEED_PREFIXES = ['000', '001', '002', '003', '004'];

/** A seed document split into blocks, the way a page's paragraphs reach the scanner. */
export function seedBlocks(prefix: string): string[] {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return readFileSync(resolve(SEEDS, file), 'utf8')
    .split(/\n\s*\n|\n(?=\S)/)
    .filter((b) => b.trim());
}
