import { resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';

/**
 * V8's explicit compile hint: compile every function of the script when it
 * is loaded, not each on its first call. The engine runs nearly all its code
 * as soon as it is injected, and lazy compilation parses each function twice
 * (measured in the extension on the article: 48 -> 43 ms of script, 235 ->
 * 217 ms of task time, medians of seven). Other engines ignore the comment.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export interface StandaloneScript {
  /** The entry, from the project root. */
  entry: string;
  /** Where it goes in the extension: the path the background registers or injects. */
  fileName: string;
  /** Compiled whole when loaded (EAGER_COMPILE_HINT): for a script that runs nearly all its code at once. */
  eager?: boolean;
}

/**
 * Builds each script the background runs in pages (the gate, its
 * "everywhere" line, the engine) as one self-contained file: an IIFE, no
 * imports, no loader, nothing web-accessible. None is declared in the
 * manifest, so crxjs builds none of them; its `?iife` imports would, but
 * would also list each file in web_accessible_resources for every page.
 */
export function standaloneScriptsPlugin(scripts: StandaloneScript[]): Plugin {
  let config: ResolvedConfig;
  const built = new Map<string, string>();
  return {
    name: 'sourcemark:standalone-scripts',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      for (const script of scripts) {
        const result = await build({
          configFile: false,
          root: config.root,
          mode: config.mode,
          logLevel: 'warn',
          // The project's defines (the dataset, the gate's patterns), none of its plugins.
          define: config.define,
          plugins: [],
          build: {
            write: false,
            emptyOutDir: false,
            target: config.build.target,
            minify: config.build.minify,
            sourcemap: false,
            lib: {
              entry: resolve(config.root, script.entry),
              formats: ['iife'],
              name: 'Sourcemark',
              fileName: () => script.fileName,
            },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]).flatMap(
          (r) => (r as Rollup.RollupOutput).output,
        );
        const entry = outputs.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
        if (!entry) throw new Error(`standaloneScriptsPlugin: no bundle for ${script.entry}`);
        built.set(script.fileName, script.eager ? `${EAGER_COMPILE_HINT}\n${entry.code}` : entry.code);
        for (const id of entry.moduleIds) if (!id.startsWith('\0')) this.addWatchFile(id);
      }
    },
    generateBundle() {
      for (const [fileName, source] of built) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
