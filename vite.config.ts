import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { deriveFirefoxManifest, type ChromeManifest } from './src/manifest/deriveFirefoxManifest.ts';
import { contentDataPlugin } from './scripts/contentDataPlugin.ts';
import { engineBundlePlugin } from './scripts/engineBundlePlugin.ts';
import { ENGINE_FILE } from './src/content/engineFile.ts';

const GATE_SCRIPT = 'src/content/gate.ts';
const ENGINE_ENTRY = 'src/content/engine.ts';

/** One build per browser: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox. */
export default defineConfig(({ mode }) => {
  if (mode !== 'chrome' && mode !== 'firefox') {
    throw new Error(`vite.config.ts: unknown build target "${mode}"; use --mode chrome or --mode firefox`);
  }
  const chromeManifest = manifest as ChromeManifest;
  return {
    plugins: [
      contentDataPlugin(),
      // The engine: injected by the background where the gate asks, never listed for pages.
      engineBundlePlugin({ entry: ENGINE_ENTRY, fileName: ENGINE_FILE }),
      crx({
        manifest: (mode === 'firefox'
          ? deriveFirefoxManifest(chromeManifest)
          : chromeManifest) as ManifestV3Export,
        browser: mode,
        // A self-contained IIFE: no loader chunk, so nothing has to be web-accessible
        // and pages cannot probe for the extension.
        contentScripts: { standaloneFiles: [GATE_SCRIPT] },
      }),
    ],
    build: {
      outDir: `dist/${mode}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});
