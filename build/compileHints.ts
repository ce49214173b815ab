/**
 * V8's explicit compile hint on the chunks that start the reader. A file that begins with the
 * magic comment `//# allFunctionsCalledOnLoad` (Chromium 136 and later) has all its functions
 * compiled on a background thread as it loads, instead of one by one on the main thread the first
 * time each is called. Nearly every function of these chunks (React's hydration, i18next, the
 * reader's state) runs right after the first paint, so the main thread's compile time there falls
 * by about half. Chunks that load later (cards, views, the details) stay lazily compiled, and
 * other browsers ignore the comment.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** What the choice needs to know of a chunk of the bundle. */
export interface ChunkLinks {
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  /** the files it imports statically */
  imports: readonly string[];
}

/**
 * The files that load when the page starts: the entry chunks, the chunk of `startModule` (which
 * the entry imports dynamically, after the first paint) and everything they import statically.
 * Throws when no chunk holds `startModule`: the hints would silently go nowhere.
 */
export function startupChunks(chunks: readonly ChunkLinks[], startModule: string): Set<string> {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const start = chunks.find((c) => c.facadeModuleId?.endsWith(startModule));
  if (!start) throw new Error(`compile-hints: no chunk is built from ${startModule}`);
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    byFile.get(file)?.imports.forEach(visit);
  };
  [...chunks.filter((c) => c.isEntry).map((c) => c.fileName), start.fileName].forEach(visit);
  return found;
}

/** The build plugin: puts the hint at the top of each startup chunk of the client build. */
export const compileHints = (startModule: string): Plugin => ({
  name: 'dokhae-compile-hints',
  apply: 'build',
  generateBundle: {
    // After Vite's own generateBundle steps, which put code at the top of some chunks: the
    // comment only counts on the file's first line.
    order: 'post',
    handler(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((f) => (f.type === 'chunk' ? [f] : []));
      const startup = startupChunks(chunks, startModule);
      for (const chunk of chunks) {
        if (startup.has(chunk.fileName)) chunk.code = COMPILE_HINT + chunk.code;
      }
    },
  },
});
