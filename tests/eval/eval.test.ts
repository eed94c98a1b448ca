/**
 * The evaluation on the annotated pages in tests/fixtures/eval (written apart
 * from the engine; see its NOTES.md). `npm run eval` prints every miss, false
 * positive and wrong verdict with its sentence; `npm test` fails when a score
 * drops below what the engine reaches today.
 */
import { describe, expect, it } from 'vitest';
import {
  EIGHTH_DIR,
  FIFTH_DIR,
  FOURTH_DIR,
  HELDOUT_DIR,
  NINTH_DIR,
  runEval,
  SECOND_DIR,
  SEVENTH_DIR,
  SIXTH_DIR,
  TENTH_DIR,
  ELEVENTH_DIR,
  TWELFTH_DIR,
  THIRTEENTH_DIR,
  FOURTEENTH_DIR,
  FIFTEENTH_DIR,
  SIXTEENTH_DIR,
  SEVENTEENTH_DIR,
  EIGHTEENTH_DIR,
  NINETEENTH_DIR,
  TWENTIETH_DIR,
  TWENTY_FIRST_DIR,
  TWENTY_SECOND_DIR,
  TWENTY_THIRD_DIR,
  TWENTY_FOURTH_DIR,
  TWENTY_FIFTH_DIR,
  TWENTY_SIXTH_DIR,
  TWENTY_SEVENTH_DIR,
  TWENTY_EIGHTH_DIR,
  TWENTY_NINTH_DIR,
  THIRTIETH_DIR,
  THIRTY_FIRST_DIR,
  THIRTY_SECOND_DIR,
  THIRTY_THIRD_DIR,
  THIRTY_FOURTH_DIR,
  THIRTY_FIFTH_DIR,
  THIRTY_SIXTH_DIR,
  THIRTY_SEVENTH_DIR,
  THIRTY_EIGHTH_DIR,
  THIRTY_NINTH_DIR,
  FORTIETH_DIR,
  FORTY_FIRST_DIR,
  FORTY_SECOND_DIR,
  FORTY_THIRD_DIR,
  FORTY_FOURTH_DIR,
  FORTY_FIFTH_DIR,
  FORTY_SIXTH_DIR,
  FORTY_SEVENTH_DIR,
  FORTY_EIGHTH_DIR,
  FORTY_NINTH_DIR,
  FIFTIETH_DIR,
  FIFTY_FIRST_DIR,
  FIFTY_SECOND_DIR,
  FIFTY_THIRD_DIR,
  FIFTY_FOURTH_DIR,
  FIFTY_FIFTH_DIR,
  FIFTY_SIXTH_DIR,
  FIFTY_SEVENTH_DIR,
  FIFTY_EIGHTH_DIR,
  FIFTY_NINTH_DIR,
  SIXTIETH_DIR,
  SIXTY_FIRST_DIR,
  SIXTY_SECOND_DIR,
  SIXTY_THIRD_DIR,
  SIXTY_FOURTH_DIR,
  SIXTY_FIFTH_DIR,
  SIXTY_SIXTH_DIR,
  SIXTY_SEVENTH_DIR,
  SIXTY_EIGHTH_DIR,
  SIXTY_NINTH_DIR,
  SEVENTIETH_DIR,
  SEVENTY_FIRST_DIR,
  SEVENTY_SECOND_DIR,
  SEVENTY_THIRD_DIR,
  SEVENTY_FOURTH_DIR,
  SEVENTY_FIFTH_DIR,
  SEVENTY_SIXTH_DIR,
  SEVENTY_SEVENTH_DIR,
  SEVENTY_EIGHTH_DIR,
  SEVENTY_NINTH_DIR,
  EIGHTIETH_DIR,
  EIGHTY_FIRST_DIR,
  EIGHTY_SECOND_DIR,
  EIGHTY_THIRD_DIR,
  EIGHTY_FOURTH_DIR,
  EIGHTY_FIFTH_DIR,
  EIGHTY_SIXTH_DIR,
  EIGHTY_SEVENTH_DIR,
  EIGHTY_EIGHTH_DIR,
  THIRD_DIR,
} from './runEval.ts';
import { formatResult, precision, recall, verdictAccuracy } from './scoreEval.ts';

type Thresholds = Record<'name' | 'figure' | 'statement', { precision: number; recall: number }>;

const { result, pages } = runEval();
console.log(formatResult(result, pages.length, process.env.SOURCEMARK_EVAL_DETAILS === '1'));
/** The same pages as if none said when it was published (the page's date is what places a figure in its period). */
const undated = runEval({ dates: false }).result;
console.log(
  `Without the pages' dates:\n${formatResult(undated, pages.length, false).split('\n').slice(2).join('\n')}`,
);

/*
 * Sets by later annotators who had not seen the engine. Each was scored
 * untouched (its NOTES.md keeps those scores), then its misses were read by
 * kind to steer general rules: the sets read so are development sets, and only
 * an unread set's untouched score is a held-out measure. Thresholds are just
 * under what the engine reaches on each set; misses are printed with details.
 */
const details = process.env.SOURCEMARK_EVAL_DETAILS === '1';
const LATER_SETS: Array<{
  title: string;
  printed: string;
  dir: string;
  minPages: number;
  thresholds: Thresholds;
}> = [
  {
    title: 'held-out pages',
    printed: 'First held-out pages',
    dir: HELDOUT_DIR,
    minPages: 10,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.985, recall: 0.945 },
      statement: { precision: 0.995, recall: 0.946 },
    },
  },
  {
    title: 'second annotator’s pages',
    printed: "Second annotator's pages",
    dir: SECOND_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.98 },
      statement: { precision: 0.988, recall: 0.966 },
    },
  },
  {
    title: 'third annotator’s pages',
    printed: "Third annotator's pages",
    dir: THIRD_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.976, recall: 0.953 },
      statement: { precision: 0.975, recall: 0.975 },
    },
  },
  {
    title: 'fourth annotator’s pages',
    printed: "Fourth annotator's pages",
    dir: FOURTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.966, recall: 0.995 },
      statement: { precision: 0.995, recall: 0.959 },
    },
  },
  {
    title: 'fifth annotator’s pages',
    printed: "Fifth annotator's pages",
    dir: FIFTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.956 },
      statement: { precision: 0.969, recall: 0.954 },
    },
  },
  {
    title: 'sixth annotator’s pages',
    printed: "Sixth annotator's pages",
    dir: SIXTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.976, recall: 0.995 },
      statement: { precision: 0.965, recall: 0.875 },
    },
  },
  {
    title: 'seventh annotator’s pages',
    printed: "Seventh annotator's pages",
    dir: SEVENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.928 },
      statement: { precision: 0.984, recall: 0.901 },
    },
  },
  {
    title: 'eighth annotator’s pages',
    printed: "Eighth annotator's pages",
    dir: EIGHTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.973 },
      statement: { precision: 0.971, recall: 0.92 },
    },
  },
  {
    title: 'ninth annotator’s pages',
    printed: "Ninth annotator's pages (held out until their last untouched score)",
    dir: NINTH_DIR,
    minPages: 8,
    // h83, a thread that never writes OpenAI, is read since pageRelevance takes two central people
    // named in full: names recall rose from 83 to 93.9, and its claims cost figure and statement precision.
    thresholds: {
      name: { precision: 0.995, recall: 0.938 },
      figure: { precision: 0.925, recall: 0.833 },
      statement: { precision: 0.978, recall: 0.957 },
    },
  },
  {
    title: 'tenth annotator’s pages',
    printed: "Tenth annotator's pages (held out until their last untouched score)",
    dir: TENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.995 },
      statement: { precision: 0.995, recall: 0.954 },
    },
  },
  {
    title: 'eleventh annotator’s pages',
    printed: "Eleventh annotator's pages (held out until their last untouched score)",
    dir: ELEVENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.971, recall: 0.944 },
      // h101 "capping five days in which he was pushed out, courted … and finally welcomed back": the last
      // participle of the list is read as the return it tells; the annotator marked the sentence's first telling only.
      statement: { precision: 0.972, recall: 0.909 },
    },
  },
  {
    title: 'twelfth annotator’s pages',
    printed: "Twelfth annotator's pages (held out until their last untouched score)",
    dir: TWELFTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.994, recall: 0.995 },
      figure: { precision: 0.969, recall: 0.941 },
      // h114 never writes "OpenAI" and is read since the pair rule: its statements add recall and one false mark.
      statement: { precision: 0.962, recall: 0.894 },
    },
  },
  {
    title: 'thirteenth annotator’s pages',
    printed: "Thirteenth annotator's pages (held out until their last untouched score)",
    dir: THIRTEENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.951 },
      statement: { precision: 0.982, recall: 0.948 },
    },
  },
  {
    title: 'fourteenth annotator’s pages',
    printed: "Fourteenth annotator's pages (held out until their last untouched score)",
    dir: FOURTEENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.993, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.995 },
      statement: { precision: 0.982, recall: 0.901 },
    },
  },
  {
    title: 'fifteenth annotator’s pages',
    printed: "Fifteenth annotator's pages (held out until their last untouched score)",
    dir: FIFTEENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.98, recall: 0.859 },
      statement: { precision: 0.985, recall: 0.917 },
    },
  },
  {
    title: 'sixteenth annotator’s pages',
    printed: "Sixteenth annotator's pages (held out until their last untouched score)",
    dir: SIXTEENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.982 },
      figure: { precision: 0.995, recall: 0.942 },
      statement: { precision: 0.995, recall: 0.995 },
    },
  },
  {
    title: 'seventeenth annotator’s pages',
    printed: "Seventeenth annotator's pages (held out until their last untouched score)",
    dir: SEVENTEENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.869 },
      statement: { precision: 0.995, recall: 0.965 },
    },
  },
  {
    title: 'eighteenth annotator’s pages',
    printed: "Eighteenth annotator's pages (held out until their last untouched score)",
    dir: EIGHTEENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.973, recall: 0.902 },
      statement: { precision: 0.958, recall: 0.945 },
    },
  },
  {
    title: 'nineteenth set of pages',
    printed: "Nineteenth annotator's pages (held out until their last untouched score)",
    dir: NINETEENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.97, recall: 0.97 },
      statement: { precision: 0.954, recall: 0.954 },
    },
  },
  {
    title: 'twentieth set of pages',
    printed: "Twentieth annotator's pages (held out until their last untouched score)",
    dir: TWENTIETH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.999, recall: 0.999 },
      statement: { precision: 0.937, recall: 0.952 },
    },
  },
  {
    title: 'twenty-first set of pages',
    printed: "Twenty-first annotator's pages (held out until their last untouched score)",
    dir: TWENTY_FIRST_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.97, recall: 0.942 },
      statement: { precision: 0.958, recall: 0.958 },
    },
  },
  {
    title: 'twenty-second set of pages',
    printed: "Twenty-second annotator's pages (held out until their last untouched score)",
    dir: TWENTY_SECOND_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.964 },
      statement: { precision: 0.995, recall: 0.963 },
    },
  },
  {
    title: 'twenty-third set of pages',
    printed: "Twenty-third annotator's pages (held out until their last untouched score)",
    dir: TWENTY_THIRD_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.972 },
      statement: { precision: 0.985, recall: 0.971 },
    },
  },
  {
    title: 'twenty-fourth set of pages',
    printed: "Twenty-fourth annotator's pages (held out until their last untouched score)",
    dir: TWENTY_FOURTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.916 },
      statement: { precision: 0.96, recall: 0.972 },
    },
  },
  {
    title: 'twenty-fifth set of pages',
    printed: "Twenty-fifth annotator's pages (held out until their last untouched score)",
    dir: TWENTY_FIFTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.795 },
      statement: { precision: 0.933, recall: 0.958 },
    },
  },
  {
    title: 'twenty-sixth set of pages',
    printed: "Twenty-sixth annotator's pages (held out until their last untouched score)",
    dir: TWENTY_SIXTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.967, recall: 0.967 },
      statement: { precision: 0.987, recall: 0.987 },
    },
  },
  {
    title: 'twenty-seventh set of pages',
    printed: "Twenty-seventh annotator's pages (held out until their last untouched score)",
    dir: TWENTY_SEVENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.925 },
      statement: { precision: 0.961, recall: 0.973 },
    },
  },
  {
    title: 'twenty-eighth set of pages',
    printed: "Twenty-eighth annotator's pages (held out until their last untouched score)",
    dir: TWENTY_EIGHTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.971 },
      statement: { precision: 0.984, recall: 0.94 },
    },
  },
  {
    title: 'twenty-ninth set of pages',
    printed: "Twenty-ninth annotator's pages (held out until their last untouched score)",
    dir: TWENTY_NINTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.972 },
      statement: { precision: 0.984, recall: 0.955 },
    },
  },
  {
    title: 'thirtieth set of pages',
    printed: "Thirtieth annotator's pages (held out until their last untouched score)",
    dir: THIRTIETH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.77 },
      statement: { precision: 0.971, recall: 0.932 },
    },
  },
  {
    title: 'thirty-first set of pages',
    printed: "Thirty-first annotator's pages (held out until their last untouched score)",
    dir: THIRTY_FIRST_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.888 },
      statement: { precision: 0.986, recall: 0.902 },
    },
  },
  {
    title: 'thirty-second set of pages',
    printed: "Thirty-second annotator's pages (held out until their last untouched score)",
    dir: THIRTY_SECOND_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.958, recall: 0.896 },
      statement: { precision: 0.978, recall: 0.978 },
    },
  },
  {
    title: 'thirty-third set of pages',
    printed: "Thirty-third annotator's pages (held out until their last untouched score)",
    dir: THIRTY_THIRD_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.888, recall: 0.872 },
      statement: { precision: 0.985, recall: 0.92 },
    },
  },
  {
    title: 'thirty-fourth set of pages',
    printed: "Thirty-fourth annotator's pages (held out until their last untouched score)",
    dir: THIRTY_FOURTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.967, recall: 0.842 },
      statement: { precision: 0.971, recall: 0.881 },
    },
  },
  {
    title: 'thirty-fifth set of pages',
    printed: "Thirty-fifth annotator's pages (held out until their last untouched score)",
    dir: THIRTY_FIFTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.984, recall: 0.888 },
      statement: { precision: 0.975, recall: 0.939 },
    },
  },
  {
    title: 'thirty-sixth set of pages',
    printed: "Thirty-sixth annotator's pages (held out until their last untouched score)",
    dir: THIRTY_SIXTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.988, recall: 0.995 },
      figure: { precision: 0.961, recall: 0.769 },
      statement: { precision: 0.995, recall: 0.847 },
    },
  },
  {
    title: 'thirty-seventh set of pages',
    printed: "Thirty-seventh annotator's pages (held out until their last untouched score)",
    dir: THIRTY_SEVENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.964, recall: 0.947 },
      statement: { precision: 0.93, recall: 0.94 },
    },
  },
  {
    title: 'thirty-eighth set of pages',
    printed: "Thirty-eighth annotator's pages (held out until their last untouched score)",
    dir: THIRTY_EIGHTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.981, recall: 0.838 },
      statement: { precision: 0.952, recall: 0.975 },
    },
  },
  {
    title: 'thirty-ninth set of pages',
    printed: "Thirty-ninth annotator's pages (held out until their last untouched score)",
    dir: THIRTY_NINTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.921, recall: 0.87 },
      statement: { precision: 0.961, recall: 0.937 },
    },
  },
  {
    title: 'fortieth set of pages',
    printed: "Fortieth annotator's pages (held out until their last untouched score)",
    dir: FORTIETH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.964, recall: 0.964 },
      statement: { precision: 0.986, recall: 0.91 },
    },
  },
  {
    title: 'forty-first set of pages',
    printed: "Forty-first annotator's pages (held out until their last untouched score)",
    dir: FORTY_FIRST_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.969, recall: 0.864 },
      statement: { precision: 0.963, recall: 0.824 },
    },
  },
  {
    title: 'forty-second set of pages',
    printed: "Forty-second annotator's pages (held out until their last untouched score)",
    dir: FORTY_SECOND_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.979, recall: 0.888 },
      statement: { precision: 0.959, recall: 0.934 },
    },
  },
  {
    title: 'forty-third set of pages',
    printed: "Forty-third annotator's pages (held out until their last untouched score)",
    dir: FORTY_THIRD_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.968, recall: 0.968 },
      statement: { precision: 0.982, recall: 0.904 },
    },
  },
  {
    title: 'forty-fourth set of pages',
    printed: "Forty-fourth annotator's pages (held out until their last untouched score)",
    dir: FORTY_FOURTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.965, recall: 0.982 },
      statement: { precision: 0.987, recall: 0.885 },
    },
  },
  {
    title: 'forty-fifth set of pages',
    printed: "Forty-fifth annotator's pages (held out until their last untouched score)",
    dir: FORTY_FIFTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.97 },
      statement: { precision: 0.989, recall: 0.967 },
    },
  },
  {
    title: 'forty-sixth set of pages',
    printed: "Forty-sixth annotator's pages (held out until their last untouched score)",
    dir: FORTY_SIXTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.995 },
      statement: { precision: 0.987, recall: 0.962 },
    },
  },
  {
    title: 'forty-seventh set of pages',
    printed: "Forty-seventh annotator's pages (held out until their last untouched score)",
    dir: FORTY_SEVENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.945 },
      statement: { precision: 0.995, recall: 0.986 },
    },
  },
  {
    title: 'forty-eighth set of pages',
    printed: "Forty-eighth annotator's pages (held out until their last untouched score)",
    dir: FORTY_EIGHTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.934, recall: 0.977 },
      statement: { precision: 0.978, recall: 0.978 },
    },
  },
  {
    title: 'forty-ninth set of pages',
    printed: "Forty-ninth annotator's pages (held out until their last untouched score)",
    dir: FORTY_NINTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.965 },
      statement: { precision: 0.99, recall: 0.98 },
    },
  },
  {
    title: 'fiftieth set of pages',
    printed: "Fiftieth annotator's pages (held out until their last untouched score)",
    dir: FIFTIETH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.975, recall: 0.888 },
      statement: { precision: 0.995, recall: 0.907 },
    },
  },
  {
    title: 'fifty-first set of pages',
    printed: "Fifty-first annotator's pages (held out until their last untouched score)",
    dir: FIFTY_FIRST_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.864 },
      statement: { precision: 0.954, recall: 0.933 },
    },
  },
  {
    title: 'fifty-second set of pages',
    printed: "Fifty-second annotator's pages (held out until their last untouched score)",
    dir: FIFTY_SECOND_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.957, recall: 0.957 },
      statement: { precision: 0.977, recall: 0.934 },
    },
  },
  {
    title: 'fifty-third set of pages',
    printed: "Fifty-third annotator's pages (held out until their last untouched score)",
    dir: FIFTY_THIRD_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.984, recall: 0.915 },
      statement: { precision: 0.995, recall: 0.937 },
    },
  },
  {
    title: 'fifty-fourth set of pages',
    printed: "Fifty-fourth annotator's pages (held out until their last untouched score)",
    dir: FIFTY_FOURTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.971, recall: 0.918 },
      statement: { precision: 0.928, recall: 0.942 },
    },
  },
  {
    title: 'fifty-fifth set of pages',
    printed: "Fifty-fifth annotator's pages (held out until their last untouched score)",
    dir: FIFTY_FIFTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.967, recall: 0.81 },
      statement: { precision: 0.964, recall: 0.89 },
    },
  },
  {
    title: 'fifty-sixth set of pages',
    printed: "Fifty-sixth annotator's pages (held out until their last untouched score)",
    dir: FIFTY_SIXTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.96 },
      statement: { precision: 0.986, recall: 0.925 },
    },
  },
  {
    title: 'fifty-seventh set of pages',
    printed: "Fifty-seventh annotator's pages (held out until their last untouched score)",
    dir: FIFTY_SEVENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.98, recall: 0.961 },
      statement: { precision: 0.987, recall: 0.963 },
    },
  },
  {
    title: 'fifty-eighth set of pages',
    printed: "Fifty-eighth annotator's pages (held out until their last untouched score)",
    dir: FIFTY_EIGHTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.96 },
      statement: { precision: 0.951, recall: 0.936 },
    },
  },
  {
    title: 'fifty-ninth set of pages',
    printed: "Fifty-ninth annotator's pages (held out until their last untouched score)",
    dir: FIFTY_NINTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.964 },
      // 0.995 -> 0.986: h583's "It says: we could not rely on what he told us" glosses the board's reason in the
      // essayist's words; the engine marks it as firing-reason, the gold keeps two spans of that paragraph (A).
      statement: { precision: 0.987, recall: 0.855 },
    },
  },
  {
    title: 'sixtieth set of pages',
    printed: "Sixtieth annotator's pages (held out until their last untouched score)",
    dir: SIXTIETH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.94 },
      statement: { precision: 0.995, recall: 0.988 },
    },
  },
  {
    title: 'sixty-first set of pages',
    printed: "Sixty-first annotator's pages (held out until their last untouched score)",
    dir: SIXTY_FIRST_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.985 },
      statement: { precision: 0.987, recall: 0.995 },
    },
  },
  {
    title: 'sixty-second set of pages',
    printed: "Sixty-second annotator's pages (held out until their last untouched score)",
    dir: SIXTY_SECOND_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.958 },
      statement: { precision: 0.987, recall: 0.941 },
    },
  },
  {
    title: 'sixty-third set of pages',
    printed: "Sixty-third annotator's pages (held out until their last untouched score)",
    dir: SIXTY_THIRD_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.995 },
      statement: { precision: 0.988, recall: 0.988 },
    },
  },
  {
    title: 'sixty-fourth set of pages',
    printed: "Sixty-fourth annotator's pages (held out until their last untouched score)",
    dir: SIXTY_FOURTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.892, recall: 0.98 },
      statement: { precision: 0.959, recall: 0.94 },
    },
  },
  {
    title: 'sixty-fifth set of pages',
    printed: "Sixty-fifth annotator's pages (held out until their last untouched score)",
    dir: SIXTY_FIFTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.994 },
      figure: { precision: 0.933, recall: 0.875 },
      statement: { precision: 0.957, recall: 0.883 },
    },
  },
  {
    title: 'sixty-sixth set of pages',
    printed: "Sixty-sixth annotator's pages (held out until their last untouched score)",
    dir: SIXTY_SIXTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.964, recall: 0.833 },
      statement: { precision: 0.974, recall: 0.892 },
    },
  },
  {
    title: 'sixty-seventh set of pages',
    printed: "Sixty-seventh annotator's pages (held out until their last untouched score)",
    dir: SIXTY_SEVENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.835, recall: 0.916 },
      statement: { precision: 0.94, recall: 0.922 },
    },
  },
  {
    title: 'sixty-eighth set of pages',
    printed: "Sixty-eighth annotator's pages (held out until their last untouched score)",
    dir: SIXTY_EIGHTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.946, recall: 0.828 },
      statement: { precision: 0.976, recall: 0.903 },
    },
  },
  {
    title: 'sixty-ninth set of pages',
    printed: "Sixty-ninth annotator's pages (held out until their last untouched score)",
    dir: SIXTY_NINTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.926, recall: 0.926 },
      statement: { precision: 0.973, recall: 0.936 },
    },
  },
  {
    title: 'seventieth set of pages',
    printed: "Seventieth annotator's pages (held out until their last untouched score)",
    dir: SEVENTIETH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.943, recall: 0.957 },
      statement: { precision: 0.995, recall: 0.95 },
    },
  },
  {
    title: 'seventy-first set of pages',
    printed: "Seventy-first annotator's pages (held out until their last untouched score)",
    dir: SEVENTY_FIRST_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.887 },
      statement: { precision: 0.995, recall: 0.967 },
    },
  },
  {
    title: 'seventy-second set of pages',
    printed: "Seventy-second annotator's pages (held out until their last untouched score)",
    dir: SEVENTY_SECOND_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.929, recall: 0.814 },
      statement: { precision: 0.976, recall: 0.845 },
    },
  },
  {
    title: 'seventy-third set of pages',
    printed: "Seventy-third annotator's pages (held out until their last untouched score)",
    dir: SEVENTY_THIRD_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.945, recall: 0.945 },
      statement: { precision: 0.963, recall: 0.908 },
    },
  },
  {
    title: 'seventy-fourth set of pages',
    printed: "Seventy-fourth annotator's pages (held out until their last untouched score)",
    dir: SEVENTY_FOURTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.982 },
      figure: { precision: 0.995, recall: 0.935 },
      statement: { precision: 0.96, recall: 0.9 },
    },
  },
  {
    title: 'seventy-fifth set of pages',
    printed: "Seventy-fifth annotator's pages (held out until their last untouched score)",
    dir: SEVENTY_FIFTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.987 },
      figure: { precision: 0.924, recall: 0.938 },
      statement: { precision: 0.987, recall: 0.885 },
    },
  },
  {
    title: 'seventy-sixth set of pages',
    printed: "Seventy-sixth annotator's pages (held out until their last untouched score)",
    dir: SEVENTY_SIXTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.982, recall: 0.934 },
      statement: { precision: 0.977, recall: 0.944 },
    },
  },
  {
    title: 'seventy-seventh set of pages',
    printed: "Seventy-seventh annotator's pages (held out until their last untouched score)",
    dir: SEVENTY_SEVENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.933, recall: 0.954 },
      statement: { precision: 0.963, recall: 0.909 },
    },
  },
  {
    title: 'seventy-eighth set of pages',
    printed: "Seventy-eighth annotator's pages (held out until their last untouched score)",
    dir: SEVENTY_EIGHTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.976, recall: 0.933 },
      statement: { precision: 0.96, recall: 0.935 },
    },
  },
  {
    title: 'seventy-ninth set of pages',
    printed: "Seventy-ninth annotator's pages (held out until their last untouched score)",
    dir: SEVENTY_NINTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.96, recall: 0.842 },
      statement: { precision: 0.987, recall: 0.93 },
    },
  },
  {
    title: 'eightieth set of pages',
    printed: "Eightieth annotator's pages (held out until their last untouched score)",
    dir: EIGHTIETH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.976, recall: 0.976 },
      statement: { precision: 0.941, recall: 0.818 },
    },
  },
  {
    title: 'eighty-first set of pages',
    printed: "Eighty-first annotator's pages (held out until their last untouched score)",
    dir: EIGHTY_FIRST_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.977, recall: 0.934 },
      statement: { precision: 0.982, recall: 0.875 },
    },
  },
  {
    title: 'eighty-second set of pages',
    printed: "Eighty-second annotator's pages (held out until their last untouched score)",
    dir: EIGHTY_SECOND_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.973, recall: 0.86 },
      statement: { precision: 0.945, recall: 0.875 },
    },
  },
  {
    title: 'eighty-third set of pages',
    printed: "Eighty-third annotator's pages (held out until their last untouched score)",
    dir: EIGHTY_THIRD_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.96, recall: 0.979 },
      statement: { precision: 0.952, recall: 0.81 },
    },
  },
  {
    title: 'eighty-fourth set of pages',
    printed: "Eighty-fourth annotator's pages (held out until their last untouched score)",
    dir: EIGHTY_FOURTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.931 },
      statement: { precision: 0.988, recall: 0.826 },
    },
  },
  {
    title: 'eighty-fifth set of pages',
    printed: "Eighty-fifth annotator's pages (held out until their last untouched score)",
    dir: EIGHTY_FIFTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.875, recall: 0.887 },
      statement: { precision: 0.995, recall: 0.896 },
    },
  },
  {
    title: 'eighty-sixth set of pages',
    printed: "Eighty-sixth annotator's pages (held out until their last untouched score)",
    dir: EIGHTY_SIXTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.995, recall: 0.995 },
      figure: { precision: 0.995, recall: 0.942 },
      statement: { precision: 0.979, recall: 0.905 },
    },
  },
  {
    title: 'eighty-seventh set of pages',
    printed: "Eighty-seventh annotator's pages (held out until their last untouched score)",
    dir: EIGHTY_SEVENTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.994, recall: 0.995 },
      figure: { precision: 0.978, recall: 0.833 },
      statement: { precision: 0.921, recall: 0.839 },
    },
  },
  {
    title: 'eighty-eighth set of pages',
    printed: "Eighty-eighth annotator's pages (held out until their last untouched score)",
    dir: EIGHTY_EIGHTH_DIR,
    minPages: 8,
    thresholds: {
      name: { precision: 0.994, recall: 0.995 },
      figure: { precision: 0.79, recall: 0.844 },
      statement: { precision: 0.925, recall: 0.831 },
    },
  },
];
const laterSets = LATER_SETS.map((entry) => ({ ...entry, set: runEval({ dir: entry.dir }) }));
for (const { printed, set } of laterSets)
  console.log(
    `${printed}:\n${formatResult(set.result, set.pages.length, details).split('\n').slice(1).join('\n')}`,
  );

/** Just under what the engine reaches on these pages: a regression fails. */
const THRESHOLDS = {
  name: { precision: 0.995, recall: 0.995 },
  figure: { precision: 0.99, recall: 0.99, verdicts: 0.99 },
  statement: { precision: 0.99, recall: 0.99, verdicts: 0.99 },
};
/** Without dates, figures of other periods are taken for this one's. */
const UNDATED_FIGURES = { precision: 0.98, recall: 0.98, verdicts: 0.98 };

describe('evaluation pages', () => {
  it('reads at least 26 annotated pages, some not about the story', () => {
    expect(pages.length).toBeGreaterThanOrEqual(26);
    expect(pages.filter((p) => !p.about).length).toBeGreaterThanOrEqual(3);
  });

  it('leaves pages not about the story unmarked', () => {
    expect(result.notAboutMarks).toBe(0);
  });

  it.each(['name', 'figure', 'statement'] as const)('%s: precision and recall hold', (kind) => {
    const score = result.byKind[kind];
    expect(precision(score)).toBeGreaterThanOrEqual(THRESHOLDS[kind].precision);
    expect(recall(score)).toBeGreaterThanOrEqual(THRESHOLDS[kind].recall);
  });

  it.each(['figure', 'statement'] as const)('%s: verdicts hold', (kind) => {
    expect(verdictAccuracy(result.byKind[kind])).toBeGreaterThanOrEqual(THRESHOLDS[kind].verdicts);
  });

  it('figures hold without the pages’ dates', () => {
    expect(precision(undated.byKind.figure)).toBeGreaterThanOrEqual(UNDATED_FIGURES.precision);
    expect(recall(undated.byKind.figure)).toBeGreaterThanOrEqual(UNDATED_FIGURES.recall);
    expect(verdictAccuracy(undated.byKind.figure)).toBeGreaterThanOrEqual(UNDATED_FIGURES.verdicts);
  });
});

/** A set written apart from the engine: its pages, nothing marked where a page is not about the story, and its scores. */
function describeSet(
  title: string,
  set: ReturnType<typeof runEval>,
  minPages: number,
  thresholds: Thresholds,
) {
  describe(title, () => {
    it(`reads at least ${minPages} pages, one not about the story, and marks nothing there`, () => {
      expect(set.pages.length).toBeGreaterThanOrEqual(minPages);
      expect(set.pages.some((p) => !p.about)).toBe(true);
      expect(set.result.notAboutMarks).toBe(0);
    });

    it.each(['name', 'figure', 'statement'] as const)('%s: precision and recall hold', (kind) => {
      const score = set.result.byKind[kind];
      expect(precision(score)).toBeGreaterThanOrEqual(thresholds[kind].precision);
      expect(recall(score)).toBeGreaterThanOrEqual(thresholds[kind].recall);
    });
  });
}

for (const { title, set, minPages, thresholds } of laterSets) describeSet(title, set, minPages, thresholds);
