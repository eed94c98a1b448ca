/*
 * "the four" restates a count the text gave before: "Four directors voted… Among the four was
 * Sutskever". Where that earlier count counted things, not people ("Microsoft named four partners.
 * Among the four was Nvidia", "OpenAI launched four products. The four included a voice assistant"),
 * the restated group is those things, and it counts no group of people.
 */

/** How far back the earlier count may stand: its sentence and a few before, in the same block. */
const REACH = 400;
/** People a count may count, up to two describing words before the noun ("four independent directors"). */
const PEOPLE_AFTER =
  /^\s+(?:[\p{L}'’-]+\s+){0,2}?(?:people|persons|directors|members|trustees|governors|founders|co-founders|cofounders|executives|employees|staff|staffers|workers|researchers|engineers|leaders|men|women|signatories|investors|insiders|newcomers|appointees|officials|colleagues)\b/iu;
/** Any plural noun after the earlier count, up to two describing words before it. */
const THINGS_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,2}?\p{Ll}[\p{L}-]*s\b/u;

/** The count `wording` at `start` restates an earlier count in `text` of things, not people. */
export function restatesCountOfThings(text: string, start: number, wording: string): boolean {
  const window = text.slice(Math.max(0, start - REACH), start);
  const word = wording.toLowerCase();
  const at = window.toLowerCase().lastIndexOf(word);
  if (
    at < 0 ||
    /[\p{L}\p{N}]/u.test(window[at - 1] ?? '') ||
    /[\p{L}\p{N}]/u.test(window[at + word.length] ?? '')
  )
    return false;
  const after = window.slice(at + word.length, at + word.length + 60);
  return !PEOPLE_AFTER.test(after) && THINGS_AFTER.test(after);
}

/**
 * The count `wording` at `start` says again, in the same sentence, a count just given: "Only four directors voted
 * him out, and one of those four signed the letter" is one count said twice, marked once (the group's act after
 * "those four" is no new statement of its size).
 */
export function restatesCountInSentence(text: string, start: number, wording: string): boolean {
  const window = text.slice(Math.max(0, start - REACH), start);
  const sentence = window.slice(Math.max(0, ...[...window.matchAll(/[.!?]\s/g)].map((m) => m.index + 2)));
  const escaped = wording.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}])`, 'iu').test(sentence);
}
