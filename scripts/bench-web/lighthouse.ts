/**
 * Lighthouse 12.2.3, mobile preset. Installed on first use into .tmp/lighthouse, outside the
 * project's package.json and lockfile (it is large), then run as a child process.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from '../browser/chromium.ts';

const VERSION = '12.2.3';
const PREFIX = resolve('.tmp/lighthouse');
const CLI = `${PREFIX}/node_modules/lighthouse/cli/index.js`;
const REPORT = resolve('.tmp/bench-lighthouse.json');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];
const INSTALL_TIMEOUT_MS = 5 * 60_000;
const RUN_TIMEOUT_MS = 3 * 60_000;

export interface LighthouseResult {
  scores: { category: string; score: number }[];
  /** Titles (and values) of the audits that lost points, per category below 100. */
  failing: { category: string; audit: string }[];
  metrics: { name: string; value: string }[];
}

/** Runs a command without blocking the event loop (the page server lives in this process). */
function run(
  label: string,
  command: string,
  args: string[],
  timeoutMs: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) done(output);
      else fail(new Error(`${label} exited with ${signal ?? code}: ${output.trim().slice(-600)}`));
    });
  });
}

async function ensureInstalled(): Promise<void> {
  if (existsSync(CLI)) return;
  console.log(`  installing lighthouse@${VERSION} into ${PREFIX} (once)…`);
  mkdirSync(PREFIX, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await run(
    'npm install',
    npm,
    [
      'install',
      '--prefix',
      PREFIX,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      `lighthouse@${VERSION}`,
    ],
    INSTALL_TIMEOUT_MS,
  );
}

interface LhAudit {
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface LhReport {
  runtimeError?: { message: string };
  categories: Record<
    string,
    { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<string, LhAudit>;
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

function readReport(): LighthouseResult {
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as LhReport;
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const scores = CATEGORIES.map((id) => ({
    category: report.categories[id]?.title ?? id,
    score: Math.round((report.categories[id]?.score ?? 0) * 100),
  }));
  const failing = CATEGORIES.flatMap((id) => {
    const category = report.categories[id];
    if (!category || category.score === 1) return [];
    return category.auditRefs
      .map((ref) => report.audits[ref.id])
      .filter(
        (a): a is LhAudit =>
          !!a &&
          a.score !== null &&
          a.score < 1 &&
          /binary|numeric|metricSavings/.test(a.scoreDisplayMode),
      )
      .map((a) => ({
        category: category.title,
        audit: a.displayValue ? `${a.title} (${a.displayValue})` : a.title,
      }));
  });
  const metrics = METRICS.map((id) => ({
    name: report.audits[id]?.title ?? id,
    value: report.audits[id]?.displayValue ?? '–',
  }));
  return { scores, failing, metrics };
}

/** The category whose score picks the median run. */
const PERFORMANCE = 'Performance';

/**
 * The median of several runs, by performance score (the one score that varies: the others are
 * audits of the page's content). Lighthouse's own guidance for variable results is the median of
 * several runs; a single run on this machine has ranged over ten points for the same build.
 */
export function medianRun(runs: readonly LighthouseResult[]): LighthouseResult {
  if (runs.length === 0) throw new Error('medianRun: no Lighthouse runs');
  const performance = (r: LighthouseResult) =>
    r.scores.find((s) => s.category === PERFORMANCE)?.score ?? 0;
  const sorted = [...runs].sort((a, b) => performance(a) - performance(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Installs Lighthouse if needed and audits `url`; throws with the reason when it cannot run. */
export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const chrome = chromiumPath();
  if (!chrome) throw new Error('Chromium not found');
  await ensureInstalled();
  await run(
    'lighthouse',
    process.execPath,
    [
      CLI,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${REPORT}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--form-factor=mobile',
    ],
    RUN_TIMEOUT_MS,
    // The CLI takes its browser from CHROME_PATH (it has no --chrome-path flag).
    { ...process.env, CHROME_PATH: chrome },
  );
  return readReport();
}
