import { describe, expect, it } from 'vitest';
import {
  addEvidence,
  CENTRAL_PEOPLE,
  emptyEvidence,
  pageRelevance,
  statementsOf,
} from '../../src/core/page/pageRelevance.ts';
import { scanBlock } from '../../src/core/page/scanBlock.ts';
import { matcher } from './helpers/annotate.ts';

/** pageRelevance over blocks read as phase 1 reads them. */
function relevance(...blocks: string[]) {
  const evidence = emptyEvidence();
  for (const block of blocks) addEvidence(evidence, scanBlock(matcher, block));
  return pageRelevance(matcher, evidence);
}

describe('a page that never writes OpenAI', () => {
  it.each([
    [
      'two central people, as a thread’s title',
      ['Sam Altman and Greg Brockman to join Microsoft', 'Sam and Greg will lead a new team. MSFT is up.'],
      'The page names Sam Altman and Greg Brockman.',
    ],
    [
      'a one-paragraph brief',
      ['Microsoft hires ousted ChatGPT boss Sam Altman and Greg Brockman.'],
      'The page names Sam Altman and Greg Brockman.',
    ],
    [
      'the old chief executive and the new one',
      ['Emmett Shear replaces Sam Altman for now.'],
      'The page names Emmett Shear and Sam Altman.',
    ],
    [
      'a central person with another of the story’s people, central ones first',
      ['Satya Nadella said on X that Sam Altman would lead a new team.'],
      'The page names Sam Altman and Satya Nadella.',
    ],
    [
      'a central person with an event of the story',
      ['Sam Altman spoke at the APEC CEO Summit on Thursday.'],
      'The page names Sam Altman and APEC CEO Summit.',
    ],
    [
      'a central person with a claim’s wording',
      ['The board said Sam Altman was not consistently candid in his communications.'],
      'The page names Sam Altman and reports a claim about the events.',
    ],
  ])('is about the story when it names %s', (_, blocks, reason) => {
    expect(relevance(...blocks)).toEqual({ relevant: true, reason });
  });

  it.each([
    [
      'one central person alone: Sam Altman’s other venture',
      ['Sam Altman’s Worldcoin scans irises for a token; Altman says it proves personhood.'],
    ],
    ['one central person alone: Twitch', ['Emmett Shear steps down as chief executive of Twitch.']],
    [
      'two people famous elsewhere: Microsoft’s earnings',
      ['Satya Nadella and Kevin Scott told analysts that Azure grew 29%.'],
    ],
    [
      'two people famous elsewhere: Twitter’s sale',
      ['Elon Musk bought Twitter; its chair Bret Taylor signed.'],
    ],
    ['two people famous elsewhere: Salesforce', ['Marc Benioff named Bret Taylor co-chief executive.']],
    ['two people famous elsewhere: the economy', ['Larry Summers and Satya Nadella spoke at Davos.']],
    ['central people by surname only', ['Altman and Brockman were seen in San Francisco.']],
    ['central people by first name only', ['Sam and Greg went to lunch.']],
  ])('is not about the story when it names %s', (_, blocks) => {
    expect(relevance(...blocks).relevant).toBe(false);
  });

  it('says which central person it found when that is not enough', () => {
    expect(relevance('Emmett Shear steps down as chief executive of Twitch.').reason).toBe(
      'The page names Emmett Shear but neither OpenAI nor another of the people or events of the story.',
    );
    expect(relevance('Satya Nadella and Kevin Scott spoke.').reason).toBe(
      'The page names neither OpenAI nor the people at the centre of the story.',
    );
  });

  it('counts names across blocks, as a page gathers them', () => {
    expect(relevance('Sam Altman is out.', 'A comment: Greg Brockman quit too.').relevant).toBe(true);
  });

  it('knows every central person as a person of the dataset', () => {
    for (const id of CENTRAL_PEOPLE) expect(matcher.entities.get(id)?.kind, id).toBe('person');
  });
});

describe('a page that names OpenAI, as before', () => {
  it('is about the story with one of its people, even by surname, or a claim’s wording', () => {
    expect(relevance('OpenAI said Altman would stay.')).toEqual({
      relevant: true,
      reason: 'The page names OpenAI and Sam Altman.',
    });
    expect(relevance('OpenAI’s board found him not consistently candid.').relevant).toBe(true);
  });

  it('is not about the story with none of them', () => {
    expect(relevance('OpenAI, Google and Anthropic each released a model.')).toEqual({
      relevant: false,
      reason: 'The page names OpenAI but none of the people or events of the story.',
    });
  });
});

describe('claim wordings, counted only when names leave the page open', () => {
  const read = (evidence: ReturnType<typeof emptyEvidence>, ...blocks: string[]) => {
    for (const block of blocks) addEvidence(evidence, scanBlock(matcher, block));
  };

  it('counts every block once, whether it arrived before or after a count', () => {
    const evidence = emptyEvidence();
    read(evidence, 'The board found him not consistently candid.', 'A quiet week.');
    expect(statementsOf(matcher, evidence)).toBe(1);
    expect(statementsOf(matcher, evidence)).toBe(1);
    read(evidence, 'He was not consistently candid, and the board lost confidence in his ability to lead.');
    expect(statementsOf(matcher, evidence)).toBe(3);
  });

  it('judges content that arrives later with the wordings before it', () => {
    const evidence = emptyEvidence();
    read(evidence, 'OpenAI shipped an update.');
    expect(pageRelevance(matcher, evidence).relevant).toBe(false);
    read(evidence, 'Its board said he was not consistently candid.');
    expect(pageRelevance(matcher, evidence)).toEqual({
      relevant: true,
      reason: 'The page names OpenAI and reports a claim about the events.',
    });
  });

  it('leaves them uncounted on a page its names decide', () => {
    const evidence = emptyEvidence();
    read(
      evidence,
      'Sam Altman and Greg Brockman left OpenAI; he was not consistently candid, the board said.',
    );
    expect(pageRelevance(matcher, evidence).relevant).toBe(true);
    expect(evidence.uncounted).toHaveLength(1);
  });
});
