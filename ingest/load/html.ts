/**
 * HTML page → article text, title and publication date. Readability (the library behind
 * Firefox Reader View) finds the main text; linkedom gives it a DOM without a browser.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  text: string;
  title?: string;
  publishedAt?: string;
}

const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'date',
  'dc.date',
  'dc.date.issued',
  'sailthru.date',
  'parsely-pub-date',
];

/** ISO date (YYYY-MM-DD or full timestamp) from a loose date string, or undefined. */
export function isoDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const ko = /(\d{4})[.\-/년]\s*(\d{1,2})[.\-/월]\s*(\d{1,2})/.exec(v);
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) {
    const d = new Date(v);
    if (!Number.isNaN(d.getTime())) return d.toISOString();
  }
  if (ko) {
    const [, y, m, d] = ko;
    return `${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`;
  }
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

function jsonLdDate(document: Document): string | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findKey(JSON.parse(script.textContent ?? ''), 'datePublished');
      if (found) return found;
    } catch {
      // broken JSON-LD is common; ignore it
    }
  }
  return undefined;
}

function findKey(value: unknown, key: string): string | undefined {
  if (Array.isArray(value)) {
    for (const v of value) {
      const f = findKey(v, key);
      if (f) return f;
    }
  } else if (value && typeof value === 'object') {
    const rec = value as Record<string, unknown>;
    if (typeof rec[key] === 'string') return rec[key];
    for (const v of Object.values(rec)) {
      const f = findKey(v, key);
      if (f) return f;
    }
  }
  return undefined;
}

function metaDate(document: Document): string | undefined {
  for (const name of DATE_META) {
    const el =
      document.querySelector(`meta[property="${name}"]`) ??
      document.querySelector(`meta[name="${name}"]`) ??
      document.querySelector(`meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content');
    if (v) return v;
  }
  return document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
}

/** Paragraph-preserving text: Readability's textContent runs block elements together. */
function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  for (const el of Array.from(document.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td'))) {
    if (el.querySelector('p, li, h1, h2, h3, h4, h5, h6, blockquote')) continue; // only leaf blocks
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
  }
  if (parts.length) return parts.join('\n');
  return (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
}

export function extractHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const date = isoDate(metaDate(document) ?? jsonLdDate(document));
  const headTitle =
    document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? document.title ?? undefined;
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const text = parsed?.content ? blockText(parsed.content) : '';
  const title = (parsed?.title || headTitle || '').trim() || undefined;
  return { text, ...(title ? { title } : {}), ...(date ? { publishedAt: date } : {}) };
}
