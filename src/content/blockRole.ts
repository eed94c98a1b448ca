import { readSiblingSet, type BlockRole, type SiblingSet } from '../core/page/blockRole.ts';
import { boxPartOf } from '../core/page/keyNumberBox.ts';
import type { Block } from './collectBlocks.ts';

/** Page chrome: a site footer, an address, a contact block. */
const CHROME = 'footer, address, [role="contentinfo"], [class~="contact"], [class~="address"]';
/** Elements that are items of a set by their tag. */
const ITEM = 'li, dd, td, th';
/** A heading's tag. */
const HEADING = /^h[1-6]$/;
/** How far up from a block's element a card (a repeated sibling) is looked for. */
const CARD_DEPTH = 3;
/** A bare number in a cell, with its sign or hedge: "1", "700+", "~770", "12.5%". */
const BARE_NUMBER = /^\s*[~≈<>+-]?\s*[$€£]?\d[\d,.]*\s*[%+]?\s*$/;

/**
 * Reads each block's place in the page's structure from the DOM: which set of sibling items it is an
 * item of, whether it is page chrome, a table cell's column header. Each set is judged once (a cache
 * per parent element), so a page of long lists costs a pass over each list, not one per item.
 */
export class BlockRoles {
  private readonly sets = new WeakMap<Element, Map<string, SiblingSet | null>>();
  private readonly tables = new WeakMap<Element, number>();
  /** How many children of each kind a parent has, counted once: a page of 2,000 paragraphs asks 2,000 times. */
  private readonly kinds = new WeakMap<Element, Map<string, number>>();

  /** `el` has a sibling of its kind. */
  private readonly hasKin = (el: Element): boolean => {
    const parent = el.parentElement;
    if (!parent) return false;
    let counts = this.kinds.get(parent);
    if (!counts) {
      counts = new Map<string, number>();
      for (const c of parent.children) counts.set(kindOf(c), (counts.get(kindOf(c)) ?? 0) + 1);
      this.kinds.set(parent, counts);
    }
    return (counts.get(kindOf(el)) ?? 0) > 1;
  };
  private readonly columnSets = new WeakMap<Element, Array<SiblingSet | null>>();

  /** The role of `block`, or undefined when its markup shows none. */
  of(block: Block): BlockRole | undefined {
    const el = block.nodes[0]?.parentElement;
    if (!el) return undefined;
    const role: BlockRole = {};
    if (el.closest(CHROME)) role.chrome = true;
    const item = itemOf(el, this.hasKin);
    if (item?.parentElement) {
      const set =
        this.setOf(item.parentElement, item) ??
        (item instanceof HTMLTableCellElement ? this.columnSetOf(item) : undefined);
      if (set) role.set = set;
    }
    if (!el.closest('td, th') && boxPartOf(block.text) === 'value') {
      const side = cardLabelSide(el, block, this.hasKin);
      if (side) role.cardLabel = side;
    }
    const cell = el.closest('td');
    if (cell instanceof HTMLTableCellElement && BARE_NUMBER.test(cell.textContent ?? '')) {
      const column = this.columnOf(cell);
      if (column) role.column = column;
    }
    return role.chrome || role.set || role.column || role.cardLabel ? role : undefined;
  }

  /** The set `item` makes with its siblings of its kind (a `dd` with the `dd`s, not the `dt`s). */
  private setOf(parent: Element, item: Element): SiblingSet | undefined {
    let kinds = this.sets.get(parent);
    if (!kinds) this.sets.set(parent, (kinds = new Map<string, SiblingSet | null>()));
    const kind = kindOf(item);
    let set = kinds.get(kind);
    if (set === undefined) {
      const items = [...parent.children].filter((c) => kindOf(c) === kind);
      set = readSiblingSet(items.map((c) => c.textContent ?? '')) ?? null;
      kinds.set(kind, set);
    }
    return set ?? undefined;
  }

  /** A cell's set down its column: a table of one item a row (a list of sources set as a table). */
  private columnSetOf(cell: HTMLTableCellElement): SiblingSet | undefined {
    const table = cell.closest('table');
    if (!table) return undefined;
    let columns = this.columnSets.get(table);
    if (!columns) this.columnSets.set(table, (columns = []));
    let set = columns[cell.cellIndex];
    if (set === undefined) {
      const cells = [...table.rows].map((row) => row.cells[cell.cellIndex]).filter((c) => c !== undefined);
      set = readSiblingSet(cells.map((c) => c.textContent ?? '')) ?? null;
      columns[cell.cellIndex] = set;
    }
    return set ?? undefined;
  }

  /** A body cell's column header (a `th` in the table's first row), and the table's columns of numbers alone. */
  private columnOf(cell: HTMLTableCellElement): BlockRole['column'] {
    const table = cell.closest('table');
    const headRow = table?.rows[0];
    if (!table || !headRow || cell.parentElement === headRow) return undefined;
    const header = headRow.cells[cell.cellIndex];
    if (!header || header.localName !== 'th') return undefined;
    let numericColumns = this.tables.get(table);
    if (numericColumns === undefined) {
      numericColumns = 0;
      const body = [...table.rows].slice(1);
      for (let i = 0; i < headRow.cells.length; i++) {
        const cells = body.map((row) => row.cells[i]).filter((c) => c !== undefined);
        if (cells.length && cells.every((c) => BARE_NUMBER.test(c.textContent ?? ''))) numericColumns++;
      }
      this.tables.set(table, numericColumns);
    }
    return { header: header.textContent ?? '', numericColumns };
  }
}

/** The text nodes under `el` with more than spaces in them, in order. */
function wordedTexts(el: Element): Text[] {
  const texts: Text[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (/\S/.test((n as Text).data)) texts.push(n as Text);
  return texts;
}

/**
 * Where the label of the card holding a bare value stands: after the value when the value opens the
 * card, before it when the value closes it. The card is the nearest ancestor, a few levels up, that
 * has a sibling of its kind (a card beside it) and holds words besides the value; undefined if none.
 */
function cardLabelSide(
  el: Element,
  value: Block,
  hasKin: (el: Element) => boolean,
): 'after' | 'before' | undefined {
  const own = value.nodes.filter((t) => /\S/.test(t.data));
  let at: Element | null = el;
  for (let depth = 0; at && depth <= CARD_DEPTH; depth++, at = at.parentElement) {
    const parent = at.parentElement;
    if (!parent || at.localName === 'body') return undefined;
    const card = at;
    if (!hasKin(card)) continue;
    const texts = wordedTexts(card);
    if (!texts.some((t) => !own.includes(t) && /\p{L}/u.test(t.data))) continue;
    if (texts[0] === own[0]) return 'after';
    if (texts.at(-1) === own.at(-1)) return 'before';
    return undefined;
  }
  return undefined;
}

/** What makes two siblings items of one set: the same tag and the same class (a card beside a card). */
const kindOf = (el: Element) => `${el.localName}.${el.className}`;

/**
 * The item of a set that holds `el`: the nearest list item, definition or cell, else the nearest
 * ancestor (a few levels up) with a sibling of the same kind, as cards in a grid are.
 */
function itemOf(el: Element, hasKin: (el: Element) => boolean): Element | undefined {
  const listed = el.closest(ITEM);
  if (listed) return listed;
  let at: Element | null = el;
  for (let depth = 0; at && depth < CARD_DEPTH; depth++, at = at.parentElement) {
    const parent = at.parentElement;
    if (!parent || at.localName === 'body') return undefined;
    // Headings beside headings are a page's outline, not a set: each states its own claims.
    if (HEADING.test(at.localName)) continue;
    if (hasKin(at)) return at;
  }
  return undefined;
}
