/** The built site's files, as the browser tests' build wrote them (no browser needed). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { COMPILE_HINT } from '../../build/compileHints';

interface ManifestEntry {
  file: string;
}

function builtFile(source: string): string {
  const dist = inject('distDir');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestEntry
  >;
  const entry = manifest[source];
  if (!entry) throw new Error(`${source} is not in the build manifest`);
  return readFileSync(join(dist, entry.file), 'utf8');
}

describe('V8 compile hints in the build', () => {
  it('open the boot script and the app that hydrates the page', () => {
    expect(builtFile('index.html').startsWith(COMPILE_HINT)).toBe(true);
    expect(builtFile('src/app/main.tsx').startsWith(COMPILE_HINT)).toBe(true);
  });

  it('are not on what loads later: the cards, the views and the details', () => {
    for (const later of [
      'src/cards/CardLayer.tsx',
      'src/glossary/GlossaryView.tsx',
      'virtual:dokhae/details',
    ]) {
      expect(builtFile(later)).not.toContain(COMPILE_HINT);
    }
  });
});
