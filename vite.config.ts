import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { deriveFirefoxManifest, type ChromeManifest } from './src/manifest/deriveFirefoxManifest.ts';
import { contentDatasetPlugin } from './scripts/contentDatasetPlugin.ts';

const CONTENT_SCRIPT = 'src/content/index.ts';

/** One build per browser: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox. */
export default defineConfig(({ mode }) => {
  if (mode !== 'chrome' && mode !== 'firefox') {
    throw new Error(`vite.config.ts: unknown build target "${mode}"; use --mode chrome or --mode firefox`);
  }
  const chromeManifest = manifest as ChromeManifest;
  return {
    plugins: [
      contentDatasetPlugin(),
      crx({
        manifest: (mode === 'firefox'
          ? deriveFirefoxManifest(chromeManifest)
          : chromeManifest) as ManifestV3Export,
        browser: mode,
        // A self-contained IIFE: no loader chunk, so nothing has to be web-accessible
        // and pages cannot probe for the extension.
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
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
