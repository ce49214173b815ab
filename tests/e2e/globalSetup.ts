/** Builds the site once and serves it from a sub-folder for the browser tests. */
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../build/site';
import { chromiumPath } from '../../scripts/browser/chromium';
import { serveStatic } from '../../scripts/browser/staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** the built site that baseUrl serves */
    distDir: string;
  }
}

const OUT = resolve('.tmp/e2e-dist');
let server: Server | undefined;

export default async function setup(project: TestProject) {
  if (!chromiumPath()) {
    throw new Error(
      'Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH',
    );
  }
  rmSync(OUT, { recursive: true, force: true });
  await buildSite(OUT, true);
  const served = await serveStatic(OUT, '/sub/dokhae/');
  server = served.server;
  project.provide('baseUrl', served.url);
  project.provide('distDir', OUT);
  return () => new Promise<void>((done) => server?.close(() => done()));
}
