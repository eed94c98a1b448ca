import { describe, expect, it } from 'vitest';
import { GATE_MATCHES, gateRegistration, sameRegistration } from '../../src/core/page/gateRegistration.ts';
import { parseSettings } from '../../src/core/settings.ts';

const FILES = { gate: 'src/content/gate.js', everywhere: 'src/content/gateEverywhere.js' };
const registration = (stored: object) => gateRegistration(parseSettings(stored), FILES);

describe('gateRegistration', () => {
  it('registers the gate for every web page while highlighting is on, and nowhere while it is off', () => {
    expect(registration({})).toEqual({
      id: 'sourcemark-gate',
      matches: GATE_MATCHES,
      excludeMatches: [],
      js: ['src/content/gate.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect(registration({ enabled: false, everywhere: true })).toBeUndefined();
  });

  it('leaves out the sites switched off, on any port, and any name a match pattern cannot hold', () => {
    expect(
      registration({ disabledSites: ['news.example', '127.0.0.1', '[::1]', 'news.example', 'bad/host', ''] })
        ?.excludeMatches,
    ).toEqual(['*://127.0.0.1/*', '*://[::1]/*', '*://news.example/*']);
  });

  it('runs the everywhere line before the gate when the reader wants highlights on every page', () => {
    expect(registration({ everywhere: true })?.js).toEqual([
      'src/content/gateEverywhere.js',
      'src/content/gate.js',
    ]);
  });

  it('recognises the registration the browser holds, however it hands the paths back', () => {
    const wanted = registration({ disabledSites: ['b.example', 'a.example'], everywhere: true })!;
    expect(
      sameRegistration(
        {
          js: ['moz-extension://uuid/src/content/gateEverywhere.js', '/src/content/gate.js'],
          matches: [...GATE_MATCHES].reverse(),
          excludeMatches: ['*://b.example/*', '*://a.example/*'],
        },
        wanted,
      ),
    ).toBe(true);
    expect(sameRegistration({ ...wanted, js: [...wanted.js].reverse() }, wanted)).toBe(false);
    expect(sameRegistration({ ...wanted, excludeMatches: [] }, wanted)).toBe(false);
    expect(sameRegistration({ ...wanted, runAt: 'document_start' }, wanted)).toBe(false);
  });
});
