import * as v from 'valibot';
import type { EntityKind } from './dataset/schema.ts';
import type { HighlightOptions } from './page/selectHighlights.ts';

/** What the reader can change, kept in storage.sync. Anything unreadable falls back to the defaults. */
export const SettingsSchema = v.object({
  enabled: v.optional(v.boolean(), true),
  /** Hostnames where highlighting is off. */
  disabledSites: v.optional(v.array(v.string()), []),
  people: v.optional(v.boolean(), true),
  organisations: v.optional(v.boolean(), true),
  /** Products and named events. */
  products: v.optional(v.boolean(), true),
  claims: v.optional(v.boolean(), true),
  /** Highlight even on pages that are not about the story. */
  everywhere: v.optional(v.boolean(), false),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

export function parseSettings(raw: unknown): Settings {
  const result = v.safeParse(SettingsSchema, raw ?? {});
  return result.success ? result.output : DEFAULT_SETTINGS;
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}

export function highlightOptions(settings: Settings): HighlightOptions {
  const kinds: EntityKind[] = [];
  if (settings.people) kinds.push('person');
  if (settings.organisations) kinds.push('organisation');
  if (settings.products) kinds.push('product', 'event');
  return { ignoreRelevance: settings.everywhere, entityKinds: new Set(kinds), claims: settings.claims };
}
