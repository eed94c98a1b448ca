/**
 * The content script every page runs, registered by the background
 * (src/background/gateScripts.ts). It stays small: no dataset, no matcher,
 * no marking code; those arrive with the engine, injected by the background
 * only where the page may be about the story (src/content/engine.ts).
 */
import { compileStoryGate, type StoryGatePatterns } from '../core/page/storyGate.ts';
import { takeGateStart } from './gateStart.ts';
import { runGate, type GateApi } from './runGate.ts';

/** Set by the build from the dataset (scripts/dataPlugin.ts), so the gate follows the entities. */
declare const __SOURCEMARK_STORY_GATE__: StoryGatePatterns;

/** Looked up only when the gate asks for the engine: on most pages, never. */
const api = (): GateApi | undefined => {
  const globals = globalThis as { browser?: GateApi; chrome?: GateApi };
  return globals.browser ?? globals.chrome;
};
const start = takeGateStart(location.hostname);
if (document.body) runGate(api, compileStoryGate(__SOURCEMARK_STORY_GATE__), start);
