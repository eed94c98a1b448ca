import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Families of news English around a statement's act: "there" for the place just named ("Microsoft
 * said he would work there"), a job won back with its object between verb and "back" ("won his old
 * job back"), a participle in parentheses after a name ("Sam Altman (reinstated)"), and a
 * possessor shared by two nouns ("his ouster and swift comeback"). Every sentence is invented;
 * each beside near-misses.
 */

describe('"there" for the organisation just named', () => {
  found([
    [
      '"would work there" in the same sentence',
      'Microsoft said Altman would work there.',
      [['altman-joins-microsoft', 'Altman would work']],
    ],
    [
      '"there" for the organisation of the sentence before',
      'Microsoft made the offer on Sunday. Altman will work there from Monday.',
      [['altman-joins-microsoft', 'Altman will work']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a negation', 'Altman visited Microsoft, but he will not work there.'],
    ['a possibility', 'Microsoft said Altman could work there.'],
    ['"there" for another organisation', 'Altman left OpenAI. He had worked there since 2015.'],
    ['someone else going', 'Microsoft is hiring. Staff said they would go there.'],
  ]);
});

describe('a job won back, its object before "back"', () => {
  found([
    [
      'headline "wins his job back"',
      'Altman wins his job back',
      [['altman-returns-as-ceo', 'wins his job back']],
    ],
    [
      '"won his old job back"',
      'Altman won his old job back on Tuesday.',
      [['altman-returns-as-ceo', 'won his old job back']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a wish', 'Altman wants his job back.'],
    ['a possibility', 'Altman could win his job back.'],
  ]);
});

describe('a participle in parentheses after a name', () => {
  found([
    ["a table's cell", 'Chief executive\tSam Altman (reinstated)', [['altman-returns-as-ceo', 'reinstated']]],
    ['with its agent', 'Sam Altman (hired by Microsoft)', [['altman-joins-microsoft', 'hired by Microsoft']]],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['another participle', 'Sam Altman (fired) spent the weekend at home.'],
  ]);
});

describe('a possessor shared by two nouns joined by "and"', () => {
  found([
    [
      '"his ouster and swift comeback"',
      'A year after his ouster and swift comeback, Altman looks secure.',
      [['altman-returns-as-ceo', 'swift comeback']],
    ],
    [
      '"Brockman\'s demotion and resignation"',
      "Brockman's demotion and resignation came within hours.",
      [['brockman-exit', 'resignation']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['another possessor on the second noun', "Altman's firing and Brockman's return were both news."],
    ['a noun that is not the act', "Altman's allies and the comeback plan were discussed."],
  ]);
});

describe('a forecast or a wager told after the act', () => {
  unmarked('altman-returns-as-ceo', [
    ['"…, his allies predict"', 'Altman will win his job back, his allies predict.'],
    ['"…, insiders bet"', 'Altman returns as chief executive by Friday, insiders bet.'],
    ['"— or so one investor reckons"', 'Altman will be reinstated — or so one investor reckons.'],
  ]);
  unmarked('brockman-exit', [['"…, staff guess"', 'Brockman quits next, staff guess.']]);
  found([
    [
      'a forecast come true reports it',
      'Altman returned as chief executive, as his allies had predicted.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
    [
      'a forecast of something else after the act',
      'Altman returned as chief executive, and analysts predict a calmer year.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
  ]);
});
