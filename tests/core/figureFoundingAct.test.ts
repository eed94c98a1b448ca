import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('a team that founded the organisation is its founding team (foundingAct.ts)', () => {
  it.each<[string, string]>([
    ['OpenAI was started by an 11-person team.', '11'],
    ['OpenAI was founded in 2015 by an 11-strong group of researchers.', '11'],
    ['The lab was set up by an 11-member team in San Francisco.', '11'],
    ['OpenAI began life as an 11-person team.', '11'],
    ['An 11-person team founded OpenAI in 2015.', '11'],
    ['OpenAI was set up with just an 11-person team.', '11'],
    ['The company, which was established by a 9-member group, grew fast.', '9'],
    ['OpenAI, formed in 2015 by an 11-strong team, is now worth billions.', '11'],
    ['An 11-member group set up the company in 2015.', '11'],
  ])('%s', (text, wording) => {
    expect(claims([text])).toEqual([['founding-team-size', wording]]);
  });

  it.each<string>([
    // A team that later built or runs something, and another company's team.
    "Microsoft's 11-person team that built Copilot moved to Redmond.",
    'An 11-person team now runs the safety group.',
    'The CTO of a 25-person Nairobi insurtech said it had switched models.',
    'The start-up was acquired by a 40-person team from Google.',
    // review19b #2: a product, a unit or a project is not the organisation founded.
    'ChatGPT was built by a 40-person team at OpenAI.',
    'The Sora app was launched by a 12-person team inside OpenAI.',
    "OpenAI's safety unit was set up in 2023 by a 20-person team.",
    'The chatbot was created by a 30-person team.',
    'The superalignment project was started by a 15-member group.',
    'A 12-person team started the Sora project last year.',
    'OpenAI was launched with just an 11-person team.',
  ])('no founding team: %s', (text) => {
    expect(claims([text]).filter(([id]) => id === 'founding-team-size')).toEqual([]);
  });
});

describe('"N of them" after a team that founded the organisation counts founders (pointedBackGroup.ts)', () => {
  it.each<string>([
    'OpenAI was started by an 11-person team. Today only two of them are still at the company.',
    'OpenAI was founded in 2015 by an 11-member group. Just two of them remain there.',
  ])('%s', (text) => {
    expect(claims([text])).toEqual([
      ['founding-team-size', '11'],
      ['founders-still-at-openai', 'two'],
    ]);
  });

  it('a team that runs something is not the founders', () => {
    expect(
      claims([
        'An 11-person team now runs the safety group. Only two of them are still at the company.',
      ]).filter(([id]) => id === 'founders-still-at-openai'),
    ).toEqual([]);
  });
});
