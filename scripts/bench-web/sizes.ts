/** Sizes of the built site: what index.html loads first, and what comes later. */
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
  initialJs: SizeGroup;
  css: SizeGroup;
  html: SizeGroup;
  fonts: SizeGroup;
  afterFirstPaint: SizeGroup;
  other: SizeGroup;
}

const FONT_EXTENSIONS = new Set(['.woff', '.woff2', '.ttf', '.otf']);
const LATER_EXTENSIONS = new Set(['.js', '.mjs', '.json', '.webmanifest', '.css']);

/** Every file under `dir`, as a path relative to it with forward slashes. */
function walk(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

/** The local URLs in index.html's `attr` attributes of tags matching `tagPattern`. */
function referencedUrls(html: string, tagPattern: RegExp, attr: string): string[] {
  const attrPattern = new RegExp(`\\s${attr}\\s*=\\s*["']([^"']+)["']`, 'i');
  return (html.match(tagPattern) ?? [])
    .map((tag) => attrPattern.exec(tag)?.[1])
    .filter((url): url is string => !!url && !/^[a-z]+:|^\/\//i.test(url))
    .map((url) => posix.normalize(url.split(/[?#]/)[0]!.replace(/^\.?\//, '')));
}

function group(label: string, dist: string, files: string[]): SizeGroup {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
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
  const initialJs = [...new Set([...scripts, ...preloads])].filter((f) => files.includes(f));
  const initialCss = styles.filter((f) => files.includes(f));
  const first = new Set([...initialJs, ...initialCss]);
  const ext = (f: string) => extname(f).toLowerCase();
  const rest = files.filter((f) => !first.has(f));
  return {
    initialJs: group('initial JS (index.html scripts + modulepreload)', dist, initialJs),
    css: group('CSS (index.html stylesheets)', dist, initialCss),
    html: group(
      'HTML',
      dist,
      rest.filter((f) => ext(f) === '.html'),
    ),
    fonts: group(
      'fonts',
      dist,
      rest.filter((f) => FONT_EXTENSIONS.has(ext(f))),
    ),
    afterFirstPaint: group(
      'loaded after first paint (JS/CSS/JSON not in index.html)',
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
