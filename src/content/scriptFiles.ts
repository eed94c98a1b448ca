/**
 * Where the build puts the scripts the background runs in pages
 * (scripts/standaloneScriptsPlugin.ts), and where it finds them: none is
 * listed in the manifest, and none is exposed to pages.
 */

/** The gate: registered for every page while highlighting is on. */
export const GATE_FILE = 'src/content/gate.js';
/** Registered before the gate while the reader wants highlights on every page. */
export const GATE_EVERYWHERE_FILE = 'src/content/gateEverywhere.js';
/** The engine: injected where the gate asks for it. */
export const ENGINE_FILE = 'src/content/engine.js';
