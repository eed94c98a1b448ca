import { describe, expect, it } from 'vitest';
import { originalOffset, viewOffset, withoutAsides } from '../../src/core/text/skipAsides.ts';

/*
 * The clause read without its asides: only balanced, well-formed ones go, and nothing that changes
 * what the clause states. Every sentence is invented.
 */

const cut = (text: string) => withoutAsides(text)?.text;

describe('asides between a statement’s parts are cut', () => {
  it.each([
    ['a time', 'Microsoft, on Monday, hired the founder.', 'Microsoft hired the founder.'],
    [
      'a time, late',
      'The firm hired, late on Sunday night, its rival’s boss.',
      'The firm hired its rival’s boss.',
    ],
    ['a channel', 'He was confessing, in a post on X, deep regret.', 'He was confessing deep regret.'],
    ['a memo', 'The board has, in a memo to staff, named a new chief.', 'The board has named a new chief.'],
    [
      '"according to"',
      'Microsoft, according to people familiar with the talks, hired him.',
      'Microsoft hired him.',
    ],
    ['"sources said"', 'The chief, sources said, will leave.', 'The chief will leave.'],
    ['"people familiar said"', 'The chief, people familiar with the matter said, left.', 'The chief left.'],
    ['"it emerged"', 'The board, it emerged, had removed him.', 'The board had removed him.'],
    ['"he said"', 'The chief, he said, will leave.', 'The chief will leave.'],
    ['"they confirmed"', 'The chief, they confirmed, will leave.', 'The chief will leave.'],
    [
      '"according to" a named paper',
      'Microsoft, according to a report in the Financial Times, hired him.',
      'Microsoft hired him.',
    ],
    ['a relative clause', 'Altman, who was fired on Friday, returned.', 'Altman returned.'],
    ['"which"', 'The board, which fired him last week, relented.', 'The board relented.'],
    ['an apposition', 'Emmett Shear, the Twitch co-founder, was named.', 'Emmett Shear was named.'],
    ['a possessive apposition', 'Microsoft, OpenAI’s biggest backer, said so.', 'Microsoft said so.'],
    ['a turn', 'Microsoft has, in a surprise move, hired him.', 'Microsoft has hired him.'],
    ['an adverbial', 'The board, meanwhile, named a new chief.', 'The board named a new chief.'],
    ['dashes', 'Shear — the former Twitch boss — was named.', 'Shear was named.'],
    ['parentheses', 'Shear (the Twitch co-founder) was named.', 'Shear was named.'],
    [
      'two asides',
      'Sutskever, who voted him out, has, on Monday, voiced regret.',
      'Sutskever has voiced regret.',
    ],
  ])('%s', (_, text, expected) => {
    expect(cut(text)).toBe(expected);
  });
});

describe('what changes the statement, or is no aside, stays', () => {
  it.each([
    ['a negation', 'Altman, who was not reinstated at first, returned.'],
    ['"never"', 'The board, which never explained itself, relented.'],
    ['"n’t"', 'Altman, who wasn’t reinstated at first, returned.'],
    ['a modal', 'Microsoft, the company would later say, hired him.'],
    ['a condition', 'Microsoft, if the talks fail, will hire him.'],
    ['"without"', 'The board fired, without warning, its chief.'],
    ['a quote boundary', 'He expressed, “in a post on X,” deep regret.'],
    ['a list', 'Altman, Brockman, and Murati were hired.'],
    ['an apposition in a list', 'Altman, the chief executive, and Brockman left.'],
    ['a clause that is no aside', 'The board met, staff walked out, and investors fumed.'],
    ['only one comma', 'On Monday, Microsoft hired the founder.'],
    ['an aside ending the sentence', 'Microsoft hired the founder, on Monday.'],
    ['unbalanced dash', 'Shear — the former Twitch boss was named.'],
    ['an apposition not after a name', 'the company, the investor, hired him.'],
    ['a finite verb outside a relative clause', 'Microsoft, the deal was done, hired him.'],
    ['across a sentence end', 'Microsoft, on Monday. Then, it hired him.'],
    // review19 #1: an aside that disowns its channel or report, or holds a clause of its own.
    ['a retracted report', 'The lab rehired, according to a report it later retracted, its founder.'],
    ['a fake account', 'The founder has, according to a fake account on X, apologised.'],
    ['a parody post', 'The chief expressed, in a parody post on X, deep regret.'],
    ['a hoax memo', 'The firm named, in a hoax memo to staff, a new chief.'],
    ['a spoof account', 'The founder has, a spoof account claimed, apologised.'],
    ['a deleted post', 'The founder has, in a post he later deleted, apologised.'],
    ['a debunked story', 'The board, according to a since-debunked story, fired him.'],
    ['an unverified account', 'The chief quit, in an unverified post on Threads, his job.'],
    ['a satirical site', 'The board, according to a satirical site, had resigned.'],
    ['a post she wrote', 'The firm hired, in a post she wrote for staff, a new chief.'],
    ['a memo they withdrew', 'The board named, in a memo they sent staff, a new chief.'],
  ])('%s', (_, text) => {
    expect(cut(text)).toBeUndefined();
  });
});

describe('offsets map back to the page', () => {
  const text = 'Microsoft has, in a surprise move, hired Altman.';
  const view = withoutAsides(text)!;
  it('a span across the cut covers the page’s words, aside included', () => {
    const start = view.text.indexOf('has');
    const end = view.text.indexOf('Altman') + 'Altman'.length;
    expect(text.slice(originalOffset(view, start, 'start'), originalOffset(view, end, 'end'))).toBe(
      'has, in a surprise move, hired Altman',
    );
  });
  it('a span ending at the cut ends before the aside, one starting there starts after it', () => {
    const at = view.cuts[0]!.at;
    expect(text.slice(0, originalOffset(view, at, 'end'))).toBe('Microsoft has');
    expect(text.slice(originalOffset(view, at, 'start'))).toBe(' hired Altman.');
  });
  it('a page offset inside the aside has no place in the view; others shift', () => {
    expect(viewOffset(view, text.indexOf('surprise'))).toBeUndefined();
    expect(viewOffset(view, text.indexOf('Altman'))).toBe(view.text.indexOf('Altman'));
    expect(viewOffset(view, 0)).toBe(0);
  });
});

describe('round 29: a dash-pair label, who came along, and "as" after an aside', () => {
  it.each([
    [
      'a dash-pair label',
      'The board named Shear — streaming veteran, outsider — as its chief.',
      'The board named Shear as its chief.',
    ],
    ['"with … alongside"', 'Altman, with Brockman alongside, took the job.', 'Altman took the job.'],
    ['"along with"', 'Altman, along with his co-founder, took the job.', 'Altman took the job.'],
    ['"with … in tow"', 'Altman, with Brockman in tow, took the job.', 'Altman took the job.'],
  ])('%s', (_, text, expected) => {
    expect(cut(text)).toBe(expected);
  });
  it.each([
    ['a list after "as well as"', 'Altman, the chief, as well as Brockman, left.'],
    ['a label that denies', 'The board named Shear — not Murati — as its chief.'],
    ['"without"', 'Altman, without Brockman, took the job.'],
    ['a comma aside before "as"', 'The article described Sutskever, who signed the letter, as its chief.'],
    [
      'a dash-pair label after no name',
      'The board named a chief — streaming veteran, outsider — as its pick.',
    ],
  ])('keeps %s', (_, text) => {
    expect(cut(text)).toBeUndefined();
  });
});
