import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';

/** A module's source and those of the modules it imports by a relative path, as CommonJS, by file. */
function transpiledGraph(file: string, graph: Record<string, string> = {}): Record<string, string> {
  if (graph[file] !== undefined) return graph;
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  graph[file] = outputText;
  for (const [, spec] of outputText.matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g))
    transpiledGraph(resolve(dirname(file), spec!), graph);
  return graph;
}

/** Loads the graph in the worker: relative paths from the graph, anything else from Node. */
const WORKER_SCRIPT = `
  const { parentPort, workerData } = require('node:worker_threads');
  const path = require('node:path');
  const { graph, entry, exportName, args } = workerData;
  const loaded = {};
  function load(file) {
    if (loaded[file]) return loaded[file];
    const exports = (loaded[file] = {});
    const local = (spec) => (spec.startsWith('.') ? load(path.resolve(path.dirname(file), spec)) : require(spec));
    new Function('exports', 'require', graph[file])(exports, local);
    return exports;
  }
  parentPort.postMessage(load(entry)[exportName](...args));
`;

/**
 * Calls one export of a pure module (one with no DOM and no data imports: a file of regexes) in a
 * worker thread, and says `'unfinished'` when it has not returned within `limitMs`. A regex that
 * backtracks without end blocks the thread that runs it: on the test's own thread it would hang the
 * suite instead of failing it. The limit is generous: the calls it guards take microseconds, the
 * failures it catches take hours.
 */
export function callInWorker(
  module: URL,
  exportName: string,
  args: unknown[],
  limitMs: number,
): Promise<unknown> {
  const entry = fileURLToPath(module);
  const graph = transpiledGraph(entry);
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(WORKER_SCRIPT, { eval: true, workerData: { graph, entry, exportName, args } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolvePromise('unfinished');
    }, limitMs);
    worker.once('message', (value) => {
      clearTimeout(timer);
      void worker.terminate();
      resolvePromise(value);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
