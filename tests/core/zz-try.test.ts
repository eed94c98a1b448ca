import { it } from 'vitest';
import { statements } from './helpers/statementCases.ts';
it('x', () => {
  for (const t of [
    'On the 20th, U.S. Microsoft disclosed that Mr. Sam Altman will join the company.',
    'Microsoft said that Sam Altman will join the company.',
    'Microsoft said Mr. Altman would join the company.',
    'As the interim CEO, the board appointed Mr. Emmett Shear, co-founder of Twitch.',
    'The board appointed Emmett Shear as interim CEO.',
    'The board appointed Mr. Emmett Shear as interim CEO.',
    'Mr. Altman returned as chief executive on Wednesday.',
    'They brought in the guy who co-founded Twitch as interim CEO.',
    'Emmett Shear, whom the board named interim boss on Sunday, spoke.',
    'The directors brought in Emmett Shear to run the company.',
    'Shear was installed as interim CEO.',
    'Microsoft lands Altman as OpenAI picks ex-Twitch chief for stopgap role',
  ]) console.log(t, '\n   ', JSON.stringify(statements(t)));
});
