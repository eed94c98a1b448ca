import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateSettings } from '../../src/content/gateSettings.ts';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, SettingsSchema } from '../../src/core/settings.ts';

const HOSTS = ['news.example', 'www.example.org', 'blog.test'];

/** Any settings object the schema accepts: each of its keys present or not, with a value of its type. */
const storedSettings = fc.record(
  Object.fromEntries(
    Object.keys(SettingsSchema.entries).map((key) => [
      key,
      Array.isArray(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS])
        ? fc.array(fc.constantFrom(...HOSTS))
        : fc.boolean(),
    ]),
  ),
  { requiredKeys: [] },
);

describe('gateSettings', () => {
  it('means what parseSettings and isActiveOn mean, for any settings the schema accepts', () => {
    fc.assert(
      fc.property(storedSettings, fc.constantFrom(...HOSTS), (stored, host) => {
        const settings = parseSettings(stored);
        expect(gateSettings(stored, host)).toEqual({
          active: isActiveOn(settings, host),
          everywhere: settings.everywhere,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the defaults where nothing could be read', () => {
    for (const stored of [undefined, null, 'text', 42])
      expect(gateSettings(stored, 'news.example')).toEqual({
        active: isActiveOn(DEFAULT_SETTINGS, 'news.example'),
        everywhere: DEFAULT_SETTINGS.everywhere,
      });
  });
});
