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

  it('reads no options in a numbered list of claims, nor in a list of facts', () => {
    expect(
      setOf(
        '<ol><li>1. The board fired Altman</li><li>2. Staff threatened to quit</li></ol>',
        '1. The board fired Altman',
      ),
    ).toBeUndefined();
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
