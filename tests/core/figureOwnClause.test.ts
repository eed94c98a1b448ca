import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

/*
 * Guards read the figure's own clause, not its whole sentence (modalScope.ts, decisionAgent.ts,
 * pluralPeopleSubject.ts): a question, another figure's relative clause, "the other four" or "who
 * remained" refuse a figure only where they are about it.
 */
describe("a figure guard reads the figure's own clause", { timeout: 30000 }, () => {
  it.each<[string, string, string]>([
    // A question after a colon or dash asks only its own clause.
    [
      'So when four directors removed Altman with little warning, the market had a reasonable question: what happens to that investment if OpenAI falls apart?',
      'board-size',
      'four',
    ],
    [
      'After four directors fired him, investors asked one thing: who runs the company now?',
      'board-size',
      'four',
    ],
    [
      'Four directors voted him out on a Friday, and one question hung over the weekend: would the staff follow him?',
      'board-size',
      'Four',
    ],
    [
      'Hours after four board members dismissed him, the obvious question arose — who would run OpenAI now?',
      'board-size',
      'four',
    ],
    // A measure of time before the subordinator still opens the clause.
    [
      'Microsoft has hired Sam Altman, days after four directors at OpenAI removed him.',
      'board-size',
      'four',
    ],
    [
      'Weeks before four directors ousted him, Altman had been fundraising in the Gulf.',
      'board-size',
      'four',
    ],
    ['But after four directors fired him, staff revolted.', 'board-size', 'four'],
    // The group left to act did what only the whole does.
    [
      'The decision came from the other four — three outside directors and the chief scientist.',
      'board-size',
      'four',
    ],
    [
      'The vote to fire him was in the end cast by the other four, who had lost faith in him.',
      'board-size',
      'four',
    ],
    [
      'The decision was taken by the four directors who remained once Altman and Brockman were set aside.',
      'board-size',
      'four',
    ],
    // The whole of a partitive with a possessive owner is no other figure.
    ["Only two of OpenAI's 11 founders remain on the payroll.", 'founders-still-at-openai', 'two'],
    ["Only three of the lab's 11 founders still work there.", 'founders-still-at-openai', 'three'],
    // The price under negotiation is the company's value.
    [
      'OpenAI was in talks to let employees sell shares at a valuation of around $86 billion.',
      'openai-valuation',
      'around $86 billion',
    ],
    // A plural subject shares the years.
    ['The pair had worked side by side at OpenAI for eight years.', 'sutskever-altman-years', 'eight'],
  ])('%s', (text, id, wording) => {
    expect(claims([text])).toContainEqual([id, wording]);
  });

  it('a plural subject after a sentence about one person shares the years', () => {
    expect(
      claims([
        'Ilya Sutskever co-founded the lab.',
        'The two men had collaborated closely at OpenAI for eight years.',
      ]),
    ).toEqual([['sutskever-altman-years', 'eight']]);
  });

  it.each<string>([
    "The new board is a trio: Bret Taylor in the chair, Larry Summers and the holdover Adam D'Angelo, so two genuinely new directors, who are tasked with building a fuller board of as many as nine.",
    "Its replacement is a trio: Bret Taylor chairing, plus Larry Summers and the one survivor, Adam D'Angelo, meaning two new directors, which leaves them to assemble a bigger board of up to nine.",
  ])('a relative clause with its own figure keeps its words from the figure: %s', (text) => {
    const marks = claims([text]);
    expect(marks).not.toContainEqual(['board-expansion', 'two']);
    expect(marks).toContainEqual(['new-board-newcomers', 'two']);
  });

  it.each<string>([
    // A real question about the figure.
    'Did 700 staff really sign?',
    'Did four directors really remove him?',
    'Did four — or five — directors vote?',
    'Is it really true that four directors removed him?',
    'Were four directors enough to remove him: who decides?',
    'How could four directors remove a chief executive: is that normal?',
    // A real hypothetical.
    'If four directors could remove a CEO, anything is possible.',
    'OpenAI could sell shares at a valuation of $86 billion.',
    'If the talks succeed, OpenAI would sell shares at a valuation of $86 billion.',
    // A part of the board.
    'The other two directors were Altman and Brockman.',
    'The other two directors, Altman and Brockman, were not told.',
    'The two remaining members voted against.',
    'The remaining two members voted against the plan.',
    'The two directors who remained voted against the deal.',
  ])('%s', (text) => {
    expect(claims([text])).toEqual([]);
  });
});
