/**
 * Sizes of the built site: the HTML (with the inlined stylesheet), the app's JavaScript (the boot
 * script in index.html and what it starts right after the first paint), and what comes later.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const GZIP_LEVEL = 9;

export interface SizeGroup {
  label: string;
  files: string[];
  raw: number;
  gzip: number;
}

export interface SiteSizes {
  appJs: SizeGroup;
  css: SizeGroup;
  html: SizeGroup;
  fonts: SizeGroup;
  afterFirstPaint: SizeGroup;
  other: SizeGroup;
}

const FONT_EXTENSIONS = new Set(['.woff', '.woff2', '.ttf', '.otf']);
const LATER_EXTENSIONS = new Set(['.js', '.mjs', '.json', '.webmanifest', '.css']);

/** Every file under `dir` but Vite's own (.vite/), as a path relative to it with forward slashes. */
function walk(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.name === '.vite') return [];
    return entry.isDirectory() ? walk(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * The JavaScript the page runs to become interactive, from Vite's build manifest: the entry (the
 * boot script) and what it imports, then what the entry imports dynamically (the app, loaded
 * right after the first paint) and what that imports. Chunks the app itself loads later (the
 * details, cards and views) are not in it.
 */
function appChunks(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = new Set<string>();
  const addWithImports = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(addWithImports);
  };
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  for (const [key] of entries) addWithImports(key);
  for (const [, entry] of entries) entry.dynamicImports?.forEach(addWithImports);
  return [...files];
}

const inlineStyleBytes = (html: string) =>
  Buffer.from((html.match(/<style>[\s\S]*?<\/style>/g) ?? []).join(''));

/** The local URLs in index.html's `attr` attributes of tags matching `tagPattern`. */
function referencedUrls(html: string, tagPattern: RegExp, attr: string): string[] {
  const attrPattern = new RegExp(`\\s${attr}\\s*=\\s*["']([^"']+)["']`, 'i');
  return (html.match(tagPattern) ?? [])
    .map((tag) => attrPattern.exec(tag)?.[1])
    .filter((url): url is string => !!url && !/^[a-z]+:|^\/\//i.test(url))
    .map((url) => posix.normalize(url.split(/[?#]/)[0]!.replace(/^\.?\//, '')));
}

function group(label: string, dist: string, files: string[]): SizeGroup {
  return measured(
    label,
    files,
    files.map((file) => readFileSync(join(dist, file))),
  );
}

function measured(label: string, files: string[], contents: Buffer[]): SizeGroup {
  let raw = 0;
  let gzip = 0;
  for (const bytes of contents) {
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: GZIP_LEVEL }).length;
  }
  return { label, files, raw, gzip };
}

/** Sorts every file of `dist` into the groups of the size report. */
export function measureSizes(dist: string): SiteSizes {
  const files = walk(dist);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = referencedUrls(html, /<script\b[^>]*>/gi, 'src');
  const preloads = referencedUrls(html, /<link\b[^>]*rel=["']?modulepreload[^>]*>/gi, 'href');
  const styles = referencedUrls(html, /<link\b[^>]*rel=["']?stylesheet[^>]*>/gi, 'href');
  const appJs = [...new Set([...scripts, ...preloads, ...appChunks(dist)])].filter((f) =>
    files.includes(f),
  );
  const linkedCss = styles.filter((f) => files.includes(f));
  const first = new Set([...appJs, ...linkedCss]);
  const ext = (f: string) => extname(f).toLowerCase();
  const rest = files.filter((f) => !first.has(f));
  return {
    appJs: group('app JS (boot script + the app it starts after first paint)', dist, appJs),
    css: measured('CSS (inlined in index.html, + linked stylesheets)', linkedCss, [
      inlineStyleBytes(html),
      ...linkedCss.map((f) => readFileSync(join(dist, f))),
    ]),
    html: group(
      'HTML (with the inlined CSS)',
      dist,
      rest.filter((f) => ext(f) === '.html'),
    ),
    fonts: group(
      'fonts',
      dist,
      rest.filter((f) => FONT_EXTENSIONS.has(ext(f))),
    ),
    afterFirstPaint: group(
      'loaded later (details, cards, views, service worker)',
      dist,
      rest.filter((f) => LATER_EXTENSIONS.has(ext(f))),
    ),
    other: group(
      'other files (icons, robots.txt, …)',
      dist,
      rest.filter(
        (f) => ext(f) !== '.html' && !FONT_EXTENSIONS.has(ext(f)) && !LATER_EXTENSIONS.has(ext(f)),
      ),
    ),
  };
}
