import { describe, expect, it } from 'vitest';
import { readerQuestion } from '../../src/core/page/readerQuestion.ts';
import { scanBlock, scanStatements } from '../../src/core/page/scanBlock.ts';
import { matcher } from './helpers/annotate.ts';

const page = { published: '2023-11-22' };
const signature = (text: string) => {
  const q = readerQuestion(text);
  return q && text.slice(q.signature.start, q.signature.end);
};

describe('a block that opens with a reader’s signed question', () => {
  it.each<[string, string]>([
    ['Q (Sam, Fargo): Can four people really fire the CEO of a company this size?', 'Sam, Fargo'],
    ['Q. (Priya in Leeds): Is the board still six people?', 'Priya in Leeds'],
    ['Question from Kim in Des Moines: How many people signed that letter?', 'Kim in Des Moines'],
    ['Reader question (Dana, Lincoln) — Could Altman go back?', 'Dana, Lincoln'],
    ['Sam from Fargo asks: Who runs OpenAI tonight?', 'Sam from Fargo'],
    ['Marcus (Kansas City) wants to know: what does the letter say?', 'Marcus (Kansas City)'],
    ['A reader in Omaha asks: Is Microsoft buying OpenAI?', 'A reader in Omaha'],
    ['u/quiet_fox asks: did 700 people really sign?', 'u/quiet_fox'],
    ['4:31 p.m. Q (Dana, Lincoln): Could Altman still end up back at OpenAI?', '(Dana, Lincoln)'],
    ['Kim, of Des Moines, writes in: I heard 500 signed.', 'Kim, of Des Moines,'],
    ['Your question, from Aisha, Bristol: what happens to ChatGPT?', 'Aisha, Bristol'],
    ['Another reader, from Dublin, asks: is the board still four?', 'Another reader, from Dublin,'],
    ['Q — Nadia (Calgary): Who fired him?', 'Nadia (Calgary)'],
    ['Asked by Paul, Leeds: what is the observer seat?', 'Paul, Leeds'],
    ['QUESTION (Ravi, Pune): Why did the board act?', 'Ravi, Pune'],
  ])('%s', (text, signed) => {
    expect(signature(text)?.replace(/^\(|\)$/g, '')).toBe(signed.replace(/^\(|\)$/g, ''));
  });
});

describe('blocks that are no reader’s question', () => {
  it.each([
    'Q: How many people sit on the board now?',
    'Satya Nadella asks: why would we not hire them?',
    'Greg Brockman, OpenAI President, wrote: “Based on today’s news, I quit.”',
    'Sam Altman, in a post on X, said he loved OpenAI.',
    'Questions remain about the board’s reasons.',
    'Sutskever, the chief scientist, asked the board to reconsider.',
    'From the start, 505 employees signed.',
    'Question marks hang over Altman’s future: 700 staff may leave.',
    'Questions from investors: would Microsoft walk away?',
    'Asked by reporters, Nadella said: “We are committed.”',
    'Q — Altman: Why did you come back?',
    // review23 #12: a note in brackets is no asker.
    'Q (updated 4pm): How many signed? More than 700 of the 770 staff signed the letter.',
    'Question (1 of 3): How big was the board? The board that fired Altman had four members.',
    'Q (continued): Why did the board act? It said Altman was not candid.',
    'Question (2/5) — Who runs OpenAI now? Emmett Shear is interim CEO.',
  ])('%s', (text) => {
    expect(readerQuestion(text)).toBeUndefined();
  });
});

describe('the asker’s part gives no figure, statement or signature name', () => {
  it('drops the asker’s hearsay and the reader’s first name, keeps the names the question is about', () => {
    const text =
      'Q (Sam, Fargo): Sam Altman was fired by four directors, and 500 OpenAI employees signed the letter. Is that right?';
    const scan = scanBlock(matcher, text, { page });
    expect(scan.figures).toEqual([]);
    expect(scan.names.map((n) => text.slice(n.start, n.end))).not.toContain('Sam');
    expect(scan.names.map((n) => n.entityId)).toContain('sam-altman');
    expect(scanStatements(matcher, scan)).toEqual([]);
  });

  it('reads the same words as a report once the answer’s label starts', () => {
    const text =
      'Q (Kim, Des Moines): How many signed? I’ve seen 500. A: More than 700 OpenAI employees signed the letter.';
    const scan = scanBlock(matcher, text, { page });
    expect(scan.figures.map((f) => text.slice(f.start, f.end))).toEqual(['More than 700']);
  });

  it('leaves an unsigned question, and a reporter’s paragraph, as they were', () => {
    const text = 'About 700 OpenAI employees signed the letter.';
    expect(scanBlock(matcher, text, { page }).figures.length).toBe(1);
    const asked = `Sam from Fargo asks: ${text}`;
    expect(scanBlock(matcher, asked, { page }).figures).toEqual([]);
  });
});

// review23b #13: a note on the entry in brackets is no reader's signature.
describe('a bracketed note on the entry signs no question', () => {
  it.each([
    'Q (Updated): How many staff signed? More than 700 of the 770 employees signed the letter.',
    'Question (Part two): How big was the board? It had four members when it fired Altman.',
    'Q (Continued): Who runs OpenAI now?',
    'QUESTION (Corrected): Was the board six people?',
  ])('%s', (text) => {
    expect(readerQuestion(text)).toBeUndefined();
  });

  it('a reader named in brackets still signs', () => {
    expect(signature('Q (Newton, Iowa): Who runs OpenAI now?')).toBe('(Newton, Iowa)');
  });
});

describe('a question quoted whole and signed after a dash is a reader’s', () => {
  it.each<[string, string]>([
    ['"Did 700 people really sign that letter? My feed says 500." — Sam, Tucson', 'Sam, Tucson'],
    ['“Is the board still four people, or did it shrink?” – Greg, Cork', 'Greg, Cork'],
    ['"I read that Microsoft put in $13 billion. Is that right?" - Ilya, Tel Aviv', 'Ilya, Tel Aviv'],
    [
      '“How many staff does OpenAI have? I’ve seen 770 and 700-plus.” — Noor, Port Elizabeth',
      'Noor, Port Elizabeth',
    ],
  ])('%s', (text, signed) => {
    expect(signature(text)).toBe(signed);
    expect(scanBlock(matcher, text, { page }).figures).toEqual([]);
  });

  it.each([
    // A quoted speaker is cited by full name, or by a title: no reader.
    '"Who could have seen this coming? Not us." — Satya Nadella, Microsoft',
    '"Why would we not hire them?" — Microsoft’s chief executive',
    // A pull quote with no question in it.
    '"More than 700 of us signed the letter." — Lena, Berlin',
    // Prose after the quotation: a reporter's sentence.
    '"Is this the end?" one engineer asked, as 505 staff signed the letter.',
  ])('no reader’s question: %s', (text) => {
    expect(readerQuestion(text)).toBeUndefined();
  });
});

// A column's bare "Q:" with the asker's signature at the end, as a mailbag prints a letter.
describe('a "Q:" question signed at its end is a reader’s', { timeout: 30000 }, () => {
  it.each<[string, string]>([
    [
      'Q: I keep reading that Microsoft sank $13 billion into OpenAI. Then how was it caught off guard? — Marta, Duluth',
      'Marta, Duluth',
    ],
    ['Q. My nephew says 700 people signed a letter. Is that even legal? – Earl, Red Wing', 'Earl, Red Wing'],
    [
      'Question: Four directors fired the boss of an $86 billion company? How is that allowed? — Bev, Grand Forks',
      'Bev, Grand Forks',
    ],
    ['Q: Did Microsoft really own 49% of it, and why no vote? - Lou, Mankato', 'Lou, Mankato'],
  ])('%s', (text, signed) => {
    expect(signature(text)).toBe(signed);
    expect(scanBlock(matcher, text, { page }).figures).toEqual([]);
  });

  it.each([
    // No signature: an interviewer's or an FAQ's question, left to the question guards.
    'Q: How many people signed? More than 700 of the 770 staff signed the letter.',
    // An answer signed by the columnist: no question in it.
    'Q: Microsoft has invested $13 billion in OpenAI. — Harold, Fargo',
    // A name before the colon is an interview's speaker, not a reader.
    'Q — Altman: Why did you come back? — Kara, Podcast',
  ])('%s', (text) => {
    expect(readerQuestion(text)).toBeUndefined();
  });
});
