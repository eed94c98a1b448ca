import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { walkBlocks } from '../../src/content/collectBlocks.ts';
import { currentHost, settingsToGate, statusFromGate, type Engine } from '../../src/content/engineHost.ts';
import { leaveGateSettings, startEverywhere, takeGateStart } from '../../src/content/gateStart.ts';
import { gateSettings } from '../../src/content/gateSettings.ts';
import { runGate } from '../../src/content/runGate.ts';
import { pageText, StoryWatch } from '../../src/content/storyWatch.ts';
import { compileStoryGate, emptyReading, readForStory } from '../../src/core/page/storyGate.ts';
import { storyGatePatterns } from '../../src/core/page/storyGatePatterns.ts';
import type { PageStatus } from '../../src/messages.ts';
import { standaloneClaimPhrases } from '../../src/core/match/compileMatcher.ts';
import { annotate, matcher } from '../core/helpers/annotate.ts';
import { SEED_PREFIXES, seedBlocks } from '../core/helpers/seeds.ts';
import { fakeExtensionApi } from './helpers/fakeExtensionApi.ts';

const gate = compileStoryGate(storyGatePatterns(matcher));
/** What the gate says of a text read in one go, as `pageText` gives it. */
const gateSays = (text: string) => readForStory(gate, text, emptyReading()).story;

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Words that make pages about the story, near it, and far from it, in the spellings pages use. */
const WORDS = [
  'OpenAI',
  'Open AI',
  'openai',
  'OPENAI',
  'OpenAI’s',
  'Sam Altman',
  'Altman',
  'SAM ALTMAN',
  'Greg Brockman',
  'Brockman',
  'Ilya Sutskever',
  'Emmett Shear',
  'Satya Nadella',
  'Larry Summers',
  'Bret Taylor',
  'Brett Taylor',
  'Elon Musk',
  'Mira Murati',
  'Adam D’Angelo',
  'APEC CEO Summit',
  'code red',
  'as an observer',
  'Sam',
  'Greg',
  'Nadella',
  'shear',
  'Kevin Scott',
  'Scott',
  'Taylor',
  'Microsoft',
  'joined Microsoft',
  'not consistently candid',
  'deeply regret',
  'return as CEO',
  'interim CEO',
  'the board',
  'said',
  'Google',
  '738 of its 770 employees',
  '.',
  ' ',
  'DevDay',
];

describe('the gate', () => {
  it('accepts every page that pageRelevance calls about the story, however its blocks are written', () => {
    let relevant = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (blocks) => {
          const texts = blocks.map((words) => words.join(' '));
          if (!annotate(texts).relevant) return;
          relevant++;
          // textContent runs blocks together with nothing between them.
          expect(gateSays(texts.join(''))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    expect(relevant).toBeGreaterThan(200);
    // 2,000 pages through the engine: seconds on a loaded machine, not a measure of anything.
  }, 60_000);

  it('opens for every statement phrase that identifies its claim, beside "OpenAI", in any case and spacing', () => {
    const phrases = standaloneClaimPhrases(matcher.claims.values());
    expect(phrases.length).toBeGreaterThan(100);
    for (const phrase of phrases) {
      expect(gateSays(`OpenAI staff read that ${phrase}.`), phrase).toBe(true);
      expect(gateSays(`OPENAI: ${phrase.toUpperCase().replace(/ /g, '\n  ')}`), phrase).toBe(true);
    }
    // A phrase's first words alone are not enough: the gate still stops the rest.
    expect(gateSays('OpenAI staff read that the weather was mild.')).toBe(false);
  });

  it('accepts every seed and fixture page that pageRelevance calls about the story', () => {
    const pages: Array<[string, string[], string]> = SEED_PREFIXES.map((prefix) => {
      const blocks = seedBlocks(prefix);
      return [`seed ${prefix}`, blocks, blocks.join('')];
    });
    for (const file of htmlFiles(FIXTURES)) {
      document.documentElement.innerHTML = readFileSync(file, 'utf8');
      pages.push([file, [...walkBlocks(document.body)].map((b) => b.text), pageText(document)]);
    }
    let relevant = 0;
    for (const [name, blocks, text] of pages) {
      if (!annotate(blocks).relevant) continue;
      relevant++;
      expect(gateSays(text), name).toBe(true);
    }
    expect(relevant).toBeGreaterThanOrEqual(5);
    // Every fixture page, the evaluation sets' included, read whole.
  }, 120_000);

  it.each([
    [
      'a football report',
      'Kevin Scott scored twice; Taylor watched from the bench. The board met on Monday.',
    ],
    ['a software page', 'Microsoft’s CEO told the board that Windows sales grew; Scott said so too.'],
    [
      'a passing mention',
      'OpenAI, Google and Anthropic each released a model this year; Microsoft sells them.',
    ],
    ['an engineering page', 'Shear stress in the beam rose by 40%, about 500 units, said Taylor.'],
    [
      'a page about Sam Altman’s other venture',
      'Sam Altman’s Worldcoin scans irises; Altman calls it proof.',
    ],
    ['Microsoft’s earnings', 'Satya Nadella and Kevin Scott told analysts that Azure grew.'],
    ['Twitter’s sale', 'Elon Musk bought Twitter; its chair Bret Taylor signed.'],
    ['a Twitch story', 'Emmett Shear steps down as Twitch’s chief executive.'],
  ])('stops %s', (_, text) => {
    expect(gateSays(text)).toBe(false);
  });

  // The gate looks for a run of each claim phrase's words (src/core/match/gateKeys.ts): the everyday
  // words of the story's wordings, beside "OpenAI" or one central person, are not enough.
  it.each([
    [
      'a product launch',
      'OpenAI released a new voice model on Tuesday. Reviewers found it fast, and the company said the price would fall next year.',
    ],
    [
      'a markets brief',
      'Shares of Microsoft rose 2% after OpenAI said its revenue doubled; analysts expect the board to approve a buyback.',
    ],
    [
      'a policy story',
      'Lawmakers asked OpenAI to be transparent about training data and to explain its safety research to the committee.',
    ],
    [
      'a column',
      'OpenAI is no longer the only lab with a frontier model; rivals have caught up and the competition is fierce.',
    ],
    [
      'a job advert',
      'OpenAI is hiring a research scientist to lead a new team; the role reports to the chief scientist.',
    ],
    [
      'a schools story',
      'Students used ChatGPT from OpenAI to write essays; teachers said honesty matters more than grades.',
    ],
    [
      'a start-up brief',
      'The start-up, backed by OpenAI, lacks the capacity to train large models and is short of chips.',
    ],
    [
      'a product review',
      'Review: the OpenAI app is honest about its limits, frank in tone and transparent about what it stores.',
    ],
    [
      'an office opening',
      'OpenAI opened an office in Tokyo; its head of sales said the team would be fully staffed by spring and remain small.',
    ],
    [
      'a central person’s other venture',
      'Sam Altman, who backs the fusion start-up Helion, said the plant would be on course to deliver power by 2028.',
    ],
    [
      'a recipe blog',
      'OpenAI suggested we fold the egg whites in gently, and the cake was light and fully risen.',
    ],
  ])('stops %s that names OpenAI or a central person with everyday words', (_, text) => {
    expect(gateSays(text)).toBe(false);
  });

  it.each([
    ['a headline', 'OpenAI board says Altman was "not consistently candid in his communications"'],
    [
      'a wire story',
      'The OpenAI board said in a statement that its chief executive had not been consistently candid with directors.',
    ],
    ['a tabloid splash', 'OPENAI STAFF TO BOARD: RESIGN OR WE WALK'],
    ['an analysis', 'At OpenAI, long-term research was sidelined for ChatGPT, former researchers say.'],
    ['a scoop', 'Inside OpenAI, the superalignment team was starved of compute, people familiar said.'],
    ['a deal story', 'Microsoft takes non-voting board observer seat at OpenAI'],
    ['a report', 'OpenAI’s board concluded that he was unfit to oversee the company’s safety work.'],
    ['an interview', 'Helen Toner said the board had lost trust in him and that he was not up to the job.'],
  ])('lets through %s that states a claim of the story in its own words', (_, text) => {
    expect(gateSays(text)).toBe(true);
  });

  it('finds the organisation in any case or spacing, and its names before or after it', () => {
    for (const org of ['OpenAI', 'Open AI', 'openai', 'OPEN AI', 'Open-AI', 'Open\u00a0AI'])
      expect(gateSays(`The board removed Sam Altman. ${org} said so.`), org).toBe(true);
    // The names first, the organisation in content that came later: the whole page is read again.
    const reading = emptyReading();
    readForStory(gate, 'Sam Altman was removed on Friday.', reading);
    expect(reading).toMatchObject({ organisation: false, story: false });
    readForStory(
      gate,
      'OpenAI confirmed it.',
      reading,
      () => 'Sam Altman was removed on Friday. OpenAI confirmed it.',
    );
    expect(reading).toMatchObject({ organisation: true, story: true });
  });

  it.each([
    ['a thread’s title', 'Sam Altman and Greg Brockman to join Microsoft'],
    ['a brief', 'Microsoft hires ousted ChatGPT boss SAM ALTMAN and greg brockman.'],
    ['a caption', 'Emmett\u00a0Shear, left, replaced Sam\nAltman for three days.'],
    ['a central person and an event', 'Sam Altman at the APEC CEO Summit'],
    ['a central person and a claim’s wording', 'Ilya Sutskever: the board lost trust in him.'],
  ])('lets through a page that never writes OpenAI: %s', (_, text) => {
    expect(gateSays(text)).toBe(true);
  });

  it('finds the second person in content that came later, or before the central one', () => {
    const reading = emptyReading();
    readForStory(gate, 'Sam Altman is out.', reading);
    expect(reading.story).toBe(false);
    readForStory(gate, 'Greg Brockman quit.', reading, () => 'Sam Altman is out. Greg Brockman quit.');
    expect(reading.story).toBe(true);
    // A name no page needs to be looked for first: the central one brings the whole page in.
    const later = emptyReading();
    readForStory(gate, 'Satya Nadella spoke.', later);
    expect(later).toMatchObject({ anchored: false, story: false });
    readForStory(gate, 'Sam Altman joins.', later, () => 'Satya Nadella spoke. Sam Altman joins.');
    expect(later.story).toBe(true);
  });

  it('does not count one person twice, whatever the spelling', () => {
    expect(gateSays('Sam Altman. SAM ALTMAN. sam\u00a0altman. Sam Altman’s.')).toBe(false);
  });
});

describe('StoryWatch', () => {
  beforeEach(() => {
    document.title = 'A page';
    document.body.innerHTML = '<main><p>Microsoft’s board met on Monday; Kevin Scott spoke.</p></main>';
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const settle = () => new Promise((r) => setTimeout(r, 300));

  it('calls once the page may be about the story: content added later, or a page changed in place', async () => {
    const onStory = vi.fn();
    const stop = new AbortController();
    const watch = new StoryWatch(gate, document, onStory);
    watch.start(stop.signal);
    expect(onStory).not.toHaveBeenCalled();
    // Infinite scroll: more content appended.
    const more = document.createElement('p');
    more.textContent = 'Later, OpenAI said Sam Altman would return.';
    document.querySelector('main')!.append(more);
    await settle();
    expect(onStory).toHaveBeenCalledTimes(1);
    stop.abort();
  });

  it('reads a single-page navigation that replaces the page, and a title set later', async () => {
    const onStory = vi.fn();
    const watch = new StoryWatch(gate, document, onStory);
    watch.start(new AbortController().signal);
    document.querySelector('p')!.textContent = 'The weather is mild; Emmett Shear will speak later.';
    await settle();
    expect(onStory).not.toHaveBeenCalled();
    document.title = 'OpenAI names an interim CEO';
    await settle();
    expect(onStory).toHaveBeenCalledTimes(1);
  });

  it('stops watching when its signal aborts', async () => {
    const onStory = vi.fn();
    const stop = new AbortController();
    new StoryWatch(gate, document, onStory).start(stop.signal);
    stop.abort();
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: 'OpenAI fired Sam Altman.' }),
    );
    await settle();
    expect(onStory).not.toHaveBeenCalled();
  });
});

describe('runGate', () => {
  const STORY = '<p>OpenAI’s board removed Sam Altman on Friday.</p>';
  const UNRELATED = '<p>Microsoft’s board met on Monday; Kevin Scott spoke.</p>';
  let lifecycles: Array<{ abort(): void }> = [];
  afterEach(() => {
    for (const l of lifecycles) l.abort();
    lifecycles = [];
  });

  /**
   * Runs the gate on `html` with the stored `settings` (as the background leaves them for it);
   * the fake background "injects" an engine that reports in to the gate's host.
   */
  async function start(html: string, settings: Record<string, unknown> = {}) {
    // One gate per page: the one before ends here.
    for (const l of lifecycles.splice(0)) l.abort();
    document.body.innerHTML = html;
    const fake = fakeExtensionApi(settings);
    const reveal = vi.fn(() => ({ moved: true }));
    const engine: Engine = {
      status: () => Promise.resolve({ relevant: true, blocksRead: 3 } as PageStatus),
      setEnabled: () => Promise.resolve({ relevant: true } as PageStatus),
      step: () => ({ moved: true }),
      reveal,
    };
    fake.api.runtime.sendMessage.mockImplementation((message: unknown) => {
      fake.sent.push(message);
      if ((message as { type: string }).type === 'engine/load') currentHost()!.attach(engine);
      return Promise.resolve({ ok: true });
    });
    // Whether the gate touched the extension API: each costs the page a few milliseconds the first time.
    let touched = 0;
    const api = () => {
      touched++;
      return fake.api;
    };
    const lifecycle = runGate(api, gate, gateSettings(settings, location.hostname))!;
    lifecycles.push(lifecycle);
    await new Promise((r) => setTimeout(r, 0));
    const loads = () => fake.sent.filter((m) => (m as { type: string }).type === 'engine/load').length;
    return { ...fake, reveal, lifecycle, loads, touched: () => touched };
  }

  it('on a page not about the story, touches no extension API and answers the panel in the page', async () => {
    const { ask, loads, touched, api } = await start(UNRELATED);
    expect(touched()).toBe(0);
    expect(api.storage.sync.get).not.toHaveBeenCalled();
    expect(api.runtime.onMessage.listeners.size).toBe(0);
    expect(await ask({ type: 'page/get-status' })).toBeUndefined();
    // The panel asks the gate in the page, through scripting.executeScript.
    expect(await statusFromGate()).toMatchObject({
      enabled: true,
      relevant: false,
      reason: 'The page names neither OpenAI nor the people at the centre of the story.',
      blocksRead: 0,
      entities: [],
      claims: [],
    });
    expect(loads()).toBe(0);
  });

  it('says why a page that names OpenAI is still not about the story', async () => {
    await start('<p>OpenAI and Google released new models this week.</p>');
    expect(await statusFromGate()).toMatchObject({
      reason: 'The page names OpenAI but none of the people or events of the story.',
    });
  });

  it('asks for the engine on a thread that never writes OpenAI; stops one that names a single central person', async () => {
    const thread = await start(
      '<h1>Sam Altman and Greg Brockman to join Microsoft</h1><p>Sam and Greg at MSFT. Wild weekend.</p>',
    );
    expect(thread.loads()).toBe(1);
    const worldcoin = await start('<p>Sam Altman’s Worldcoin scans irises; Altman calls it proof.</p>');
    expect(worldcoin.loads()).toBe(0);
    expect(worldcoin.touched()).toBe(0);
    expect(await statusFromGate()).toMatchObject({
      relevant: false,
      reason:
        'The page names one of the people at the centre of the story but neither OpenAI nor another of the people or events of the story.',
    });
  });

  it('asks for the engine on a page about the story and hands the panel’s questions to it', async () => {
    const { ask, loads, reveal } = await start(STORY);
    expect(loads()).toBe(1);
    expect(await ask({ type: 'page/get-status' })).toMatchObject({ relevant: true, blocksRead: 3 });
    expect(await ask({ type: 'highlights/reveal', id: 'sam-altman' })).toEqual({ moved: true });
    expect(reveal).toHaveBeenCalledWith('sam-altman');
    // Not ours: left for other listeners.
    expect(await ask({ type: 'something-else' })).toBeUndefined();
  });

  it('honours the settings it starts with and those the background tells it: off, off for this site, everywhere', async () => {
    const off = await start(STORY, { enabled: false });
    expect(off.loads()).toBe(0);
    expect(await statusFromGate()).toMatchObject({
      enabled: false,
      reason: 'Highlighting is off on this page.',
    });
    // Turned on live, as the background tells the gate in the page: the page is read and the engine comes.
    expect(settingsToGate({ enabled: true })).toBe(true);
    expect(off.loads()).toBe(1);

    const site = await start(STORY, { disabledSites: [location.hostname] });
    expect(site.loads()).toBe(0);

    const unrelated = await start(UNRELATED);
    settingsToGate({ everywhere: true });
    expect(unrelated.loads()).toBe(1);

    const everywhere = await start(UNRELATED, { everywhere: true });
    expect(everywhere.loads()).toBe(1);
    expect(everywhere.api.storage.sync.get).not.toHaveBeenCalled();
  });

  it('stops watching when highlighting is turned off; where no gate runs, says so to the background', async () => {
    await start(UNRELATED);
    settingsToGate({ enabled: false });
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: 'OpenAI fired Sam Altman.' }),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await statusFromGate()).toMatchObject({ enabled: false });
    // Where no gate runs, the background learns it and starts one.
    for (const l of lifecycles.splice(0)) l.abort();
    expect(settingsToGate({ enabled: true })).toBe(false);
  });

  it('asks for the engine where a gone instance left marks, to clear them', async () => {
    const { loads } = await start(
      `<p>The weather: <mark class="sourcemark" data-sm-kind="entity" data-sm-id="x">mild</mark>.</p>`,
      { enabled: false },
    );
    expect(loads()).toBe(1);
  });

  it('runs once per page: a second gate stands aside while the first is alive, not once it is left behind', async () => {
    const first = await start(UNRELATED);
    const second = fakeExtensionApi();
    const settings = gateSettings({}, location.hostname);
    expect(runGate(() => second.api, gate, settings)).toBeUndefined();
    // The extension is updated: the first gate's runtime is gone, a new one takes the page.
    first.orphan();
    const taking = runGate(() => second.api, gate, settings);
    expect(taking).toBeDefined();
    lifecycles.push(taking!);
    expect(first.lifecycle.signal.aborted).toBe(true);
  });

  it('undoes everything when the extension is gone', async () => {
    const { api, orphan, ask, lifecycle } = await start(STORY);
    expect(api.runtime.onMessage.listeners.size).toBe(1);
    orphan();
    expect(await ask({ type: 'page/get-status' })).toBeUndefined();
    expect(lifecycle.signal.aborted).toBe(true);
    expect(api.runtime.onMessage.listeners.size).toBe(0);
    expect(statusFromGate()).toBeUndefined();
  });
});

describe('the gate’s start', () => {
  it('knows its settings without storage: from its registration, its everywhere line, or what the background left', () => {
    // Registered: highlighting is on here.
    expect(takeGateStart('news.example')).toEqual({ active: true, everywhere: false });
    startEverywhere();
    expect(takeGateStart('news.example')).toEqual({ active: true, everywhere: true });
    // Taken once: a gate injected later does not inherit it.
    expect(takeGateStart('news.example')).toEqual({ active: true, everywhere: false });
    leaveGateSettings({ disabledSites: ['news.example'], everywhere: true });
    expect(takeGateStart('news.example')).toEqual({ active: false, everywhere: true });
    leaveGateSettings({ enabled: false });
    expect(takeGateStart('news.example')).toEqual({ active: false, everywhere: false });
  });
});
