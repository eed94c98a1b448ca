import { describe } from 'vitest';
import { found } from './helpers/statementCases.ts';

/*
 * A coordinated clause whose subject is left out behind a short time phrase ("and by nightfall had
 * quit") takes the subject of the clause before. Every sentence is invented.
 */

describe('an elided subject after "and" and a time phrase is the first clause’s', () => {
  found([
    [
      '"and by nightfall had quit"',
      'Brockman was removed as chairman and by nightfall had quit as president.',
      [
        ['brockman-exit', 'was removed as chairman'],
        ['brockman-exit', 'had quit as president'],
      ],
    ],
    [
      '"and later that day resigned"',
      'Brockman lost the chair and later that day resigned from OpenAI.',
      [
        ['brockman-exit', 'lost the chair'],
        ['brockman-exit', 'resigned'],
      ],
    ],
  ]);
});

describe('a named subject after the time phrase keeps its own act', () => {
  found([
    [
      '"and by Monday Microsoft had hired him"',
      'Altman was fired on Friday and by Monday Microsoft had hired him.',
      [['altman-joins-microsoft', 'had hired him']],
    ],
  ]);
});
