/**
 * The closed classes of words that open an English noun phrase. Modules that
 * ask "does a noun phrase (or a subject) start here?" build their sets from
 * these, so each list is written once.
 */
export const ARTICLES = ['the', 'a', 'an'] as const;
export const POSSESSIVE_DETERMINERS = ['his', 'her', 'its', 'their', 'our', 'my'] as const;
export const SINGULAR_DEMONSTRATIVES = ['this', 'that'] as const;
export const DEMONSTRATIVES = [...SINGULAR_DEMONSTRATIVES, 'these', 'those'] as const;
