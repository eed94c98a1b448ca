import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { deriveFirefoxManifest, type ChromeManifest } from './src/manifest/deriveFirefoxManifest.ts';
import { dataPlugin } from './scripts/dataPlugin.ts';
import { standaloneScriptsPlugin } from './scripts/standaloneScriptsPlugin.ts';
import { ENGINE_FILE, GATE_EVERYWHERE_FILE, GATE_FILE } from './src/content/scriptFiles.ts';

/** One build per browser: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox. */
export default defineConfig(({ mode }) => {
  if (mode !== 'chrome' && mode !== 'firefox') {
    throw new Error(`vite.config.ts: unknown build target "${mode}"; use --mode chrome or --mode firefox`);
  }
  const chromeManifest = manifest as ChromeManifest;
  return {
    plugins: [
      dataPlugin(),
      // The scripts pages run: the gate, registered by the background while highlighting is on,
      // and the engine, injected where the gate asks for it. Neither is listed for pages.
      standaloneScriptsPlugin([
        { entry: 'src/content/gate.ts', fileName: GATE_FILE },
        { entry: 'src/content/gateEverywhere.ts', fileName: GATE_EVERYWHERE_FILE },
        { entry: 'src/content/engine.ts', fileName: ENGINE_FILE, eager: true },
      ]),
      crx({
        manifest: (mode === 'firefox'
          ? deriveFirefoxManifest(chromeManifest)
          : chromeManifest) as ManifestV3Export,
        browser: mode,
      }),
    ],
    build: {
      outDir: `dist/${mode}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: { polyfill: false },
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});
