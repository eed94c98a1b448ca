import { describe, expect, it } from 'vitest';
import { marked } from './helpers/annotate.ts';

/*
 * Shared names alone: a surname counts by the company it keeps (listed beside another of the story's
 * people), and a first name is not the story's person where the writer talks to or knows someone of
 * that name, or where the page names another person with it. Every line is invented.
 */
const LEAD = 'OpenAI’s board removed Sam Altman on Friday; Greg Brockman quit the same night.';
/** The names of an entity marked on a page that opens with LEAD. */
const namesOf = (id: string, ...blocks: string[]) =>
  marked([LEAD, ...blocks], 'entity')
    .filter(([entity]) => entity === id)
    .map(([, text]) => text);

describe('a shared surname listed beside another of the story’s people', { timeout: 30000 }, () => {
  it.each<[string, string, string, string[]]>([
    [
      'a pair joined by "and"',
      'helen-toner',
      'Of the old directors, Toner and McCauley left first.',
      ['Toner'],
    ],
    ['after a colon', 'helen-toner', 'Two of them resigned within weeks: McCauley and Toner.', ['Toner']],
    [
      'with an aside between',
      'larry-summers',
      "The new board: Summers, the former Treasury chief, and D'Angelo, who stayed on.",
      ['Summers'],
    ],
    [
      'with ages, as a fact box lists them',
      'larry-summers',
      'Ages: Sutskever, 37, Summers, 68.',
      ['Summers'],
    ],
    ['two shared surnames together', 'bret-taylor', 'THE NEWCOMERS: Taylor and Summers', ['Taylor']],
    [
      'with a role in a few words, no comma',
      'bret-taylor',
      "New board: Taylor chairing, Larry Summers, and D'Angelo staying put.",
      ['Taylor'],
    ],
    [
      'with a role after "as"',
      'bret-taylor',
      'Taylor as chair and Larry Summers as the heavyweight: that is the board.',
      ['Taylor'],
    ],
    [
      'with a role after the second, in the chair',
      'larry-summers',
      'Bret Taylor in the chair, Summers beside him.',
      ['Summers'],
    ],
    [
      'with a role after "at"',
      'larry-summers',
      "Summers at 68 and Adam D'Angelo: a board of three.",
      ['Summers'],
    ],
    ['and alone later on the page', 'bret-taylor', 'Enter Taylor and Summers.', ['Taylor', 'Taylor']],
  ])('%s', (_, id, text, expected) => {
    const blocks = expected.length > 1 ? [text, 'Taylor, a software executive, will chair it.'] : [text];
    expect(namesOf(id, ...blocks)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    [
      'a surname alone, in no list',
      'helen-toner',
      'The printer is out of toner again, and Toner Depot is closed.',
    ],
    [
      'beside a first name alone',
      'bret-taylor',
      'It was Sam and Taylor who ran the offsite, a staffer said.',
    ],
    [
      'another first name before it',
      'larry-summers',
      'Seen at the gala: Dana Summers (a lawyer), McCauley and two donors.',
    ],
    ['a list of strangers', 'bret-taylor', 'The band is Taylor, Rivera and Cho.'],
    ['two shared surnames the story never puts together', 'bret-taylor', 'Scott and Taylor said nothing.'],
    ['a role before strangers', 'bret-taylor', 'Taylor singing, Rivera on drums and Cho on bass.'],
    [
      'a long clause before the next name',
      'bret-taylor',
      'Taylor said that he would look into it, Larry Summers recalled.',
    ],
  ])('not %s', (_, id, text) => {
    expect(namesOf(id, text)).toEqual([]);
  });
});

describe('a shared surname set in capitals, in a list of the story’s people', { timeout: 30000 }, () => {
  // A chyron, a caption or a fact box sets the names in capitals: the capital says nothing there, the list does.
  it.each<[string, string, string[]]>([
    [
      'a board after a dash, with a role in brackets',
      "THE NEW BOARD — TAYLOR (CHAIR), SUMMERS AND D'ANGELO",
      ['TAYLOR', 'SUMMERS'],
    ],
    [
      'cells split by middle dots',
      "TAYLOR · SUMMERS · D'ANGELO: THE BOARD THAT BROUGHT HIM BACK",
      ['TAYLOR', 'SUMMERS'],
    ],
    ['ages after each, split by bars', 'WHO JOINS: TAYLOR, 43 | SUMMERS, 68', ['TAYLOR', 'SUMMERS']],
    ['split by slashes', "BOARD SEATS: D'ANGELO / SUMMERS / TAYLOR", ['SUMMERS', 'TAYLOR']],
  ])('%s', (_, text, expected) => {
    const names = marked([LEAD, text], 'entity')
      .filter(([id]) => id === 'bret-taylor' || id === 'larry-summers')
      .map(([, t]) => t);
    expect(names).toEqual(expected);
  });

  it.each([
    ['alone in a headline', 'TAYLOR SWIFT ADDS A THIRD NIGHT IN SANTA CLARA'],
    ['an ordinary word in capitals', 'LONG HOT SUMMERS AHEAD FOR THE CHIPMAKERS'],
    ['in a list of strangers', 'TONIGHT: TAYLOR, RIVERA AND CHO'],
    ['beside a first name alone', 'SAM AND TAYLOR RAN THE OFFSITE'],
  ])('not %s', (_, text) => {
    const names = marked([LEAD, text], 'entity').filter(
      ([id]) => id === 'bret-taylor' || id === 'larry-summers',
    );
    expect(names).toEqual([]);
  });
});

describe('a short name of a fund listed beside other organisations of the story', { timeout: 30000 }, () => {
  const fundNames = (...blocks: string[]) => namesOf('thrive-capital', ...blocks);
  it.each<[string, string]>([
    ['in brackets after "investors"', 'His backers (Thrive, Sequoia and Khosla Ventures) wanted him back.'],
    ['after "including"', 'Investors including Khosla Ventures, Thrive and Tiger Global lobbied the board.'],
    ['a pair with "and"', 'Thrive and Microsoft had the most to lose.'],
    ['after a colon', 'The tender’s buyers: Tiger Global, Thrive.'],
  ])('%s', (_, text) => {
    expect(fundNames(text)).toEqual(['Thrive']);
  });

  it('and alone later on the page, as the subject', () => {
    expect(
      fundNames('Investors (Thrive, Sequoia) pushed.', 'Meanwhile Thrive was to lead the share sale.'),
    ).toEqual(['Thrive', 'Thrive']);
  });

  it.each([
    ['an ordinary verb', 'Start-ups thrive when Microsoft and Google compete.'],
    ['another company of that name', 'Thrive Global, Calm and Headspace all grew last year.'],
    ['a list of strangers', 'Apps like Thrive, Calm and Headspace are booming.'],
    ['beside a person, not an organisation', 'Altman and Thrive spoke on Monday.'],
  ])('not %s', (_, text) => {
    expect(fundNames(text)).toEqual([]);
  });
});

describe('a first name the writer talks to or knows', { timeout: 30000 }, () => {
  it.each([
    ['spoken to at the end of a sentence', 'Good question, Greg. Next caller.'],
    ['thanked in a reply', 'Thanks, Sam! That clears it up.'],
    ['spoken to at the start', 'Greg, you have been patient with us.'],
    ['a caller by the place', 'Sam in Dayton, go ahead.'],
    ['a letter-writer by the place', 'Greg from Boise writes that the board was right.'],
    ['the writer’s own people', 'My brother Sam thinks the whole thing was staged.'],
    ['the reader’s own people', 'Ask your coworker Greg what he would have done.'],
    ['a sign-off after the last sentence', 'Called it on Friday. — Sam'],
    ['a sign-off with an aside', 'Told you all so. -- Greg (lurker since 2019)'],
    ['a name its writer disowns in brackets', 'Sam (the other one), posting from the night shift.'],
    ['a name with no relation', 'Greg (no relation) here: the board blew it.'],
    ['a commenter’s name and town, alone on its line', 'Greg from Tacoma'],
    ['a shop named after its owner', 'Sam’s Bakery on Fifth Street closes for good on Sunday.'],
    ['a garage named after its owner', "Greg's Auto Body reopened after the flood."],
    ['a reader signing a quoted question with a town', '“Who runs the company today?” — Sam, Phoenix'],
    ['a reader signing with a town and a state', 'Is the deal final? — Greg, Austin, Texas'],
    ['a reader signing a question after a dash', '“Why did nobody warn Microsoft?” – Greg, Dublin'],
    ['a caller introducing himself', '“Sam from Dayton here, long-time listener.”'],
    ['a caller introducing herself by town', 'Greg in Leeds here: the board was out of its depth.'],
    ['a commenter’s name, age and state heading a comment', 'Sam, 10, Ohio\nI think the workers were brave.'],
    ['a commenter’s name and town heading a comment', 'Greg, Leeds\nThe board should have explained itself.'],
    ['a reader naming herself', 'My name is Sam too! I think the workers were brave.'],
    ['a reader naming himself with a contraction', 'Hi, my name’s Greg and I work in a bank.'],
  ])('%s', (_, text) => {
    const page = [LEAD, 'Sam and Greg were back by Wednesday.', text];
    const ids = marked(page, 'entity').map(([id, t]) => `${id}:${t}`);
    // The story's Sam and Greg in the second block; nobody in the third.
    expect(ids.filter((x) => x === 'sam-altman:Sam' || x === 'greg-brockman:Greg')).toHaveLength(2);
  });

  it.each([
    ['the story’s person after a comma, in a list', 'The three who came back: Ilya, Sam and Greg.', 2],
    ['the story’s person starting a sentence', 'Sam, for his part, said nothing on Monday.', 1],
    ['the story’s person in a city', 'Sam in San Francisco said he loved the team.', 1],
    [
      'the story’s person, turned to at the end of a long line',
      'You cannot fire your way out of this one, Sam!',
      1,
    ],
    ['the story’s person signing a quoted line', '“We are so back.” — Sam', 1],
    ['the story’s person signing a quoted line with his company', '“We are so back.” — Sam, OpenAI', 1],
    ['the story’s person signing with his title', '“Love the team.” — Sam, chief executive', 1],
    ['the story’s people in a list with their roles', 'Who is back — Sam (CEO) and Greg (president).', 2],
    [
      'the story’s person’s possessive before a name the story knows',
      'Sam’s OpenAI is a different company now.',
      1,
    ],
    ['the story’s person’s possessive before a common noun', 'Sam’s return took five days.', 1],
    ['the story’s person from the story’s company, alone on a line', 'Sam from OpenAI', 1],
    ['the story’s person heading a line with his company', 'Sam, OpenAI\nWe are so back.', 1],
    ['the story’s person heading a line with his age', 'Sam, 38, was fired on Friday.', 1],
    ['the story’s person in a reader’s question about names', 'Is his name Sam or Samuel?', 1],
  ])('still marks %s', (_, text, count) => {
    const page = [LEAD, text];
    const names = marked(page, 'entity').filter(
      ([id, t]) => (id === 'sam-altman' && t === 'Sam') || (id === 'greg-brockman' && t === 'Greg'),
    );
    expect(names).toHaveLength(count);
  });
});

describe('a first name as a spelling the dataset lists writes it', { timeout: 30000 }, () => {
  // "Brett Taylor" is a misspelling pages print; "Lawrence Summers" the name on his papers.
  it.each<[string, string, string[], string[]]>([
    [
      'a correction quoting the misspelling',
      'bret-taylor',
      ['Bret Taylor will chair the board.', 'An earlier version spelled his first name Brett.'],
      ['Bret Taylor', 'Brett'],
    ],
    [
      'both spellings side by side',
      'bret-taylor',
      ['Bret Taylor will chair the board.', 'It is Bret, not Brett, a reader reminds us.'],
      ['Bret Taylor', 'Bret', 'Brett'],
    ],
    [
      'the name on his papers',
      'larry-summers',
      ['Larry Summers joined the board.', 'Friends call him Larry; his Harvard papers say Lawrence.'],
      ['Larry Summers', 'Larry', 'Lawrence'],
    ],
    [
      'a slip corrected mid-sentence',
      'bret-taylor',
      ['Bret Taylor will chair the board.', 'Brett — sorry, Bret — has chaired boards before.'],
      ['Bret Taylor', 'Brett', 'Bret'],
    ],
  ])('%s', (_, id, blocks, expected) => {
    expect(namesOf(id, ...blocks)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    [
      'another Brett in full',
      ['Bret Taylor will chair the board.', 'Brett Kavanaugh was confirmed in 2018.'],
    ],
    ['a page that never names him in full', ['Brett said the board had erred.']],
    ['a couple of others', ['Bret Taylor will chair the board.', 'Brett and Ilsa Marten hosted the dinner.']],
    [
      'the misspelling in quote marks, talked about',
      ['Bret Taylor will chair the board.', 'A caption misspelt his first name as "Brett".'],
    ],
  ])('not %s', (_, blocks) => {
    expect(namesOf('bret-taylor', ...blocks).filter((t) => t === 'Brett')).toEqual([]);
  });
});

it('a misspelt first name is no habit of calling the story’s people by first name', () => {
  const page = [
    'Bret Taylor will chair the board.',
    'His first name was misspelled as Brett.',
    'The winner was Dana Reyes, not her brother Tom.',
  ];
  expect(marked(page, 'entity').filter(([id]) => id === 'tom-cunningham')).toEqual([]);
});

describe('a shared name the page gives someone else', { timeout: 30000 }, () => {
  it('a first name: "Tom" alone is not the story’s Tom where the page names another Tom', () => {
    const page = [
      LEAD,
      'Sam and Greg were back by Wednesday.',
      'Hosted by Nia Park and Tom Varga.',
      'Tom’s inbox filled up overnight.',
    ];
    expect(marked(page, 'entity').filter(([id]) => id === 'tom-cunningham')).toEqual([]);
  });

  it('a surname: a listed "Summers" is not Larry Summers where the page names another Summers', () => {
    const page = ['Jo Summers — Halvard & Pike, Oakland.', 'Enter Taylor and Summers.'];
    expect(namesOf('larry-summers', ...page)).toEqual([]);
  });

  it('where the page names the story’s person in full, the name alone stays theirs', () => {
    const page = ['Nia Park and Sam Varga wrote this.', 'Sam got his job back within five days.'];
    expect(namesOf('sam-altman', ...page)).toEqual(['Sam Altman', 'Sam']);
  });

  it('a sentence that opens with a verb before a surname gives it to nobody else', () => {
    expect(namesOf('mira-murati', 'Add Murati, and the tally of chiefs reaches three.')).toEqual(['Murati']);
  });

  it('still marks the surname where no one else has it', () => {
    expect(namesOf('larry-summers', 'Larry Summers joined the board.', 'Summers said little.')).toEqual([
      'Larry Summers',
      'Summers',
    ]);
  });
});
