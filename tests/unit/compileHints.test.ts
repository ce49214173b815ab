import { describe, expect, it } from 'vitest';
import { startupChunks, type ChunkLinks } from '../../build/compileHints';

const chunk = (fileName: string, imports: string[], extra: Partial<ChunkLinks> = {}) => ({
  fileName,
  imports,
  isEntry: false,
  facadeModuleId: null,
  ...extra,
});

// The shape of the real build: the entry (boot) imports start; main is imported dynamically.
const BUNDLE: ChunkLinks[] = [
  chunk('index.js', ['start.js'], { isEntry: true, facadeModuleId: '/app/index.html' }),
  chunk('start.js', ['runtime.js']),
  chunk('runtime.js', []),
  chunk('main.js', ['runtime.js', 'start.js', 'context.js'], {
    facadeModuleId: '/app/src/app/main.tsx',
  }),
  chunk('context.js', ['runtime.js', 'start.js']),
  chunk('cards.js', ['main.js', 'context.js'], { facadeModuleId: '/app/src/cards/CardLayer.tsx' }),
  chunk('details.js', [], { facadeModuleId: 'virtual:dokhae/details' }),
];

describe('the chunks that get the compile hint', () => {
  it('are the entry, the start module and what they import statically', () => {
    expect([...startupChunks(BUNDLE, '/src/app/main.tsx')].sort()).toEqual([
      'context.js',
      'index.js',
      'main.js',
      'runtime.js',
      'start.js',
    ]);
  });

  it('leave out the chunks loaded later, even those that import a startup chunk', () => {
    const startup = startupChunks(BUNDLE, '/src/app/main.tsx');
    expect(startup.has('cards.js')).toBe(false);
    expect(startup.has('details.js')).toBe(false);
  });

  it('fail the build, naming the module, when no chunk is built from it', () => {
    expect(() => startupChunks(BUNDLE, '/src/app.tsx')).toThrow('/src/app.tsx');
  });
});
