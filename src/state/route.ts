/**
 * Which view the address shows: the reader (default), the glossary (#glossary, #term=<id>) or
 * the grammar patterns (#grammar, #pattern=<id>). Pure.
 */
export type Route =
  | { view: 'reader' }
  | { view: 'glossary'; termId: string | null }
  | { view: 'grammar'; patternId: string | null };

export const GLOSSARY_HASH = '#glossary';
export const GRAMMAR_HASH = '#grammar';
export const termHash = (id: string) => `#term=${encodeURIComponent(id)}`;
export const patternHash = (id: string) => `#pattern=${encodeURIComponent(id)}`;

function idAfter(hash: string, prefix: string): string | null {
  try {
    return decodeURIComponent(hash.slice(prefix.length)) || null;
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  if (hash === GLOSSARY_HASH) return { view: 'glossary', termId: null };
  if (hash.startsWith('#term=')) return { view: 'glossary', termId: idAfter(hash, '#term=') };
  if (hash === GRAMMAR_HASH) return { view: 'grammar', patternId: null };
  if (hash.startsWith('#pattern='))
    return { view: 'grammar', patternId: idAfter(hash, '#pattern=') };
  return { view: 'reader' };
}
