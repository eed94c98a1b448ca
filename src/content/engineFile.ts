/** Where the build puts the engine (scripts/engineBundlePlugin.ts) and where the background injects it from. */
export const ENGINE_FILE = 'src/content/engine.js';
