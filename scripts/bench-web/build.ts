/**
 * Builds the site as `npm run build` does (prerender, then the client build, through
 * build/site.ts and Vite's API), optionally from another content folder.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite as buildProductionSite } from '../../build/site.ts';

/** The variable vite.config.ts reads to pick the content folder. */
const CONTENT_VARIABLE = 'DOKHAE_CONTENT';
const MAX_ERROR_CHARS = 400;

export interface BuiltSite {
  dir: string;
  /** An error the build threw after the site was written (e.g. by a closeBundle hook). */
  error?: string;
}

const compact = (message: string) => message.replace(/\s+/g, ' ').trim().slice(0, MAX_ERROR_CHARS);

/**
 * Builds into `outDir` (emptied first); `contentDir` replaces the article for this build only.
 * A build that throws after writing index.html (as vite-plugin-pwa does when a file is too big
 * to precache) still gives a site to measure: the error is returned with it.
 */
export async function buildSite(outDir: string, contentDir?: string): Promise<BuiltSite> {
  const dir = resolve(outDir);
  const previous = process.env[CONTENT_VARIABLE];
  if (contentDir) process.env[CONTENT_VARIABLE] = contentDir;
  try {
    rmSync(dir, { recursive: true, force: true }); // never measure a stale site
    await buildProductionSite(dir, true);
    return { dir };
  } catch (e) {
    if (!existsSync(join(dir, 'index.html'))) throw e;
    return { dir, error: compact((e as Error).message) };
  } finally {
    if (previous === undefined) delete process.env[CONTENT_VARIABLE];
    else process.env[CONTENT_VARIABLE] = previous;
  }
}
