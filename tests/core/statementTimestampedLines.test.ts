import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A line opened by a timestamp (podcast chapters, transcripts, live blogs, video captions): the
 * name after the time opens the sentence, so a second verb joined by "and"/"then" is still its act.
 * And a possessor is no subject: "Brockman's allies … then quit" is not Brockman quitting.
 * Read off a miss of set 23 ("14:35 Greg Brockman loses the chair, then quits the same night");
 * every sentence here is invented.
 */

describe('a second act after a timestamped subject', () => {
  found([
    [
      'a podcast chapter, "then"',
      '[01:12:40] Greg Brockman is stripped of the chairmanship, then resigns',
      [
        ['brockman-exit', 'is stripped of the chairmanship'],
        ['brockman-exit', 'resigns'],
      ],
    ],
    [
      'a live-blog entry with "p.m."',
      '2:30 p.m. - Greg Brockman loses the chair and then quits.',
      [
        ['brockman-exit', 'loses the chair'],
        ['brockman-exit', 'quits'],
      ],
    ],
    [
      'a dotted time',
      '09.15 – Ilya Sutskever signs the staff letter and apologizes on X.',
      [['sutskever-regret', 'apologizes']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a possessor, after a time', "14:35 Brockman's allies lose the argument, then quit the same night"],
    ['a possessor, no time', "Brockman's supporters argued for hours and then walked out."],
    ['a count, not a time, before the name', '3 Greg Brockman fans leave, then quit the forum'],
  ]);
});
