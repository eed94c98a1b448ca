/*
 * A frame's word list, split into words once and filed by its first word. With the word families
 * written out a list holds a thousand wordings or more ("back in %det %role"); a token then looks at
 * the few that open with it, not at every wording, and no wording is split again per token.
 */

import { tokenize } from '../text/tokenize.ts';

/** One wording: its words, lowercased, and the entity it ends in ("at @microsoft"). */
export interface Wording {
  parts: string[];
  entity: string | undefined;
}

export interface WordingIndex {
  /** Every wording, in the list's order. */
  all: readonly Wording[];
  /** By first word: the wordings that open with it and those that are only an entity, in the list's order. */
  byFirst: ReadonlyMap<string, readonly Wording[]>;
  /** The wordings that are only an entity ("@openai"): a candidate at any token. */
  entityOnly: readonly Wording[];
}

/** Work done, for tests that bound it without timing: lists split, and wordings looked at. */
export const wordingIndexWork = { built: 0, examined: 0 };

const indexes = new WeakMap<readonly string[], WordingIndex>();

/**
 * A wording's words as the page's tokens are read: "on Microsoft's payroll" is "microsoft" + "'s"
 * on the page (tokenize.ts splits clitics), so a wording split only at spaces never matched there.
 */
function split(wording: string): Wording {
  const spaced = wording.toLowerCase().split(' ');
  const entity = spaced.at(-1)!.startsWith('@') ? spaced.pop()!.slice(1) : undefined;
  const parts = spaced.flatMap((w) => (/\p{L}['’]\p{L}/u.test(w) ? tokenize(w).map((t) => t.lower) : [w]));
  return { parts, entity };
}

/** The list's index (module cache: the lists are the frames' and families', few and fixed). */
export function wordingIndex(words: readonly string[]): WordingIndex {
  let index = indexes.get(words);
  if (index) return index;
  wordingIndexWork.built++;
  const all = words.map(split);
  const entityOnly = all.filter((w) => w.parts.length === 0);
  const byFirst = new Map<string, Wording[]>();
  // Each first word's list keeps the entity-only wordings in their places, so the first match found
  // at a token is the one the whole list, read in order, would give.
  all.forEach((w, i) => {
    if (w.parts.length === 0) {
      for (const list of byFirst.values()) list.push(w);
      return;
    }
    let list = byFirst.get(w.parts[0]!);
    if (!list) {
      list = all.slice(0, i).filter((e) => e.parts.length === 0);
      byFirst.set(w.parts[0]!, list);
    }
    list.push(w);
  });
  index = { all, byFirst, entityOnly };
  indexes.set(words, index);
  return index;
}

/** The wordings that may start at a token whose lowercased word is `word`, in the list's order. */
export function wordingsAt(index: WordingIndex, word: string): readonly Wording[] {
  const list = index.byFirst.get(word) ?? index.entityOnly;
  wordingIndexWork.examined += list.length;
  return list;
}
