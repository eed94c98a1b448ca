import { describe, expect, it, vi } from 'vitest';
import * as parseFigure from '../../src/core/figures/parseFigure.ts';
import { figurePeriod } from '../../src/core/claims/figurePeriod.ts';

// Count the number parser's runs: figurePeriod is called once per figure of a sentence, and re-parsing the
// words before every date for every figure made a long timeline cubic work.
vi.mock('../../src/core/figures/parseFigure.ts', async (original) => {
  const real = await original<typeof parseFigure>();
  return { ...real, findFigures: vi.fn(real.findFigures) };
});

const findFigures = vi.mocked(parseFigure.findFigures);

function runsOverEveryFigure(sentence: string, published = '2023-11-20') {
  const figures = findFigures.getMockImplementation()!(sentence);
  findFigures.mockClear();
  const periods = figures.map((f) =>
    figurePeriod(sentence, { start: 0, end: sentence.length }, f, { published }),
  );
  return { figures: figures.length, parses: findFigures.mock.calls.length, periods };
}

const timeline = (entries: number) =>
  'OpenAI by the numbers: ' +
  Array.from(
    { length: entries },
    (_, i) =>
      `${['Jan.', 'Feb.', 'Mar.', 'Apr.'][i % 4]} ${2000 + i}: ${300 + i} staff, $${i + 1} billion raised`,
  ).join('; ') +
  '.';

const run = (entries: number) =>
  Array.from(
    { length: entries },
    (_, i) =>
      `OpenAI's staff of ${700 + i} people rose to ${710 + i} employees in January ${2000 + (i % 20)}`,
  ).join(', ') + '.';

describe('the period of every figure of a long sentence parses the sentence once, not once per figure and date', () => {
  it.each<[string, string]>([
    ['a timeline of 36 entries', timeline(36)],
    ['a run of 40 comparisons in one sentence', run(40)],
    [
      'a wire-style list of quarterly counts',
      `Headcount: ${Array.from({ length: 30 }, (_, i) => `${500 + i} in ${['March', 'June', 'September', 'December'][i % 4]} ${2000 + i}`).join(', ')}.`,
    ],
  ])('%s', (_, sentence) => {
    const { figures, parses } = runsOverEveryFigure(sentence);
    expect(figures).toBeGreaterThan(20);
    expect(parses).toBeLessThanOrEqual(1);
  });

  it('a sentence after another is parsed anew (no stale figures)', () => {
    const first = 'Headcount rose to 770 from 700 in January.';
    const second = 'In April it was valued at $29 billion, and later at $86 billion.';
    runsOverEveryFigure(first);
    const { periods } = runsOverEveryFigure(second);
    expect(periods).toEqual(['2023-04', '2023-04']);
    expect(runsOverEveryFigure(first).periods[0]).toBeUndefined();
  });
});
