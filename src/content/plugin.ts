/** Vite plugin: validates content/<slug> at build (and dev/test) time and serves the compiled model. */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadArticle } from './load.ts';

export const ARTICLE_MODULE = 'virtual:dokhae/article';
const RESOLVED = '\0' + ARTICLE_MODULE;

export function contentPlugin(contentDir: string): Plugin {
  const dir = resolve(contentDir);
  return {
    name: 'dokhae-content',
    resolveId(id) {
      return id === ARTICLE_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const article = loadArticle(dir);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(article))});`;
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(dir)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
