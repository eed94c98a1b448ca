/*
 * "the San Francisco company", "the California start-up", "the San Francisco-based firm": a company named
 * by its place is a description of a company, not another company's name. Its capitalised words are the
 * place; "the" before them says they modify the noun (in "Mistral's start-up" or "Anthropic, the start-up"
 * the name stands on its own).
 */

/** Nouns for a company that a place may describe. */
const COMPANY_NOUN = /^(?:company|firm|start-?up|group|lab|business|outfit|enterprise)$/i;
/**
 * "the" and one to three capitalised words, maybe ending "-based", right before the noun; not an
 * apposition after a name ("Mistral, the Paris company,"), which the name owns.
 */
const THE_PLACE_BEFORE =
  /(?<![\p{L}\p{N}'’.)]\s*,\s*)\bthe\s+(?:\p{Lu}[\p{L}.'’]*\s+){0,2}\p{Lu}[\p{L}.'’]*(?:-based)?\s+$/u;
/** A capitalised word after the noun, before the figure: a name set beside it ("the Paris company Mistral at"). */
const NAME_AFTER = /\p{Lu}/u;

/**
 * Whether the cue word `key` from `start` to `end` of `text` is a company noun described by a place
 * before it, with no name between it and the figure at `figureStart`.
 */
export function isPlaceDescribed(
  text: string,
  key: string,
  start: number,
  end: number,
  figureStart: number,
): boolean {
  return (
    COMPANY_NOUN.test(key) &&
    THE_PLACE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) &&
    !NAME_AFTER.test(text.slice(end, figureStart))
  );
}
