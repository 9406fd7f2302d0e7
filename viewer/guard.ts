/**
 * The viewer API's front door against other web pages. `kg view` runs on the user's machine
 * while they browse: any page could send it a request (a form post, a no-preflight fetch with
 * `text/plain`), and the Cypher box must not become a way for that page to query the graph.
 * So API requests are answered only for the viewer's own origin (Origin and Sec-Fetch-Site),
 * requests with a body must be JSON (which a page elsewhere cannot send without a CORS
 * preflight, which this server never grants), and bodies are capped before they are read.
 */
import type { IncomingMessage } from 'node:http';
import { KgError } from '../graph/errors.js';

export const MAX_BODY_BYTES = 64 * 1024;

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** Why this request may not reach the API, or undefined when it may. Static files are not checked here. */
export function refuseForeign(req: IncomingMessage, pathname: string): KgError | undefined {
  if (!pathname.startsWith('/api/')) return undefined;
  const site = header(req, 'sec-fetch-site');
  // Browsers send this on every request: only our own pages (or the user typing the URL) pass.
  if (site && site !== 'same-origin' && site !== 'none') {
    return new KgError('refused', 'kg.Http.CrossSite', `cross-site request refused (Sec-Fetch-Site: ${site})`);
  }
  const origin = header(req, 'origin');
  if (origin !== undefined && origin !== `http://${header(req, 'host') ?? ''}`) {
    return new KgError('refused', 'kg.Http.CrossOrigin', `cross-origin request refused (Origin: ${origin})`);
  }
  if (SAFE_METHODS.has(req.method ?? 'GET')) return undefined;
  const type = (header(req, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    const message = `request body must be application/json, not ${type || 'missing'}`;
    return new KgError('unsupported-media', 'kg.Http.ContentType', message);
  }
  const length = Number(header(req, 'content-length') ?? 0);
  if (length > MAX_BODY_BYTES)
    return new KgError('too-large', 'kg.Http.Body', `request body over ${MAX_BODY_BYTES} bytes`);
  return undefined;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}
