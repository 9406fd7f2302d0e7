/**
 * `kg view`'s HTTP server: the built browser app as static files and a small JSON API over a
 * ViewerStore. node:http only; every input checked with zod; every error is `{error}` JSON with
 * a status that says whose fault it was, never a stack trace.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { z } from 'zod';
import type { Graph } from '../graph/driver.js';
import { type ErrorKind, KgError } from '../graph/errors.js';
import { jvmCache } from '../graph/jvm.js';
import { diskCache } from './cache.js';
import { MAX_BODY_BYTES as MAX_BODY, refuseForeign } from './guard.js';
import { appDistDir } from './paths.js';
import {
  CypherBody,
  EdgeQuery,
  EntityQuery,
  type ErrorBody,
  ExpandQuery,
  FreshQuery,
  OverviewQuery,
  SearchQuery,
} from './shared.js';
import { createViewerStore, type ViewerStore } from './store.js';

/**
 * `warm` (default true): have a first view ready at start; startViewer resolves once it is (at
 * once when an overview of this database is kept on disk, served stale and refreshed behind it;
 * else once the default overview is laid out, or failed), so the URL it gives opens on a ready
 * overview. Requests that come in meanwhile are answered, an overview request by waiting for
 * the same computation.
 * `cacheDir`: where laid-out overviews are kept between runs (default ~/.cache/kg/viewer; false: nowhere).
 * `watchMs` (default 10 s when warm, 0: never): how often to check whether the graph changed and,
 * if it did, lay out the default overview again, so a page opened after an ingest finds it ready.
 */
export type ViewerOptions = {
  g?: Graph;
  store?: ViewerStore;
  port?: number;
  host?: string;
  appDir?: string;
  warm?: boolean;
  cacheDir?: string | false;
  watchMs?: number;
};
export type Viewer = { url: string; port: number; close: () => Promise<void> };

export const DEFAULT_VIEW_PORT = 7400;
const WATCH_MS = 10_000;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};
// No inline scripts at all (the layout worker is a blob the bundle itself creates): even if some text slipped into the page as HTML, it could not run.
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** What each kind of failure is in HTTP: whose fault it was, and whether to come back later. */
const STATUS_BY_KIND: Record<ErrorKind, number> = {
  usage: 400,
  input: 400,
  unsupported: 405,
  refused: 403,
  'not-found': 404,
  'too-large': 413,
  'unsupported-media': 415,
  timeout: 504,
  unavailable: 503,
};

export async function startViewer(options: ViewerOptions): Promise<Viewer> {
  const dir = options.cacheDir ?? jvmCache('viewer');
  const cache = dir === false ? undefined : diskCache(dir);
  const warm = options.warm ?? true;
  const watchMs = options.watchMs ?? (warm ? WATCH_MS : 0);
  const store = options.store ?? (options.g ? createViewerStore(options.g, { warm, cache, watchMs }) : undefined);
  if (!store) throw new Error('startViewer needs a graph connection (g) or a store');
  const host = options.host ?? '127.0.0.1';
  const files = staticFiles(options.appDir ?? appDistDir());
  const server = createServer((req, res) => {
    handle(req, res, store, files, host).catch((error: unknown) => sendError(res, error));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_VIEW_PORT, host, () => resolve());
  });
  await store.warmed;
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => store.close()),
  };
}

/** The app's files, read once: only these names are ever served, so no path can escape. */
function staticFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return files; // not built: the page says so (see handle)
  }
  for (const name of names) if (TYPES[extname(name)]) files.set(`/${name}`, readFileSync(join(dir, name)));
  return files;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  store: ViewerStore,
  files: Map<string, Buffer>,
  host: string,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://viewer.local');
  // Bound to loopback, only loopback names may reach us: a web page elsewhere cannot
  // rebind its own domain to 127.0.0.1 and read the graph (DNS rebinding).
  const hostname = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (LOOPBACK.has(host) && !LOOPBACK.has(hostname))
    throw new KgError('refused', 'kg.Http.Host', `host ${hostname} is not allowed`);
  const refused = refuseForeign(req, url.pathname);
  if (refused) throw refused;

  if (url.pathname.startsWith('/api/')) {
    const query = Object.fromEntries(url.searchParams);
    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case 'GET /api/overview':
        return sendJson(
          res,
          200,
          await store.overview(OverviewQuery.parse(query), FreshQuery.parse(query).fresh === '1'),
        );
      case 'GET /api/expand':
        return sendJson(res, 200, await store.expand(ExpandQuery.parse(query)));
      case 'GET /api/search': {
        const { q, limit } = SearchQuery.parse(query);
        return sendJson(res, 200, await store.search(q, limit));
      }
      case 'GET /api/entity': {
        const { id } = EntityQuery.parse(query);
        const entity = await store.entity(id);
        if (!entity) throw new KgError('not-found', 'kg.Http.NotFound', `no entity with id ${id}`);
        return sendJson(res, 200, entity);
      }
      case 'GET /api/edge': {
        const edge = await store.edge(EdgeQuery.parse(query));
        if (!edge) throw new KgError('not-found', 'kg.Http.NotFound', 'no such relation');
        return sendJson(res, 200, edge);
      }
      case 'POST /api/cypher': {
        const { query: cypher, params } = CypherBody.parse(await readJson(req));
        return sendJson(res, 200, await store.cypher(cypher, params));
      }
      default: {
        const known = ['/api/overview', '/api/expand', '/api/search', '/api/entity', '/api/edge', '/api/cypher'];
        if (known.includes(url.pathname))
          throw new KgError('unsupported', 'kg.Http.Method', `${req.method} is not allowed on ${url.pathname}`);
        throw new KgError('not-found', 'kg.Http.NotFound', `no API endpoint ${url.pathname}`);
      }
    }
  }
  if (req.method !== 'GET' && req.method !== 'HEAD')
    throw new KgError('unsupported', 'kg.Http.Method', `${req.method} is not allowed`);
  const name = url.pathname === '/' ? '/index.html' : url.pathname;
  const body = files.get(name);
  if (!body) {
    if (!files.size)
      throw new KgError('unavailable', 'kg.Http.NoApp', 'the viewer app is not built: run `npm run build`');
    throw new KgError('not-found', 'kg.Http.NotFound', `no file ${url.pathname}`);
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream', ...SECURITY_HEADERS });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new KgError('too-large', 'kg.Http.Body', `request body over ${MAX_BODY} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new KgError('input', 'kg.Http.Json', 'the request body is not valid JSON');
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
  });
  res.end(JSON.stringify(body));
}

/** Expected failures keep their message; anything else is logged here and reported plainly. */
function sendError(res: ServerResponse, error: unknown): void {
  if (error instanceof z.ZodError) {
    const message = error.issues
      .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    sendJson(res, 400, { error: message });
    return;
  }
  if (error instanceof KgError) {
    const body: ErrorBody = { error: error.message, code: error.code, kind: error.kind };
    sendJson(res, STATUS_BY_KIND[error.kind], body);
    return;
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`kg view: ${error instanceof Error ? (error.stack ?? message) : message}`);
  sendJson(res, 500, { error: `internal error: ${message}` });
}
