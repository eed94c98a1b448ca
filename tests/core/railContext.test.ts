import { describe, expect, it } from 'vitest';
import {
  isCitedTitle,
  isFurniture,
  isFurnitureLine,
  railAfter,
  railHeadingOf,
  type Rail,
} from '../../src/core/page/railContext.ts';
import { callInWorker } from './helpers/callInWorker.ts';

const RAIL_CONTEXT = new URL('../../src/core/page/railContext.ts', import.meta.url);
/** Long enough for a worker to start on a loaded machine; a line that backtracks takes hours. */
const WORKER_LIMIT_MS = 20_000;

/** Walks blocks in order as leadAfter does, and says which state no claim. */
function furnitureOf(blocks: string[], kind: 'statement' | 'figure' = 'statement'): boolean[] {
  let rail: Rail | undefined;
  let previousLabel = false;
  return blocks.map((text) => {
    const quiet = isFurniture(text, rail, kind);
    rail = railAfter(text, rail, previousLabel);
    previousLabel = text.length <= 160 && !/[.!?]["”’)]?\s*$/.test(text.trim());
    return quiet;
  });
}

const PROSE =
  'The regulator said on Tuesday that the merger would be reviewed in full, a process that usually takes several months, and that the two companies had agreed to answer its questions.';

describe('railContext', () => {
  it('knows the headings of link rails and of reference lists, in any case', () => {
    for (const h of [
      'Read also',
      'ALSO READ',
      'More on this story',
      'Most popular',
      'Recommended for you',
      'From the archive',
      'Watch more',
      'Related stories',
    ])
      expect(railHeadingOf(h)).toBe('links');
    for (const h of [
      'References',
      'Notes',
      'Sources',
      'Further reading',
      'See also',
      'Bibliography',
      'External links',
    ])
      expect(railHeadingOf(h)).toBe('references');
  });

  it('knows a rail headed by "More" and a section or a kind of linked page, in any case', () => {
    for (const h of [
      'More Opinion',
      'More business news',
      'MORE TECH STORIES',
      'More Markets',
      'More AI coverage',
      'More top stories',
      'More Sport',
      'More from Business',
      'More videos',
      'More columnists',
      'More world headlines',
      '» More Climate',
      'More interviews',
      'More reviews',
      'MORE PROFILES',
      'More long reads',
    ])
      expect(railHeadingOf(h)).toBe('links');
    // A story's own subheading opens with "More" and a story's noun: no section, no kind of page.
    for (const h of [
      'More cuts to come',
      'More departures',
      'More turmoil at OpenAI',
      'More than 700 staff signed',
      'More money, more problems',
      // A live blog's divider or a story's subhead names the story's own news, not a section (review22 #1).
      'More updates',
      'More bad news',
      'More staff posts',
      'More reports of resignations',
      'More good news for Altman',
      'More Altman updates',
      'More grim headlines',
    ])
      expect(railHeadingOf(h)).toBeUndefined();
    for (const h of ['More tech news', 'More latest headlines', 'MORE WORLD STORIES', 'More opinion pieces'])
      expect(railHeadingOf(h)).toBe('links');
  });

  it('does not take a section or a live blog for a rail', () => {
    for (const h of [
      'Related developments',
      'Latest',
      'Latest updates',
      'What the sources say',
      'Notes from the hearing',
    ])
      expect(railHeadingOf(h)).toBeUndefined();
  });

  it('knows a furniture line wherever it stands: inline rail leads, hatnotes, reference entries', () => {
    for (const line of [
      'Read also: Regional bank cuts 300 jobs after merger',
      'SEE ALSO | Minister resigns over expenses row',
      'Related: Union threatens strike at port',
      'For other uses, see Mercury (disambiguation).',
      'Main article: 2019 Hong Kong protests',
      '"Port strike" redirects here. For the 1951 dispute, see Waterfront dispute.',
      '^ "Minister quits over expenses". The Herald. 4 May 2021.',
      '[12] "Union calls off strike after pay deal" (3 June 2022).',
      '3. Hughes, "Why the board fired its chair", Financial Review, 2020.',
    ])
      expect(isFurnitureLine(line)).toBe(true);
    for (const line of [
      'Related to the case, prosecutors said, were three other firms.',
      'See you in court, the union told the minister.',
      'The minister resigned on Friday, the Herald reported.',
      '3. The board fired its chair on Friday.',
    ])
      expect(isFurnitureLine(line)).toBe(false);
  });

  it('silences the links under a rail heading until prose resumes', () => {
    expect(
      furnitureOf([
        PROSE,
        'More on this story',
        'Bank fires chief executive after audit',
        'Union backs strike at port',
        PROSE,
      ]),
    ).toEqual([false, false, true, true, false]);
  });

  it('silences a reference list to its end, figures too, and a link rail’s headlines’ figures (convention e)', () => {
    expect(
      furnitureOf(
        [PROSE, 'References', '"Board fires chief" (4 May 2021).', 'Hughes (2020): 41–58.'],
        'figure',
      ),
    ).toEqual([false, false, true, true]);
    expect(furnitureOf([PROSE, 'Related', 'How four directors fired a founder'], 'figure')).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('knows reference lists under joined names, and a front’s "Latest news" as a rail', () => {
    for (const h of [
      'Sources and further reading',
      'Notes & sources',
      'References, notes',
      'Endnotes',
      'Sources consulted',
      'Reading list',
    ])
      expect(railHeadingOf(h)).toBe('references');
    for (const h of ['Latest news', 'Latest headlines', 'LATEST STORIES'])
      expect(railHeadingOf(h)).toBe('links');
    // A note's own subject, or a live blog's "Latest", is no list of other pages.
    for (const h of ['Notes from the hearing', 'Sources say the port will close', 'Latest', 'Latest updates'])
      expect(railHeadingOf(h)).toBeUndefined();
  });

  it('takes a first item run into its heading as the rail’s, and the items after it too', () => {
    for (const opening of [
      'Top stories: Port board fires its chief',
      'TOP STORIES Port board fires its chief',
      'Most read › Port board fires its chief',
      'Latest news\nPort board fires its chief',
      'Sources\nPort board fires its chief, Harbour Times',
    ])
      expect([opening, furnitureOf([PROSE, opening, 'Union backs strike at port', PROSE])]).toEqual([
        opening,
        [false, true, true, false],
      ]);
    // A dateline or a label in capitals, a note after "Notes:", a heading's words in a sentence: the body.
    for (const line of [
      'SAN FRANCISCO The port board fired its chief on Friday.',
      'UPDATE The port board fired its chief on Friday.',
      'Notes: the board fired its chief a day after the audit.',
      'Top stories aside, the board fired its chief on Friday.',
    ])
      expect([line, furnitureOf([PROSE, line, 'Union backs strike at port'])]).toEqual([
        line,
        [false, false, false],
      ]);
    // A one-link pointer in the body is furniture itself, and the subheading after it is the story's again.
    for (const line of ['Read also: Regional bank cuts 300 jobs', 'Related: Union threatens strike at port'])
      expect([line, furnitureOf([PROSE, line, 'Union backs strike at port'])]).toEqual([
        line,
        [false, true, false],
      ]);
  });

  it('ends a rail at the comments: readers speak for themselves', () => {
    expect(
      furnitureOf([PROSE, 'Read more', 'Board fires chief', 'Comments (12)', 'Three directors did this.']),
    ).toEqual([false, false, true, false, false]);
  });

  it('opens no rail at a table column head or a contents entry', () => {
    expect(
      furnitureOf(['Outlet', 'Reported count', 'Notes', 'Business Daily', 'Its story gives 490']),
    ).toEqual([false, false, false, false, false]);
    expect(
      furnitureOf([
        'Observers',
        'See also',
        'References',
        'Directors in 2023',
        'Resigned as president that evening',
      ]),
    ).toEqual([false, false, false, false, false]);
  });

  it('ends a rail at prose that closes with a citation mark', () => {
    expect(furnitureOf([PROSE, 'Related', 'Board fires chief', `${PROSE}[4]`])).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });

  it('knows a cited work by its shape, whatever marks its list: a quoted title, then only outlet and date', () => {
    for (const line of [
      'Wire report, "Council fires chief executive after audit," Nov. 20, 2023.',
      'Tech desk, "Hundreds of dockers tell port: pay up or we strike," Nov. 20, 2023.',
      'Port authority, press release, Nov. 29, 2023; see also "Chief is back at the port with a new board," business daily, Nov. 30, 2023.',
      'Harbour Board, "Leadership transition" announcement, company blog, Nov. 17, 2023.',
      'Hughes, J., "Why the board fired its chair," Financial Review, 2020.',
      '“Union calls off strike after pay deal”, The Herald, 3 June 2022.',
      'See "Minister quits over expenses," The Courier, 2021.',
      'Wire desk, "Port chief reinstated after dockers revolt", 22 November 2023. ↩',
      'City Daily, "A timeline of the port chaos", 22 November 2023, updated 29 November. ↩',
      'Tech desk, "Dockers threaten to quit," Nov. 20, 2023. [back]',
    ])
      expect([line, isCitedTitle(line), isFurnitureLine(line)]).toEqual([line, true, true]);
    for (const line of [
      'The chair wrote to members, "I am stepping down with immediate effect," on Nov. 18, 2023.',
      'The memo was titled "Next steps for the company," and dated November 17, 2023.',
      '"I love this team," the founder wrote, November 18, 2023.',
      'The board’s statement, "the chief was not consistently candid," came on Nov. 17, 2023.',
      'As the mayor put it, "we will not be bullied by a port operator," November 2023.',
      'Dockers struck after the port said "no deal this year" in talks on Nov. 20, 2023.',
      'The chief said "I am back," and was reinstated by the board, Nov. 22, 2023. ↩',
    ])
      expect([line, isCitedTitle(line)]).toEqual([line, false]);
  });

  it('knows a cited work in the encyclopedia style, each piece closed by a full stop: "Title". Work. Date.', () => {
    for (const line of [
      '"Port chief hired by rival operator". Harbour Times. 20 November 2023.',
      '“Dockers tell board: resign or we walk”. The Courier. 21 November 2023. Retrieved 2 December 2023.',
      '"Council chief to return after staff revolt". Wire Service. Nov. 22, 2023.',
      '"Chair\'s officially back at the club". Sports Daily. 29 November 2023.',
    ])
      expect([line, isCitedTitle(line), isFurnitureLine(line)]).toEqual([line, true, true]);
    for (const line of [
      '"We are back," the chief wrote. 20 November 2023.',
      '"Resign or we walk". That was the dockers\' message to the board on 21 November 2023.',
      'The board said "the chief is back". It met on 22 November 2023.',
    ])
      expect([line, isCitedTitle(line)]).toEqual([line, false]);
  });

  it('keeps a reference list open across author-date entries with abbreviated months', () => {
    expect(
      furnitureOf([
        PROSE,
        'References',
        "The Courier (18 Nov. 2023). Report on the turmoil after the chief's exit.",
        'harbourtimes.example (22 Nov. 2023). Explainer republished from a broadcaster.',
        "Port Weekly (Mar. 2024). Wire copy on the review's conclusion.",
        '"Port chief hired by rival operator". Harbour Times. 20 November 2023.',
        'Ibid., market section.',
      ]),
    ).toEqual([false, false, true, true, true, true, true]);
    // The body again: a sentence of the story, long, ends the list.
    expect(
      furnitureOf([
        PROSE,
        'References',
        "The Courier (18 Nov. 2023). Report on the turmoil after the chief's exit.",
        'After the list, the port board met again on 30 Nov. 2023 and reinstated the chief executive it had fired a fortnight earlier, with two new directors and a promise of an outside review of what went wrong.',
      ]),
    ).toEqual([false, false, true, false]);
  });

  it("keeps a linked headline with a teaser's tail in its rail: 'X. Here's what changes.'", () => {
    expect(
      furnitureOf([
        PROSE,
        'Read more',
        "The port's chief is returning to work. Here's what changes.",
        'Dockers call off the strike. What we know so far',
        'Council fires its chief executive. Here’s why it matters.',
        'Who runs the harbour board now?',
      ]),
    ).toEqual([false, false, true, true, true, true]);
    // Prose after the rail, however it ends, is the body again.
    expect(
      furnitureOf([
        PROSE,
        'Related',
        'Dockers call off the strike',
        "The port's board met again on Friday and voted to reinstate the chief executive it had fired two weeks earlier. Here's what changes for the dockers.",
      ]),
    ).toEqual([false, false, true, false]);
  });

  it('keeps a reference list open across a note dated the American way', () => {
    expect(
      furnitureOf([
        PROSE,
        'Notes',
        'This alert rests on press reports through December 6, 2023; we have not verified them.',
        'Harbour Board, blog post, Nov. 17, 2023.',
        'Three dockers were fired over it, Nov. 20, 2023.',
      ]),
    ).toEqual([false, false, true, true, true]);
  });

  it('opens a links rail after a tag line or an ad, and keeps it across a linked question', () => {
    expect(
      furnitureOf([
        PROSE,
        'Topics: Ports, Business, Unions',
        'More on this story',
        'Dockers threaten to walk out over chief’s sacking',
        'Who is the new chief now running the port?',
        'Minister backs port chief',
        'Popular now',
        'Port board hires former chief back',
        PROSE,
      ]),
    ).toEqual([false, false, false, true, true, true, false, true, false]);
    expect(railHeadingOf('Most read today')).toBe('links');
    expect(railHeadingOf('Popular now')).toBe('links');
    expect(railHeadingOf('More on the topic')).toBe('links');
    expect(railHeadingOf('Related on Gidi Circuit')).toBe('links');
    expect(railHeadingOf('Related stories from The Harbour Times')).toBe('links');
    expect(railHeadingOf('Related in business')).toBeUndefined();
  });

  it('still ends a links rail at prose that asks, and opens no references rail after a label', () => {
    expect(
      furnitureOf([
        PROSE,
        'Read more',
        'Port chief fired',
        'So what happens to the port now that the board has fired the man who ran it for a decade and the union is threatening to strike?',
        'Three dockers were fired.',
      ]),
    ).toEqual([false, false, true, false, false]);
  });

  it('fails at once on a line of many commas that ends in no date, however many pieces it has', async () => {
    const signers = Array.from({ length: 22 }, (_, i) => `Ann Ro${i}`).join(', ');
    const tags = Array.from({ length: 50 }, (_, i) => `tag${i}`).join(', ');
    const lines = [
      // The letter's signers under its quoted title: 22 names took 3.7 s, 40 would take hours.
      `Read the letter: “To the Board of Directors at OpenAI,” signed by ${signers} and hundreds more`,
      `"Dockers tell the port board to go," ${tags}`,
      `Harbour Board, "Leadership transition," ${tags.slice(0, 300)}, Nov. 17`,
      `“We will walk out,” said ${signers}; more to follow`,
    ];
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(400);
      expect([line, await callInWorker(RAIL_CONTEXT, 'isCitedTitle', [line], WORKER_LIMIT_MS)]).toEqual([
        line,
        false,
      ]);
    }
  }, 60_000);

  it('keeps a line whose lead is a sentence of the story, with its own verb', () => {
    for (const line of [
      'Microsoft hired Altman, “effective immediately,” Nadella, Nov. 20, 2023.',
      'The port board ousted its chief, “a loss of confidence,” Harbour Board, Nov. 17, 2023.',
      'Dockers took the quay back, “all 700 of them,” Nov. 20, 2023.',
      'City Council rehires Hughes, “with immediate effect,” 4 May 2021.',
      'The union won its vote; “a clear mandate,” The Herald, 3 June 2022.',
      'Late in a tense week for the port’s dockers, the union’s own leaders, “a bitter dispute,” Nov. 20, 2023.',
    ])
      expect([line, isCitedTitle(line)]).toEqual([line, false]);
  });

  it('keeps a quotation in the first person with only its speaker and date after it', () => {
    for (const line of [
      '“We have reached an agreement in principle for Sam Altman to return to OpenAI as CEO,” OpenAI, Nov. 22, 2023.',
      '“I am stepping down to spend more time with my family,” Hughes, 4 May 2021.',
      '“Our members will not go back until the chief does,” Dockers Union, Nov. 21, 2023.',
      '“We’re back, and the port is open,” Port Authority, Nov. 22, 2023.',
      '“My door stays open to the union,” the minister, 3 June 2022.',
    ])
      expect([line, isCitedTitle(line)]).toEqual([line, false]);
  });

  it('knows a cited work whose title opens in the first person when a source leads it', () => {
    for (const line of [
      'Metz, C., “We Rehired Sam Altman as CEO, OpenAI Says,” The New York Times, Nov. 22, 2023.',
      'Hughes, J., “I Was Fired by Text Message,” The Herald, 4 May 2021.',
      'Weise, K.; Metz, C., “Our Board Failed Us, Staff Write,” The Times, Nov. 21, 2023.',
      'See also: “We’re Back,” Port Authority blog, Nov. 22, 2023.',
    ])
      expect([line, isCitedTitle(line)]).toEqual([line, true]);
  });

  it('still knows a cited work whose lead names people or whose title says "we" inside', () => {
    for (const line of [
      'Reuters reporters Jane Hughes, “Council fires chief executive after audit,” Nov. 20, 2023.',
      'Live feed, “Dockers vote to strike,” Nov. 20, 2023.',
      'Metz, C.; Weise, K., “Port chief ousted in boardroom coup,” The Times, Nov. 18, 2023.',
      'Harbour Gazette, staff report, “A week of chaos at the port,” 22 November 2023.',
      '“What we know about the port strike,” The Herald, Nov. 21, 2023.',
      '“US regulator opens port inquiry,” City Daily, Nov. 21, 2023.',
      '“Why the board fired its chair,” Financial Review, Business, vol. 12, Nov. 2020.',
    ])
      expect([line, isCitedTitle(line)]).toEqual([line, true]);
  });
});
