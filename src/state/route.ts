/** Which view the address shows: the reader (default), or the glossary (#glossary, #term=<id>). Pure. */
export type Route = { view: 'reader' } | { view: 'glossary'; termId: string | null };

export const GLOSSARY_HASH = '#glossary';
export const termHash = (id: string) => `#term=${encodeURIComponent(id)}`;

export function parseRoute(hash: string): Route {
  if (hash === GLOSSARY_HASH) return { view: 'glossary', termId: null };
  if (hash.startsWith('#term=')) {
    try {
      const id = decodeURIComponent(hash.slice('#term='.length));
      return { view: 'glossary', termId: id || null };
    } catch {
      return { view: 'glossary', termId: null };
    }
  }
  return { view: 'reader' };
}
