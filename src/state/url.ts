/** What the address carries: ?mode=… and #s-<sentence id>. Pure. */
import { parseMode, type Mode } from './mode';

export function modeFromSearch(search: string): Mode | null {
  return parseMode(new URLSearchParams(search).get('mode'));
}

/** The same address with ?mode= set, other parameters and the hash kept. */
export function hrefWithMode(href: string, mode: Mode): string {
  const url = new URL(href);
  url.searchParams.set('mode', mode);
  return url.pathname + url.search + url.hash;
}

export const SENTENCE_ANCHOR_PREFIX = 's-';

export function sentenceIdFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.startsWith(SENTENCE_ANCHOR_PREFIX)) return null;
  let id: string;
  try {
    id = decodeURIComponent(raw.slice(SENTENCE_ANCHOR_PREFIX.length));
  } catch {
    return null;
  }
  return id.length > 0 ? id : null;
}

export const sentenceAnchor = (id: string) => SENTENCE_ANCHOR_PREFIX + id;
