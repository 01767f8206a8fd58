/**
 * A small web server for the tests and the bench: serves a folder under a sub-path, as a
 * school's Apache would, compressing text files with gzip when the browser asks for it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
/** What Apache's mod_deflate compresses by default: text, not images, zips or Pagefind's own gzip files. */
const COMPRESSED = /^(text\/|application\/(json|manifest\+json|javascript|wasm)|image\/svg)/;

export interface StaticSite {
  /** URL of the site's folder, ending in "/", e.g. http://127.0.0.1:40123/truong/de-cuong/ */
  url: string;
  /** Requests answered, bytes sent (bodies, as sent) and the paths asked for, under the sub-path, since the last call; the counts start again. */
  takeTraffic(): { requests: number; bytes: number; paths: string[] };
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Headers sent with every answer (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Files served beside the site's own, by path under the sub-path (a test's helper script). */
  extraFiles?: Record<string, string>;
  /** A page of the site sent, with status 404, for any missing file (a server's error page). */
  notFoundPage?: string;
  /** How long to wait before answering a path under the sub-path, in ms (a file slow to come on a weak link). */
  delay?: (path: string) => number;
}

/**
 * Serves `dir` under `basePath` on 127.0.0.1, as a school web server would put it in
 * a sub-folder. Anything outside the sub-path, or missing, gets the 404 status.
 */
export async function serveStatic(dir: string, basePath = '/truong/de-cuong/', options: ServeOptions = {}): Promise<StaticSite> {
  let traffic = { requests: 0, bytes: 0, paths: [] as string[] };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const send = (status: number, file: string) => {
      const type = MIME[extname(file)] ?? 'application/octet-stream';
      let body = readFileSync(file);
      const headers: Record<string, string> = { 'content-type': type, ...options.headers };
      if (COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'Accept-Encoding';
      }
      traffic.requests += 1;
      traffic.bytes += body.length;
      traffic.paths.push(path.slice(basePath.length));
      const wait = options.delay?.(path.slice(basePath.length)) ?? 0;
      if (wait > 0) setTimeout(() => res.writeHead(status, headers).end(body), wait);
      else res.writeHead(status, headers).end(body);
    };
    if (!path.startsWith(basePath)) {
      res.writeHead(404, options.headers).end('outside the site');
      return;
    }
    const inSite = path.slice(basePath.length) || 'index.html';
    const extra = options.extraFiles?.[inSite];
    if (extra) return send(200, extra);
    const file = normalize(join(dir, inSite));
    if (file.startsWith(normalize(dir)) && existsSync(file) && statSync(file).isFile()) return send(200, file);
    if (options.notFoundPage) return send(404, join(dir, options.notFoundPage));
    res.writeHead(404, { 'content-type': 'text/plain', ...options.headers }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    takeTraffic: () => {
      const taken = traffic;
      traffic = { requests: 0, bytes: 0, paths: [] };
      return taken;
    },
    // Also the connections a browser keeps open (a service worker still storing the site keeps
    // asking): a test that is done with the server must not wait for them.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
