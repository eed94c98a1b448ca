import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkBlocks, isInline, standsApart, type Block } from '../../src/content/collectBlocks.ts';
import { isExcluded } from '../../src/content/excludedSelector.ts';

/**
 * The definition of a block, written the plain way: each text node belongs to
 * its nearest ancestor that is not inline, and text nodes with the same one
 * read together unless an element that is not inline comes between them, or
 * one of them is a value glued to a word of the other (standsApart).
 */
function referenceBlocks(root: Node): Block[] {
  const blocks: Block[] = [];
  let nodes: Text[] = [];
  let owner: Node | undefined;
  const end = () => {
    const text = nodes.map((n) => n.data).join('');
    if (nodes.length && /\S/.test(text)) blocks.push({ nodes, text });
    nodes = [];
    owner = undefined;
  };
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        let block: Node = child.parentNode!;
        while (block !== root && block.nodeType === Node.ELEMENT_NODE && isInline(block as Element))
          block = block.parentNode!;
        if (owner !== undefined && owner !== block) end();
        // A value glued to a word across an element edge is an item of its own (a stat card's numeral).
        else if (standsApart(nodes.at(-1), nodes.map((n) => n.data).join(''), child as Text)) end();
        owner = block;
        nodes.push(child as Text);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (isExcluded(el)) {
          end();
          continue;
        }
        if (!isInline(el)) {
          end();
          if (el.shadowRoot) blocks.push(...referenceBlocks(el.shadowRoot));
        }
        visit(el);
      }
    }
  };
  visit(root);
  end();
  return blocks;
}

const TAGS = ['p', 'div', 'span', 'a', 'em', 'b', 'br', 'li', 'ul', 'code', 'style', 'section', 'mark', 'td'];
const WORDS = ['Sam', ' ', 'Altman', '\n', 'OpenAI said', '  ', '505'];

interface Tree {
  tag: string;
  editable: boolean;
  children: Array<Tree | string>;
}
const treeArb = fc.letrec<{ tree: Tree; child: Tree | string }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    editable: fc.boolean().map((b) => b && Math.random() < 0.1),
    children: fc.array(tie('child'), { maxLength: 4 }),
  }),
  child: fc.oneof({ depthSize: 'small' }, fc.constantFrom(...WORDS), tie('tree')),
}));

function build(doc: Document, tree: Tree): Element {
  const el = doc.createElement(tree.tag);
  if (tree.editable) el.setAttribute('contenteditable', '');
  for (const child of tree.children)
    el.append(typeof child === 'string' ? doc.createTextNode(child) : build(doc, child));
  // A comment between text nodes neither joins nor splits them.
  if (tree.children.length > 1) el.insertBefore(doc.createComment('c'), el.lastChild);
  return el;
}

const shape = (blocks: Block[]) => blocks.map((b) => ({ text: b.text, nodes: b.nodes }));

describe('walkBlocks', () => {
  it('reads the blocks of any tree as their definition says', () => {
    fc.assert(
      fc.property(fc.array(treeArb.tree, { minLength: 1, maxLength: 4 }), (trees) => {
        document.body.replaceChildren(...trees.map((t) => build(document, t)));
        expect(shape([...walkBlocks(document.body)])).toEqual(shape(referenceBlocks(document.body)));
        // From an inner element too, as a pass over new content starts.
        const inner = document.body.firstElementChild!;
        expect(shape([...walkBlocks(inner)])).toEqual(shape(referenceBlocks(inner)));
      }),
      { numRuns: 500 },
    );
    // 500 random trees: over the 5 s default when the cores are shared (round 21).
  }, 20_000);

  it('reads open shadow roots, a name across inline tags as one block, and skips code', () => {
    document.body.innerHTML =
      '<p>Sam <a href="#">Alt<b>man</b></a> said</p><pre>OpenAI</pre><div id="host">after</div><p>last</p>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>in the shadow</p>';
    expect([...walkBlocks(document.body)].map((b) => b.text)).toEqual([
      'Sam Altman said',
      'in the shadow',
      'after',
      'last',
    ]);
  });

  it.each<[string, string, string[]]>([
    [
      'a card whose numeral comes first',
      '<div><span class="n">9</span><span class="l">seats the board may grow to</span></div>',
      ['9', 'seats the board may grow to'],
    ],
    [
      'a card whose label comes first, a note after',
      '<div><span>Microsoft’s share of the profits</span><b>75%</b><small>until repaid</small></div>',
      ['Microsoft’s share of the profits', '75%', 'until repaid'],
    ],
    [
      'a hedged numeral',
      '<li><strong>~505</strong><em>names on the first copy</em></li>',
      ['~505', 'names on the first copy'],
    ],
    [
      'a numeral with its plus',
      '<div><span>700+</span><span>signers by Monday night</span></div>',
      ['700+', 'signers by Monday night'],
    ],
  ])('a value glued to its label across an element edge is an item of its own: %s', (_, html, texts) => {
    document.body.innerHTML = html;
    expect([...walkBlocks(document.body)].map((b) => b.text)).toEqual(texts);
  });

  it.each<[string, string]>([
    ['a footnote mark', '<p>Altman<sup>2</sup> was back by Wednesday.</p>'],
    ['a formula’s index', '<p>Water is H<sub>2</sub>O.</p>'],
    ['a value with a space before its word', '<p>Some <b>505</b> staff signed.</p>'],
    ['a value inside a word’s own markup', '<p>The <a href="#">GPT-<b>4</b></a> launch.</p>'],
    ['a value that is not alone in its node', '<p><span>Q3</span><span>2023 results</span></p>'],
  ])('a value that reads with its sentence stays in it: %s', (_, html) => {
    document.body.innerHTML = html;
    expect([...walkBlocks(document.body)]).toHaveLength(1);
  });

  it('text nodes split inside one element, as frameworks render them, stay one run of text', () => {
    document.body.innerHTML = '<p>Staff: <b>505OpenAI</b> workers</p>';
    const bold = document.querySelector('b')!.firstChild as Text;
    bold.splitText(3);
    expect([...walkBlocks(document.body)].map((b) => b.text)).toEqual(['Staff: 505OpenAI workers']);
  });
});
