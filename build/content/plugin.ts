/**
 * Vite plugin: validates content/<slug> at build (and dev/test) time and serves the compiled
 * content as two modules: virtual:dokhae/article (ships with the page) and
 * virtual:dokhae/details (imported dynamically, so it loads after the first paint).
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { serializeDetails } from './serializeDetails.ts';
import { loadContent } from './load.ts';
import type { CompiledContent } from '../../src/model/model.ts';

/** The source of each module. */
const MODULES = {
  // JSON.parse of a string literal: faster to parse than the same data as a JS object.
  'virtual:dokhae/article': (c: CompiledContent) =>
    `export default JSON.parse(${JSON.stringify(JSON.stringify(c.article))});`,
  // JSON text in slices, parsed one slice per task by src/model/details.ts.
  'virtual:dokhae/details': (c: CompiledContent) =>
    `export default ${JSON.stringify(serializeDetails(c.details))};`,
} as const;
type ModuleId = keyof typeof MODULES;
const resolved = (id: ModuleId) => '\0' + id;

export function contentPlugin(contentDir: string): Plugin {
  const dir = resolve(contentDir);
  let cached: CompiledContent | null = null;
  return {
    name: 'dokhae-content',
    buildStart() {
      cached = null;
    },
    resolveId(id) {
      return id in MODULES ? resolved(id as ModuleId) : undefined;
    },
    load(id) {
      const name = (Object.keys(MODULES) as ModuleId[]).find((m) => resolved(m) === id);
      if (!name) return undefined;
      cached ??= loadContent(dir);
      return MODULES[name](cached);
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(dir)) return;
        cached = null;
        for (const name of Object.keys(MODULES) as ModuleId[]) {
          const mod = server.moduleGraph.getModuleById(resolved(name));
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
