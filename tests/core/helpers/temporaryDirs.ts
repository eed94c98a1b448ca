/**
 * Temporary directories for build-data tests, removed after each test: a
 * copy of data/ to break on purpose, or an empty one to write a module into.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';

export const DATA = resolve(import.meta.dirname, '../../../data');

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

export function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

export function copyOfData(): string {
  const dir = temporaryDir('sourcemark-data-');
  cpSync(DATA, dir, { recursive: true });
  return dir;
}
