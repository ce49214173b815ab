#!/usr/bin/env node
// Runs every test: unit, component and (with a Chromium) browser tests, in one Vitest run.
// Without Chromium the browser tests are skipped with one clear line; under CI that is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
const ci = !!process.env.CI && process.env.CI !== 'false';
const projects = ['unit', 'components', ...(chromium ? ['e2e'] : [])];

const missing =
  'Browser tests did not run: no Chromium found (install it with `apt-get install chromium`, or set CHROMIUM_PATH).';
if (!chromium && ci) {
  console.error(`${missing} In CI the browser tests are required.`);
  process.exit(1);
}

const args = [
  'vitest',
  'run',
  ...projects.flatMap((p) => ['--project', p]),
  ...process.argv.slice(2),
];
const result = spawnSync('npx', args, { stdio: 'inherit' });
if (!chromium) console.warn(`\n${missing}`);
process.exit(result.status ?? 1);
