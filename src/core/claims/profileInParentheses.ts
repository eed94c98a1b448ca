import type { ContentClaim } from '../dataset/schema.ts';
import type { PageFigure } from '../figures/parseFigure.ts';
import type { NameHit } from '../match/findNames.ts';

/*
 * An organisation's profile in brackets after its name: "Lumina Clinical (Durham, 46 employees)",
 * "Briefwise (Chapel Hill; 14 staff)", "Sorrelwood Analytics [Raleigh, founded 2019, 19 people]",
 * "Kestrel Labs (46 employees, Series A)". Round-ups of startups, job boards and trade press give a
 * firm's town, founding year and headcount so. The count is that firm's, whoever the page is about —
 * unless the name before the bracket is the topic's own ("OpenAI (San Francisco, 770 employees)").
 */

/** The bracket opened after a capitalised name, and the profile up to the figure: a few short items. */
const PROFILE_BEFORE =
  /(?<name>(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&'’.-]*)\s*[([](?<items>[^()[\]]{0,60})$/u;
/** The items before the figure: nothing, or places, years and such set off by commas or semicolons. */
const PROFILE_ITEMS =
  /^(?:$|[^;,]{1,40}[;,]\s*(?:[^;,]{1,30}[;,]\s*){0,2}$|(?:est\.|founded)\s+\d{4}[;,]\s*$)/iu;
/** A headcount word right after the figure, then the bracket closes or the next item starts. */
const HEADCOUNT_AFTER =
  /^\s*(?:full-time\s+)?(?:employees|staff|staffers|people|workers|engineers|researchers|person\s+team|strong|headcount)\s*(?:[)\];,]|$)/iu;

/** The figure is a headcount in another organisation's bracketed profile. */
export function countsProfiledOther(
  claim: ContentClaim,
  text: string,
  figure: PageFigure,
  names: NameHit[],
): boolean {
  if (figure.unit !== 'people' && figure.unit !== 'count') return false;
  if (!HEADCOUNT_AFTER.test(text.slice(figure.end, figure.end + 30))) return false;
  const before = text.slice(Math.max(0, figure.start - 120), figure.start);
  const profile = PROFILE_BEFORE.exec(before);
  if (!profile?.groups || !PROFILE_ITEMS.test(profile.groups.items!)) return false;
  // The bracket's name: a known name ending there that is one of the topic's entities keeps the count.
  const nameEnd = figure.start - before.length + profile.index + profile.groups.name!.length;
  const nameStart = nameEnd - profile.groups.name!.length;
  const named = names.find((n) => n.end <= nameEnd && n.end >= nameStart && n.start >= nameStart - 2);
  return !named || !claim.entities.includes(named.entityId);
}
