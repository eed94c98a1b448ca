import { BlockRoles } from '../../src/content/blockRole.ts';
import { walkBlocks } from '../../src/content/collectBlocks.ts';
import type { BlockRole } from '../../src/core/page/blockRole.ts';
import { readPublishedDate } from '../../src/content/readPublishedDate.ts';

export type GoldKind = 'name' | 'figure' | 'statement';

/** A gold annotation, by offsets into the page's text (every text node of the body, in order). */
export interface GoldSpan {
  kind: GoldKind;
  id: string;
  verdict?: string;
  start: number;
  end: number;
  text: string;
}

/** A block as the content script reads it, with where its text starts in the page's text. */
export interface PageBlock {
  text: string;
  /** Page offset of each of the block's text nodes. */
  nodeOffsets: number[];
  nodeLengths: number[];
  /** The block's place in the page's structure, read from the markup as the content script reads it. */
  role?: BlockRole;
}

export interface GoldPage {
  file: string;
  about: boolean;
  /** When the page says it was published, read as the content script reads it. */
  published?: string;
  gold: GoldSpan[];
  blocks: PageBlock[];
}

/** Every text node under `root` mapped to its offset in the text of `root`. */
function textOffsets(doc: Document, root: Node): Map<Text, number> {
  const offsets = new Map<Text, number>();
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    offsets.set(node as Text, offset);
    offset += (node as Text).data.length;
  }
  return offsets;
}

/**
 * Reads an evaluation page: records its gold spans by text offset, then
 * unwraps them (text nodes stay as they are, so offsets hold and the markup
 * cannot steer the engine) and reads the blocks as the content script does.
 */
export function readGoldPage(file: string, html: string): GoldPage {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const about = doc.querySelector('meta[name="sourcemark-eval"]')?.getAttribute('content') === 'about';
  const published = readPublishedDate(doc);
  const offsets = textOffsets(doc, doc.body);
  const elements = [...doc.body.querySelectorAll<HTMLElement>('[data-gold]')];
  const gold: GoldSpan[] = elements.map((el) => {
    const first = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
    const start = first ? offsets.get(first)! : 0;
    const text = el.textContent ?? '';
    const kind = el.dataset.gold as GoldKind;
    if (!['name', 'figure', 'statement'].includes(kind))
      throw new Error(`${file}: unknown gold kind "${kind}"`);
    return {
      kind,
      id: el.dataset.id ?? '',
      ...(el.dataset.verdict ? { verdict: el.dataset.verdict } : {}),
      start,
      end: start + text.length,
      text,
    };
  });
  for (const el of elements) el.replaceWith(...el.childNodes);
  const roles = new BlockRoles();
  const blocks = [...walkBlocks(doc.body)].map((block) => {
    const role = roles.of(block);
    return {
      text: block.text,
      nodeOffsets: block.nodes.map((n) => offsets.get(n)!),
      nodeLengths: block.nodes.map((n) => n.data.length),
      ...(role ? { role } : {}),
    };
  });
  return { file, about, ...(published ? { published } : {}), gold, blocks };
}

/** A block offset as a page offset. */
export function pageOffset(block: PageBlock, offset: number, isEnd: boolean): number {
  let within = offset;
  for (let i = 0; i < block.nodeOffsets.length; i++) {
    const length = block.nodeLengths[i]!;
    if (within < length || (isEnd && within === length)) return block.nodeOffsets[i]! + within;
    within -= length;
  }
  return block.nodeOffsets.at(-1)! + block.nodeLengths.at(-1)!;
}
