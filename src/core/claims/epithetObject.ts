/**
 * A capitalised word inside an epithet's complement names what the subject makes or owns, not the
 * subject: "The tech giant behind Windows and Xbox has poured $13bn", "the maker of ChatGPT raised",
 * "a company that owns LinkedIn and GitHub invested", "the firm which built Claude". The owner of the
 * figure is the epithet's head ("the tech giant"), so the product names are no other owner.
 * "Shares of Alphabet", "the parent of Google" stay owners: only a maker's or a backer's relation is read.
 */

/** A determiner and a head of up to four words, the relation, then names joined by spaces, commas, "and", "&", up to `at`. */
const EPITHET_OBJECT_BEFORE =
  /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:behind|(?:maker|makers|creator|creators|developer|developers|publisher|owner|operator|producer|builder|provider)\s+of|(?:that|which|who)\s+(?:also\s+)?(?:makes|made|owns|owned|builds|built|creates|created|runs|ran|operates|develops|developed|publishes|sells|gave\s+us|brought\s+us))\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+))*$/u;

/** The capitalised word starting at the end of `before` sits in an epithet's complement. */
export function inEpithetObject(before: string): boolean {
  return EPITHET_OBJECT_BEFORE.test(before);
}
