import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/core/match/findNames.ts';
import { annotate, marked, matcher } from './helpers/annotate.ts';

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
    ['narrow no-break space', 'Mira\u202fMurati', [['mira-murati', 'Mira\u202fMurati']]],
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
    ['lowercase common word', 'the shear stress rose as the startups thrive.'],
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

describe('a surname after another first name is someone else', () => {
  const surnames = (text: string) =>
    names(text).filter(([id]) => id === 'sam-altman' || id === 'greg-brockman');

  it.each([
    ['a relative', 'He spoke on his brother Jack Altman’s podcast.'],
    ['a namesake in a list', 'Guests included Annie Altman and Max Brockman.'],
  ])('leaves %s unmarked', (_, text) => {
    expect(surnames(text)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['a title', 'Chief Executive Altman said little.', 'Altman'],
    ['a weekday', 'On Thursday Altman spoke to staff.', 'Altman'],
    ['a month', 'In November Brockman quit.', 'Brockman'],
    ['the start of a sentence', 'Ousted Altman returns.', 'Altman'],
    ['a headline in title case', 'Microsoft Hires Altman After Ouster', 'Altman'],
    ['an organisation before it', 'OpenAI cofounder Brockman quit.', 'Brockman'],
    ['the person’s own first name', 'Sam Altman spoke.', 'Sam Altman'],
    [
      'a question’s first word after a speaker label',
      'NIKHIL [00:16:02] Would Altman have stayed?',
      'Altman',
    ],
    ['the first word after a timestamp', 'ODETTE [00:14:39] Honestly Altman never explained.', 'Altman'],
    ['an auxiliary opening a question mid-line', 'So, Could Brockman come back?', 'Brockman'],
  ])('still takes the surname after %s', (_, text, name) => {
    expect(surnames(text).map(([, t]) => t)).toEqual([name]);
  });
});

describe('a first name alone before "and" another first name and a surname is one of a couple of others', () => {
  const people = (text: string) => names(text).map(([id, t]) => [id, t]);

  it.each([
    ['a couple', 'Greg and Ilsa Marten opened the bakery in 1998.'],
    ['with an ampersand', 'Sam & Lena Okafor run the shop.'],
  ])('leaves %s unmarked', (_, text) => {
    expect(people(text)).toEqual([]);
  });

  it('still takes a first name before a pair the dataset knows', () => {
    expect(people('Sam and Greg Brockman left together.')).toEqual([
      ['sam-altman', 'Sam'],
      ['greg-brockman', 'Greg Brockman'],
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

/** Pages that name the people and firms in full, so their shorter forms may count. */
const FULL =
  'OpenAI fired Sam Altman. Emmett Shear, Thrive Capital, Will Hurd, Mark Chen, Brad Lightcap and Larry Summers.';
const onPage = (sentence: string) =>
  annotate([FULL, sentence])
    .blocks[1]!.filter((h) => h.kind === 'entity')
    .map((h) => [h.id, h.text]);

describe('name forms pages write and the dataset does not list', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['a lowercase full name', 'emmett shear is interim ceo now', [['emmett-shear', 'emmett shear']]],
    ['a lowercase surname in a post', 'lol nadella just won the weekend', [['satya-nadella', 'nadella']]],
    [
      'an ordinary word as a lowercase name before its verb',
      'shear is out and thrive backed the tender',
      [
        ['emmett-shear', 'shear'],
        ['thrive-capital', 'thrive'],
      ],
    ],
    [
      'an ordinary word with a possessive',
      "honestly thrive's offer was the whole story",
      [['thrive-capital', 'thrive']],
    ],
    [
      'an ordinary word after a preposition',
      'the tender was led by thrive, apparently',
      [['thrive-capital', 'thrive']],
    ],
    [
      'a first name alone that is an ordinary word',
      'On Tuesday, Will said the board had erred.',
      [['will-hurd', 'Will']],
    ],
    [
      'an honorific before an ordinary word',
      'Mr Summers declined to comment.',
      [['larry-summers', 'Summers']],
    ],
    [
      'an honorific before a surname',
      'Ms Murati and Mr Altman met.',
      [
        ['mira-murati', 'Murati'],
        ['sam-altman', 'Altman'],
      ],
    ],
    ['a first name alone', 'Later, Brad told staff to wait.', [['brad-lightcap', 'Brad']]],
    [
      'a capitalised ordinary word before its verb',
      'Thrive declined to comment.',
      [['thrive-capital', 'Thrive']],
    ],
    ['"Open AI" with a space', 'Open AI said nothing.', [['openai', 'Open AI']]],
  ])('%s', (_, sentence, expected) => {
    expect(onPage(sentence)).toEqual(expected);
  });

  it.each([
    ['a physics term', 'The shear force on the beam doubled.'],
    ['a lowercase physics term in informal text', 'lol the shear stress on that beam tho'],
    ['a verb in informal text', 'startups thrive when money is cheap'],
    ['a verb after a subject', 'Companies can thrive without a board like that.'],
    ['a modal', 'We will see what the board does. Will the board resign?'],
    ['a noun after an article', 'It left a mark of distrust on the company.'],
    ['a capitalised ordinary word heading its sentence', 'Brad nails hold the trim in place.'],
    ['a title-case headline', 'Why Investors Will Thrive Again'],
    ['a name shared by two people', 'Mark said the memo was clear.'],
    ['a toner cartridge', 'The printer ran out of toner again.'],
  ])('leaves %s alone', (_, sentence) => {
    expect(onPage(sentence)).toEqual([]);
  });

  it('takes a first name alone only where the page names the person in full', () => {
    expect(
      marked(['OpenAI fired Sam Altman.', 'On Tuesday, Brad said little.'], 'entity').map(([id]) => id),
    ).toEqual(['openai', 'sam-altman']);
  });
});
