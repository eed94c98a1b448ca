import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

const sizes = (sentence: string) =>
  claims([sentence])
    .filter(([id]) => id === 'board-size')
    .map(([, text]) => text);

describe('members on their way out are a part, not the board', { timeout: 30000 }, () => {
  it.each([
    'Three directors are off: Ilya Sutskever, Helen Toner and Tasha McCauley.',
    'Three board members are out: Sutskever, Toner and McCauley.',
    'Three directors will step down: Sutskever, Toner and McCauley.',
    'Three directors are set to leave the OpenAI board: Sutskever, Toner and McCauley.',
    'Three of its directors are being replaced: Sutskever, Toner and McCauley.',
  ])('%s', (sentence) => {
    expect(sizes(sentence)).toEqual([]);
  });
});
