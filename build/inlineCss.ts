import type { PluginOption } from 'vite';

/**
 * The stylesheet goes inside index.html, so the first paint waits for no other request (it is
 * 4–5 KB gzip, and every page needs all of it).
 */
export const inlineCss = (): PluginOption => ({
  name: 'dokhae-inline-css',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, { bundle }) {
      const inlinedFiles: string[] = [];
      const inlined = html.replace(
        /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g,
        (_tag, file) => {
          const asset = bundle?.[file];
          if (asset?.type !== 'asset') throw new Error(`inline-css: ${file} is not in the bundle`);
          delete bundle![file];
          inlinedFiles.push(file);
          return `<style>${String(asset.source)}</style>`;
        },
      );
      const left = Object.keys(bundle ?? {}).filter((f) => f.endsWith('.css'));
      if (left.length > 0) throw new Error(`inline-css: ${left.join(', ')} not in index.html`);
      const css = inlinedFiles.map((f) => f.split('/').pop()!);
      const asking = Object.values(bundle ?? {}).filter(
        (c) => c.type === 'chunk' && css.some((f) => c.code.includes(f)),
      );
      if (asking.length > 0) {
        const names = asking.map((c) => c.fileName).join(', ');
        throw new Error(
          `inline-css: ${names} would load the inlined stylesheet; see codeSplitting`,
        );
      }
      return inlined;
    },
  },
});
