/**
 * Load stage: files, folders and URLs → RawArticle. Every failure is an InputError that names
 * the input and the cause, so a batch can report it in one line and go on.
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { InputError } from '../../graph/errors.js';
import { RawArticle } from '../types.js';
import { DecodeError, decodeBytes } from './decode.js';
import { extractHtml, isoDate } from './html.js';

export { RawArticle };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 20_000;
const MAX_REDIRECTS = 5;
const ARTICLE_EXT = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const ARTICLE_KINDS = '.txt, .md and .html';

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** The source an input is stored under: a URL as given, a file path made absolute. */
export const sourceOf = (input: string): string => (isUrl(input) ? input : resolve(input));

/** A file in a folder that was not read, and why (listed in the batch summary, never silent). */
export type Skipped = { input: string; reason: string };
export type Expanded = { inputs: string[]; skipped: Skipped[] };

/** Why a file name is not an article kg reads (a .pdf, a .docx …), or undefined if it is one. */
export function notArticleReason(path: string): string | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '' || ARTICLE_EXT.has(ext)) return undefined;
  return `not an article file (${ext}): kg reads ${ARTICLE_KINDS}; convert it to text first`;
}

/**
 * Files, folders (recursively, article files only, sorted) and URLs → list of inputs, and
 * the files inside folders that were passed over: other formats, and symbolic links (not
 * followed, so a folder cannot pull in files from elsewhere or loop).
 */
export async function expandInputs(args: string[]): Promise<Expanded> {
  const inputs: string[] = [];
  const skipped: Skipped[] = [];
  for (const arg of args) {
    if (isUrl(arg)) {
      inputs.push(arg);
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (!info) throw new InputError(arg, 'no such file or folder');
    if (!info.isDirectory()) {
      inputs.push(arg);
      continue;
    }
    const before = skipped.length;
    const found = await walk(arg, skipped);
    if (!found.length) {
      const passed = skipped.splice(before);
      const names = passed.slice(0, 5).map((s) => relative(arg, s.input));
      if (passed.length > 5) names.push(`and ${passed.length - 5} more`);
      const which = passed.length ? `; skipped ${passed.length}: ${names.join(', ')}` : '';
      throw new InputError(arg, `no article files (${ARTICLE_KINDS}) in this folder${which}`);
    }
    inputs.push(...found.sort());
  }
  return { inputs, skipped };
}

async function walk(dir: string, skipped: Skipped[]): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) skipped.push({ input: path, reason: 'symbolic link, not followed' });
    else if (entry.isDirectory()) found.push(...(await walk(path, skipped)));
    else if (!entry.isFile()) skipped.push({ input: path, reason: 'not a regular file' });
    else {
      const reason = notArticleReason(path);
      if (reason) skipped.push({ input: path, reason });
      else found.push(path);
    }
  }
  return found;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function formatOf(name: string, contentType?: string): 'txt' | 'md' | 'html' {
  const ext = extname(name.split(/[?#]/)[0] ?? '').toLowerCase();
  if (ext === '.html' || ext === '.htm' || /html/i.test(contentType ?? '')) return 'html';
  if (ext === '.md' || ext === '.markdown' || /markdown/i.test(contentType ?? '')) return 'md';
  return 'txt';
}

export async function loadInput(
  input: string,
  options: { maxBytes?: number; timeoutMs?: number } = {},
): Promise<RawArticle> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { bytes, format, source } = isUrl(input)
    ? await fetchBytes(input, maxBytes, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
    : await readBytes(input, maxBytes);
  if (bytes.length === 0) throw new InputError(input, 'empty file');
  let text: string;
  try {
    text = decodeBytes(bytes).text;
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(input, e.message);
    throw e;
  }
  if (text.trim() === '') throw new InputError(input, 'empty file (only whitespace)');
  if (format === 'html') {
    const page = extractHtml(text);
    if (page.text.trim().length < 20) throw new InputError(input, 'HTML page has no article text');
    return RawArticle.parse({ source, format, text: page.text, title: page.title, publishedAt: page.publishedAt });
  }
  return RawArticle.parse({ source, format, text, ...plainMeta(text, format) });
}

async function readBytes(path: string, maxBytes: number) {
  const info = await stat(path).catch(() => null);
  if (!info) throw new InputError(path, 'no such file');
  if (info.isDirectory()) throw new InputError(path, 'is a folder (pass it to expandInputs)');
  const notArticle = notArticleReason(path);
  if (notArticle) throw new InputError(path, notArticle);
  if (info.size > maxBytes) {
    throw new InputError(path, `file is ${mb(info.size)}, over the ${mb(maxBytes)} limit (--max-size)`);
  }
  const bytes = new Uint8Array(await readFile(path));
  return { bytes, format: formatOf(path), source: sourceOf(path) };
}

async function fetchBytes(url: string, maxBytes: number, timeoutMs: number) {
  let current = url;
  const signal = AbortSignal.timeout(timeoutMs);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let res: Response;
    try {
      res = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': 'kg/0.1 (+news knowledge graph)' },
      });
    } catch (e) {
      throw new InputError(url, `unreachable: ${networkCause(e, timeoutMs)}`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      current = new URL(res.headers.get('location') ?? '', current).toString();
      continue;
    }
    if (!res.ok) throw new InputError(url, `HTTP ${res.status}`);
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > maxBytes)
      throw new InputError(url, `page is ${mb(declared)}, over the ${mb(maxBytes)} limit (--max-size)`);
    const bytes = await readCapped(res, maxBytes, url);
    return { bytes, format: formatOf(current, res.headers.get('content-type') ?? undefined), source: url };
  }
  throw new InputError(url, `more than ${MAX_REDIRECTS} redirects`);
}

async function readCapped(res: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new InputError(url, `page is over the ${mb(maxBytes)} limit (--max-size)`);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function networkCause(e: unknown, timeoutMs: number): string {
  // duck-typed: errors from fetch may come from another realm (jest VMs), so no instanceof
  const err = (e ?? {}) as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  return err.cause?.message ?? err.cause?.code ?? err.message ?? String(e);
}

/** Title = first non-empty line (markdown heading marks dropped); a date line if plainly there. */
function plainMeta(text: string, format: 'txt' | 'md'): { title?: string; publishedAt?: string } {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const first = lines.find((l) => l !== '');
  const title = first?.replace(format === 'md' ? /^#+\s*/ : /^$/, '').trim();
  let publishedAt: string | undefined;
  for (const line of lines.slice(0, 12)) {
    const m =
      /^(?:date|published|입력|등록|기사입력|발행)?\s*[:：]?\s*(\d{4}[.\-/년]\s*\d{1,2}[.\-/월]\s*\d{1,2}일?)/i.exec(
        line,
      );
    if (m && line.length < 60) {
      publishedAt = isoDate(m[1]);
      break;
    }
  }
  return { ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}) };
}
