import { describe, expect, it } from 'vitest';
import { BlockRoles } from '../../src/content/blockRole.ts';
import { walkBlocks } from '../../src/content/collectBlocks.ts';
import type { BlockRole } from '../../src/core/page/blockRole.ts';

/** Each block of `html` with the role the content adapter reads for it. */
function roles(html: string): Array<[string, BlockRole | undefined]> {
  document.body.innerHTML = html;
  const reader = new BlockRoles();
  return [...walkBlocks(document.body)].map((b) => [b.text.trim(), reader.of(b)]);
}

/** The set kind of the block whose text is `text`. */
const setOf = (html: string, text: string) => roles(html).find(([t]) => t === text)?.[1]?.set;

describe('BlockRoles: a quiz’s or poll’s options across sibling elements', () => {
  const markups = [
    '<ol><li>(a) Three</li><li>(b) Four</li><li>(c) Six</li></ol>',
    '<div class="choices"><div class="choice">(a) Three</div><div class="choice">(b) Four</div><div class="choice">(c) Six</div></div>',
    '<table><tr><td>(a) Three</td><td>(b) Four</td><td>(c) Six</td></tr></table>',
    '<div role="radiogroup"><label class="opt"><p>(a) Three</p></label><label class="opt"><p>(b) Four</p></label><label class="opt"><p>(c) Six</p></label></div>',
    '<dl><dd>(a) Three</dd><dd>(b) Four</dd><dd>(c) Six</dd></dl>',
  ];
  it.each(markups)('reads each option as one of a set: %s', (html) => {
    expect(setOf(html, '(b) Four')).toBe('options');
  });

  it('reads no options in a numbered list of claims (only its numbering), nor in a list of facts', () => {
    expect(
      setOf(
        '<ol><li>1. The board fired Altman</li><li>2. Staff threatened to quit</li></ol>',
        '1. The board fired Altman',
      ),
    ).toBe('enumerated');
    expect(
      setOf(
        '<ul><li>Brockman quit on Friday.</li><li>Microsoft hired him on Sunday.</li></ul>',
        'Brockman quit on Friday.',
      ),
    ).toBeUndefined();
  });
});

describe('BlockRoles: a list of works named', () => {
  const item = 'Nadella’s post on the hire, Nov. 19';
  const markups = [
    `<h2>Links from the show</h2><ul><li>${item}</li><li>Brockman’s thread on leaving, Nov. 17</li></ul>`,
    `<section><div class="ref"><p>${item}</p></div><div class="ref"><p>The staff letter, as published, Nov. 20</p></div></section>`,
    `<table><tr><td>${item}</td></tr><tr><td>The board’s announcement, Nov. 17</td></tr></table>`,
    `<dl><dt>Sources</dt><dd>${item}</dd><dd>Altman’s interview with a podcast (2023)</dd></dl>`,
  ];
  it.each(markups)('reads its items as titles: %s', (html) => {
    expect(setOf(html, item)).toBe('titles');
  });

  it('judges a dd with the dds, not with the dated dts beside them, and reads no set in headings', () => {
    const timeline =
      '<dl><dt>Friday, Nov. 17</dt><dd>The board says Altman was not candid.</dd><dt>Sunday, Nov. 19</dt><dd>Microsoft says it has hired him.</dd></dl>';
    expect(roles(timeline).map(([, role]) => role?.set)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const outline =
      '<h2>The letter’s demands, Nov. 20</h2><p>Staff want the board gone.</p><h2>Microsoft’s statement, Nov. 19</h2>';
    expect(roles(outline).map(([, role]) => role?.set)).toEqual([undefined, undefined, undefined]);
  });

  it('keeps a list of facts with finite verbs, and a timeline of headline clauses', () => {
    const facts = '<ul><li>Nadella hired Altman on Nov. 19</li><li>Brockman quit on Nov. 17</li></ul>';
    expect(setOf(facts, 'Nadella hired Altman on Nov. 19')).toBeUndefined();
    const timeline =
      '<ul><li>Altman ousted by board, Nov. 17</li><li>Shear named interim chief, Nov. 19</li></ul>';
    expect(setOf(timeline, 'Altman ousted by board, Nov. 17')).toBeUndefined();
  });
});

describe('BlockRoles: page chrome and a scoreboard’s cells', () => {
  it('reads a footer, an address and a contact block as chrome, and an article’s paragraph as none', () => {
    for (const html of [
      '<footer><p>Newsletter Inc · 1100 Example Ave, Springfield</p></footer>',
      '<address>Newsletter Inc<br>1100 Example Ave</address>',
      '<div role="contentinfo"><span>1100 Example Ave</span></div>',
      '<div class="contact"><p>Call 555 0100</p></div>',
    ])
      expect(roles(html).every(([, role]) => role?.chrome === true)).toBe(true);
    expect(roles('<article><p>Four directors voted.</p></article>')[0]![1]).toBeUndefined();
  });

  it('reads a cell’s column header and how many columns hold numbers alone', () => {
    const grid =
      '<table><tr><th>Side</th><th>Fri</th><th>Sat</th></tr><tr><td>Board</td><td>1</td><td>0</td></tr><tr><td>Staff</td><td>0</td><td>3</td></tr></table>';
    expect(roles(grid).find(([t]) => t === '3')?.[1]).toEqual({
      column: { header: 'Sat', numericColumns: 2 },
    });
    const keyNumbers =
      '<table><tr><th>What</th><th>Number</th></tr><tr><td>Signatures</td><td>700+</td></tr><tr><td>Staff</td><td>770</td></tr></table>';
    expect(roles(keyNumbers).find(([t]) => t === '770')?.[1]).toEqual({
      column: { header: 'Number', numericColumns: 1 },
    });
  });
});

describe('BlockRoles: a list of open questions', () => {
  const markups = [
    '<ul><li>How many staff would leave.</li><li>Whether the talks resume.</li></ul>',
    '<div><p class="q">How many staff would leave.</p><p class="q">Whether the talks resume.</p></div>',
    '<table><tr><td>How many staff would leave.</td></tr><tr><td>Whether the talks resume.</td></tr></table>',
    '<dl><dd>How many staff would leave.</dd><dd>Whether the talks resume.</dd></dl>',
  ];
  it.each(markups)('reads its items as questions: %s', (html) => {
    expect(setOf(html, 'How many staff would leave.')).toBe('questions');
  });
});

describe('BlockRoles: a stat card’s value and the side its label stands on', () => {
  const labelAfter = [
    '<div class="grid"><div class="card"><b>4</b><p>directors voted</p></div><div class="card"><b>700+</b><p>signed the letter</p></div></div>',
    '<ul class="stats"><li><div>4</div><div>directors voted</div></li><li><div>700+</div><div>signed the letter</div></li></ul>',
    '<section><figure class="stat"><div>4</div><figcaption>directors voted</figcaption></figure><figure class="stat"><div>700+</div><figcaption>signed the letter</figcaption></figure></section>',
    '<dl class="tiles"><dd><span class="big">4</span><br><span>directors voted</span></dd><dd><span class="big">700+</span><br><span>signed the letter</span></dd></dl>',
  ];
  it.each(labelAfter)('reads the label after the value: %s', (html) => {
    expect(roles(html).find(([t]) => t === '700+')?.[1]?.cardLabel).toBe('after');
  });

  it('reads a label before its value, and none for a value alone in its item or in prose', () => {
    const before =
      '<div class="row"><div class="kpi"><p>Staff who signed</p><p>700+</p></div><div class="kpi"><p>Directors</p><p>4</p></div></div>';
    expect(roles(before).find(([t]) => t === '700+')?.[1]?.cardLabel).toBe('before');
    const bare = '<ul><li>4</li><li>700+</li></ul>';
    expect(roles(bare).find(([t]) => t === '700+')?.[1]?.cardLabel).toBeUndefined();
    const prose = '<article><p>4</p><p>directors voted.</p></article>';
    expect(roles(prose).find(([t]) => t === '4')?.[1]?.cardLabel).toBeUndefined();
  });
});

describe('BlockRoles: items numbered in order', () => {
  const markups = [
    '<ol class="ranks"><li><div>1</div><div>Satya Nadella</div></li><li><div>2</div><div>The staff</div></li><li><div>3</div><div>Emmett Shear</div></li></ol>',
    '<div class="board"><div class="pos"><b class="n">1</b><p>Satya Nadella</p></div><div class="pos"><b class="n">2</b><p>The staff</p></div><div class="pos"><b class="n">3</b><p>Emmett Shear</p></div></div>',
    '<table><tr><td>1</td><td>Satya Nadella</td></tr><tr><td>2</td><td>The staff</td></tr><tr><td>3</td><td>Emmett Shear</td></tr></table>',
    '<dl><dd><p>1</p><p>Satya Nadella</p></dd><dd><p>2</p><p>The staff</p></dd><dd><p>3</p><p>Emmett Shear</p></dd></dl>',
  ];
  it.each(markups)('reads each place as an item of an enumerated set: %s', (html) => {
    expect(roles(html).find(([t]) => t === '2')?.[1]?.set).toBe('enumerated');
  });

  it('reads no enumeration in a grid of counts that does not run 1, 2, 3', () => {
    const grid =
      '<div class="grid"><div class="card"><b>505</b><p>signed by morning</p></div><div class="card"><b>1</b><p>director who regrets it</p></div><div class="card"><b>2</b><p>founders out</p></div></div>';
    expect(roles(grid).find(([t]) => t === '1')?.[1]?.set).toBeUndefined();
  });
});
