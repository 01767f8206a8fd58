import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticSite {
  /** URL of the site's folder, ending in "/", e.g. http://127.0.0.1:40123/truong/de-cuong/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` under `basePath` on 127.0.0.1, as a school web server would put it in
 * a sub-folder. Anything outside the sub-path, or missing, gets the 404 status.
 */
export async function serveStatic(dir: string, basePath = '/truong/de-cuong/'): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(basePath)) {
      res.writeHead(404).end('outside the site');
      return;
    }
    const file = normalize(join(dir, path.slice(basePath.length) || 'index.html'));
    if (!file.startsWith(normalize(dir)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
