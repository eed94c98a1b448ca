/**
 * The content script every page runs (manifest `content_scripts`). It stays
 * small: no dataset, no matcher, no marking code; those arrive with the
 * engine, injected by the background only where the page may be about the
 * story (src/content/engine.ts).
 */
import { compileStoryGate, type StoryGatePatterns } from '../core/page/storyGate.ts';
import { runGate, type GateApi } from './runGate.ts';

/** Set by the build from the dataset (scripts/contentDataPlugin.ts), so the gate follows the entities. */
declare const __SOURCEMARK_STORY_GATE__: StoryGatePatterns;

const globals = globalThis as { browser?: GateApi; chrome?: GateApi };
const api = globals.browser ?? globals.chrome;
if (api && document.body) runGate(api, compileStoryGate(__SOURCEMARK_STORY_GATE__));
