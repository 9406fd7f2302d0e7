/**
 * extract(): one article in, its entities and relations out. Deterministic: normalise →
 * sentences → analysis → entities → relations → resolve. Asynchronous because the Korean
 * analyser is a separate process, shared by every article of a run.
 */
import { createHash } from 'node:crypto';
import type { Extraction, Lang } from '../graph/model.js';
import type { Doc } from './doc.js';
import { demonymCountries, findMentions, nounPhraseCoref, statedDevelopers } from './entities/index.js';
import { relations } from './relations/index.js';
import { resolve } from './resolve.js';
import { type Analyser, normalise, sharedAnalyser, splitSentences } from './text/index.js';
import { RawArticle } from './types.js';

export type { RawArticle };

/** Korean when Hangul syllables are a fair share of the letters (Korean text is full of "AI", "GPT"). */
export function detectLang(text: string): Lang {
  let hangul = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return hangul > 0 && hangul * 3 >= latin ? 'ko' : 'en';
}

/**
 * The hash of the text with every whitespace run as one space, trimmed. Only the runs that are
 * not already a lone space are replaced (the same string as replacing every /\s+/, since a run
 * of two or more, or of one other space, is matched whole from its first character): most runs
 * in prose are one space, and replacing each of those with itself cost half the function.
 */
export function articleId(normalisedText: string): string {
  return createHash('sha256')
    .update(normalisedText.replace(/\s{2,}|[^\S ]/g, ' ').trim())
    .digest('hex')
    .slice(0, 24);
}

/** The id of an article without extracting it, so unchanged articles are skipped cheaply. */
export function articleIdOf(raw: RawArticle): string {
  return articleId(normalise(raw.text).text);
}

/** Where a long extraction is: the stage, and within the relation stage the sentences done. */
export type Progress = (stage: 'sentences' | 'entities' | 'relations' | 'resolve', done: number, total: number) => void;

export async function extract(
  raw: RawArticle,
  analyser: Analyser = sharedAnalyser(),
  progress?: Progress,
): Promise<Extraction> {
  // the boundary: a worker's message or a library caller's object is checked, not trusted
  const checked = RawArticle.safeParse(raw);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(
      `${String((raw as { source?: unknown })?.source ?? 'article')}: not an article (${issue?.path.join('.') || 'value'}: ${issue?.message})`,
    );
  }
  progress?.('sentences', 0, 1);
  const norm = normalise(raw.text);
  const text = norm.text;
  const lang = detectLang(text);
  const tokens = await analyser.analyse(text, lang);
  const doc: Doc = {
    norm,
    text,
    lower: text.toLowerCase(),
    lang,
    sentences: splitSentences(text),
    tokens,
    hits: [],
    entities: new Map(),
    hints: { developer: new Map() },
    extraHits: [],
  };
  // toLowerCase can change length for a few letters (İ); fall back to a per-char map then
  if (doc.lower.length !== text.length)
    doc.lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  progress?.('entities', 0, 1);
  doc.hits = statedDevelopers(doc, findMentions(doc));
  const corefs = nounPhraseCoref(doc);
  if (corefs.length) doc.hits = [...doc.hits, ...corefs].sort((a, b) => a.start - b.start);
  const rels = relations(doc, progress && ((done, total) => progress('relations', done, total)));
  demonymCountries(doc);
  progress?.('resolve', 0, 1);
  return resolve(doc, raw, articleId(text), rels);
}
