/**
 * A compressing front for the static server, as a static host would serve the site
 * (Lighthouse weighs transfer sizes, so uncompressed responses would skew its score).
 */
import { createServer, request, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg)/;

/** Serves `target` (an http://127.0.0.1:port/prefix/ URL) gzip-compressed on another port. */
export function gzipProxy(target: string): Promise<{ server: Server; url: string }> {
  const origin = new URL(target);
  const server = createServer((req, res) => {
    const upstream = request(
      { host: origin.hostname, port: origin.port, path: req.url, method: req.method },
      (up) => {
        const chunks: Buffer[] = [];
        up.on('data', (c: Buffer) => chunks.push(c));
        up.on('end', () => {
          const body = Buffer.concat(chunks);
          const type = String(up.headers['content-type'] ?? '');
          const gzip =
            COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
          const headers = { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) };
          res.writeHead(up.statusCode ?? 502, headers).end(gzip ? gzipSync(body) : body);
        });
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    upstream.end();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}${origin.pathname}` });
    });
  });
}
