import { namePatternSource, SPACE } from './namePattern.ts';

/**
 * Phrases as one case-insensitive pattern with their shared first words written once
 * ("lost\s+(?:confidence|faith)\s+in…"), for a scan with the `i` flag. The flat alternation of
 * round 15's 1,180 claim phrases was 43 KB of source, past the 20 KB beyond which V8 does not
 * optimise a pattern: in node, 150 ms a pass over a 20K-character article and a second to
 * compile. As a trie it is under 16 KB (keep it under 20: bench/patterns.js measures it), and it
 * matches what the flat alternation, longest phrase first, matched: at a position, the longest
 * phrase there.
 *
 * Why the longest: a word's branch is tried before the shorter words that match a prefix of it
 * ("board's" before "board"), and a phrase's longer continuations before the phrase itself ends
 * (a greedy optional group). Two sibling words that both match at a position match the same text
 * only if they are one node (same source up to ASCII case); otherwise the shorter one stops inside
 * the longer one's word, where no space follows, so only its bare end can match and it is shorter
 * than any match through the longer word.
 */
interface TrieNode {
  /** The word's pattern source, ASCII lower-cased: the key sibling words are merged by. */
  source: string;
  /** How many characters the word matches. */
  length: number;
  /** A phrase ends at this word. */
  ends: boolean;
  next: Map<string, TrieNode>;
}

/** Only ASCII letters: under the non-Unicode `i` flag, a-z and A-Z match each other and nothing else. */
const asciiLower = (source: string): string => source.replace(/[A-Z]/g, (c) => c.toLowerCase());

export function phraseTrieSource(phrases: Iterable<string>): string {
  const root = new Map<string, TrieNode>();
  for (const phrase of phrases) {
    let level = root;
    let node: TrieNode | undefined;
    for (const word of phrase.trim().split(/\s+/)) {
      if (!word) continue;
      const source = asciiLower(namePatternSource(word));
      node = level.get(source);
      if (!node) level.set(source, (node = { source, length: word.length, ends: false, next: new Map() }));
      level = node.next;
    }
    if (node) node.ends = true;
  }
  return alternativesOf(root);
}

/**
 * Sibling words that no phrase ends on and that go on alike ("lost confidence in…", "lost faith
 * in…") share their continuation: `(?:confidence|faith)\s+in…`, in the first one's place. Safe
 * for the longest match: such a word matches only a whole word, so no other sibling matches there.
 */
function alternativesOf(level: Map<string, TrieNode>): string {
  const sorted = [...level.values()].sort(
    (a, b) => b.length - a.length || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0),
  );
  /** Each branch: its words, and what follows them ('' for a word with nothing shared). */
  const branches: Array<{ heads: string[]; rest: string }> = [];
  const byRest = new Map<string, { heads: string[]; rest: string }>();
  for (const node of sorted) {
    if (node.ends || !node.next.size) {
      branches.push({ heads: [branchOf(node)], rest: '' });
      continue;
    }
    const rest = `${SPACE}${alternativesOf(node.next)}`;
    const branch = byRest.get(rest);
    if (branch) branch.heads.push(node.source);
    else {
      byRest.set(rest, { heads: [node.source], rest });
      branches.push(byRest.get(rest)!);
    }
  }
  const sources = branches.map(({ heads, rest }) =>
    heads.length === 1 ? `${heads[0]}${rest}` : `(?:${heads.join('|')})${rest}`,
  );
  return sources.length === 1 ? sources[0]! : `(?:${sources.join('|')})`;
}

function branchOf(node: TrieNode): string {
  if (!node.next.size) return node.source;
  const rest = `${SPACE}${alternativesOf(node.next)}`;
  return node.ends ? `${node.source}(?:${rest})?` : `${node.source}${rest}`;
}
