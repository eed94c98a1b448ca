import type { NameHit } from '../match/findNames.ts';

/**
 * A table's or infobox's row whose label names the act ("Interim CEOs | Mira Murati (17–19 Nov); Emmett
 * Shear (from 20 Nov)", "Replaced by | Emmett Shear", "Hired by | Microsoft"): the label, a cell of its own
 * (the block before), states that act for each entity its value cell lists. Each item of the value is read
 * as the one-line field "<label>: <item>" the engine already reads, with the plural label made singular.
 */

/** A label cell: one to four words, no digits, no sentence punctuation ("Interim CEOs", "Replaced by"). */
const LABEL_CELL = /^\s*(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’()-]*){0,3})\s*:?\s*$/u;
/** How long a value cell may be: a few names and dates, not a paragraph. */
const VALUE_LENGTH = 200;
/** What divides a value cell's items ("Mira Murati (17–19 Nov); Emmett Shear (from 20 Nov)"). */
const ITEM_SEPARATOR = /[;|·•\n]/g;

/** One item of a value cell, read with its label: the text, where the item starts in the cell, the names shifted. */
export interface LabelledItem {
  text: string;
  /** Characters of label before the item in `text`. */
  prefix: number;
  /** Where the item starts in the value cell. */
  offset: number;
  names: NameHit[];
}

/** "Interim CEOs" → "Interim CEO": a plural label read for one item. */
function singular(label: string): string {
  return label.replace(/(\p{L}{2,})s$/u, (word, stem: string) => (/(?:ss|us|is)$/.test(word) ? word : stem));
}

/**
 * The items of the value cell `text` under the label cell `label`, each read as "<label>: <item>";
 * undefined where the block before is no label cell or an item does not open with a name.
 */
export function labelledItems(
  label: string,
  text: string,
  names: readonly NameHit[],
): LabelledItem[] | undefined {
  const cell = LABEL_CELL.exec(label);
  if (!cell || text.length > VALUE_LENGTH || /[.!?]\s*$/.test(text.trim()) || !names.length) return undefined;
  // A singular label is read already, with the name in the block after it ("Interim CEO" above "Emmett
  // Shear"); a plural one heads a list of holders, which only this reading gives each of them.
  const one = singular(cell[1]!);
  if (one === cell[1]) return undefined;
  const head = `${one}: `;
  const items: LabelledItem[] = [];
  let from = 0;
  ITEM_SEPARATOR.lastIndex = 0;
  for (let m = ITEM_SEPARATOR.exec(text); ; m = ITEM_SEPARATOR.exec(text)) {
    const to = m ? m.index : text.length;
    const start = from + (text.slice(from, to).length - text.slice(from, to).trimStart().length);
    if (start < to) {
      // Every item opens with a name: a list of who, not a sentence that happens to follow a heading.
      if (!names.some((n) => n.start === start)) return undefined;
      const own = names.filter((n) => n.start >= start && n.end <= to);
      items.push({
        text: head + text.slice(start, to).trimEnd(),
        prefix: head.length,
        offset: start,
        names: own.map((n) => ({
          ...n,
          start: n.start - start + head.length,
          end: n.end - start + head.length,
        })),
      });
    }
    if (!m) break;
    from = to + 1;
  }
  return items.length ? items : undefined;
}
