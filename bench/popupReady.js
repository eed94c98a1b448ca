#!/usr/bin/env node
// Only the bench's "popup ready", for builds side by side: node bench/popupReady.js DIST_A [DIST_B …]
// Each repetition opens the popup once per build, in a fresh browser, in rotating order, so the
// builds share the machine's load; the median per build is what to compare (POPUP_REPS, default 9).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const REPS = Number(process.env.POPUP_REPS ?? 9);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dists = process.argv.slice(2).map((d) => resolve(d));
if (!dists.length) {
  console.error('usage: node bench/popupReady.js DIST_DIR [DIST_DIR …]');
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** As bench/run.js's popupReady: a fresh browser with the build installed, the popup opened in a tab. */
async function popupReady(dist) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--js-flags=--expose-gc',
    ],
    enableExtensions: [dist],
  });
  try {
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    );
    const origin = /^chrome-extension:\/\/[a-p]{32}/.exec(worker.url())[0];
    const manifest = JSON.parse(readFileSync(`${dist}/manifest.json`, 'utf8'));
    const page = await browser.newPage();
    await page.goto(`${origin}/${manifest.action.default_popup}`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('sourcemark:popup-ready').length > 0, {
      timeout: 10_000,
    });
    return await page.evaluate(() => performance.getEntriesByName('sourcemark:popup-ready')[0].startTime);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

const samples = dists.map(() => []);
for (let rep = 0; rep < REPS; rep++) {
  for (let i = 0; i < dists.length; i++) {
    const k = (i + rep) % dists.length;
    samples[k].push(await popupReady(dists[k]));
  }
}
// On a loaded machine the slow samples are other processes' doing: the fastest quarter says what the code costs.
const quartile = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 4)];
for (let k = 0; k < dists.length; k++)
  console.log(
    `${dists[k]}: popup ready median ${median(samples[k]).toFixed(1)} ms, fastest quarter ${quartile(samples[k]).toFixed(1)} ms, fastest ${Math.min(...samples[k]).toFixed(1)} ms (${samples[k].map((x) => x.toFixed(0)).join(' ')})`,
  );
