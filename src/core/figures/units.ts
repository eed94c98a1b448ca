/** What a figure counts or measures: the dataset's units. */
export const FIGURE_UNITS = ['people', 'usd', 'eur', 'percent', 'users', 'count', 'years', 'months'] as const;
/** Pages also write pounds, which no report uses. */
export const PAGE_FIGURE_UNITS = [...FIGURE_UNITS, 'gbp'] as const;
