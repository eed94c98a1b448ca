import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/core/match/findNames.ts';
import { marked, matcher } from './helpers/annotate.ts';

const names = (text: string) =>
  findNames(matcher, text).map((h) => [h.entityId, text.slice(h.start, h.end), h.tier]);
/** Story context for pages where a surname should count. */
const STORY = 'OpenAI fired Sam Altman. ';

describe('findNames', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['longest match wins', 'Sam Altman spoke.', [['sam-altman', 'Sam Altman']]],
    ['possessive', "Altman's return", [['sam-altman', 'Altman']]],
    ['curly possessive', 'OpenAI’s board', [['openai', 'OpenAI']]],
    ['spaced misspelling', 'Open AI said', [['openai', 'Open AI']]],
    ['line break inside a name', 'Sam\nAltman', [['sam-altman', 'Sam\nAltman']]],
    ['non-breaking space', 'Ilya\u00a0Sutskever', [['ilya-sutskever', 'Ilya\u00a0Sutskever']]],
    ['curly apostrophe in a name', 'Adam D’Angelo', [['adam-d-angelo', 'Adam D’Angelo']]],
    ['misspelling the reports show', 'Brett Taylor will chair', [['bret-taylor', 'Brett Taylor']]],
    [
      'headline capitals',
      'SAM ALTMAN RETURNS TO OPENAI',
      [
        ['sam-altman', 'SAM ALTMAN'],
        ['openai', 'OPENAI'],
      ],
    ],
    [
      'hyphenated product',
      'GPT-4 and GPT-4o',
      [
        ['gpt-4', 'GPT-4'],
        ['gpt-4o', 'GPT-4o'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(names(text).map(([id, t]) => [id, t])).toEqual(expected);
  });

  it.each([
    ['lowercase common word', 'shear stress and thrive'],
    ['inside a longer word', 'Altmanesque OpenAIs Shearwater'],
    ['email and URL', 'write to sam@openai.com or see openai.com/blog'],
  ])('finds nothing in a %s', (_, text) => {
    expect(names(text)).toEqual([]);
  });

  it('tells full names from surnames and ambiguous names', () => {
    expect(names('Sam Altman, Altman, Kevin Scott, Scott')).toEqual([
      ['sam-altman', 'Sam Altman', 'full'],
      ['sam-altman', 'Altman', 'context'],
      ['kevin-scott', 'Kevin Scott', 'full'],
      ['kevin-scott', 'Scott', 'ambiguous'],
    ]);
  });
});

describe('which names are highlighted on a page', () => {
  it('counts a distinctive surname on a page about the story', () => {
    expect(marked(`${STORY}Altman was stunned.`, 'entity')).toEqual([
      ['openai', 'OpenAI'],
      ['sam-altman', 'Sam Altman'],
      ['sam-altman', 'Altman'],
    ]);
  });

  it('counts an ambiguous surname only where the page names the person in full', () => {
    expect(marked(`${STORY}Scott and Taylor said nothing.`, 'entity').map(([id]) => id)).toEqual([
      'openai',
      'sam-altman',
    ]);
    expect(
      marked([`${STORY}Microsoft CTO Kevin Scott called.`, 'Scott said Taylor would not.'], 'entity').map(
        ([, t]) => t,
      ),
    ).toEqual(['OpenAI', 'Sam Altman', 'Microsoft', 'Kevin Scott', 'Scott']);
  });

  it('marks nothing on a page not about the story', () => {
    expect(marked('Kevin Scott scored twice as Microsoft and Google sponsors watched.', 'entity')).toEqual(
      [],
    );
    expect(marked('Shear forces and Taylor series, by Scott.', 'entity')).toEqual([]);
  });
});
