/**
 * extract(): one article in, its entities and relations out. Deterministic: normalise →
 * sentences → analysis → entities → relations → resolve. Asynchronous because the Korean
 * analyser is a separate process, shared by every article of a run.
 */
import { createHash } from 'node:crypto';
import { type Extraction, type Lang, relationAllowed, SYMMETRIC_RELATIONS } from '../graph/model.js';
import { type Arg, sentenceArgs } from './args.js';
import { nounPhraseCoref } from './coref.js';
import type { Doc } from './doc.js';
import { developVerbs, lexiconLinks, structuralLinks } from './links.js';
import { describedCountryLinks } from './links-country.js';
import { findMentions } from './mentions.js';
import { type Emit, findTriggers, TRIGGER_RES, triggerRelations } from './relations.js';
import { resolve } from './resolve.js';
import { type Analyser, normalise, sharedAnalyser, splitSentences } from './text/index.js';
import type { RawArticle, RelationHit } from './types.js';

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

export function articleId(normalisedText: string): string {
  return createHash('sha256').update(normalisedText.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 24);
}

/** The id of an article without extracting it, so unchanged articles are skipped cheaply. */
export function articleIdOf(raw: RawArticle): string {
  return articleId(normalise(raw.text).text);
}

/** Where a long extraction is: the stage, and within the relation stage the sentences done. */
export type Progress = (stage: 'sentences' | 'entities' | 'relations' | 'resolve', done: number, total: number) => void;

function relations(doc: Doc, progress?: Progress): RelationHit[] {
  const out: RelationHit[] = [];
  const articleHas = new Set(doc.hits.map((h) => h.id));
  let h = 0;
  doc.sentences.forEach((sentence, index) => {
    if (progress && index % 500 === 0) progress('relations', index, doc.sentences.length);
    while (h < doc.hits.length && (doc.hits[h]?.start ?? 0) < sentence.start) h++;
    let k = h;
    while (k < doc.hits.length && (doc.hits[k]?.end ?? 0) <= sentence.end) k++;
    const hits = doc.hits.slice(h, k);
    if (hits.length === 0) return;
    const emit: Emit = (type, from, to, confidence, extra) => {
      for (const a of from) {
        for (const b of to) {
          if (a.hit.id === b.hit.id || !relationAllowed(type, a.hit.type, b.hit.type)) continue;
          let s: Arg = a;
          let t: Arg = b;
          if (SYMMETRIC_RELATIONS.has(type) && a.hit.id > b.hit.id) [s, t] = [b, a];
          // a symmetric pair may only fit the schema one way round
          if (!relationAllowed(type, s.hit.type, t.hit.type)) [s, t] = [t, s];
          out.push({
            type,
            source: s.hit.id,
            target: t.hit.id,
            confidence,
            sentence: index,
            ...(extra?.amount ? extra : {}),
          });
        }
      }
    };
    const sa = sentenceArgs(doc, index, hits);
    structuralLinks(doc, sa, emit);
    // one name can be enough: the other end may be the previous sentences' topic ("경쟁사 X는")
    if (hits.length > 1 || /^\s*경쟁/.test(doc.text.slice(sentence.start, sentence.start + 6))) {
      triggerRelations(doc, sa, emit);
      developVerbs(doc, sa, emit);
    }
    const cue = findTriggers(doc, doc.lang === 'ko' ? TRIGGER_RES.koDev : TRIGGER_RES.enDev, sa).length > 0;
    lexiconLinks(doc, sa, emit, cue, articleHas);
    describedCountryLinks(doc, sa, emit);
  });
  return out;
}

export async function extract(
  raw: RawArticle,
  analyser: Analyser = sharedAnalyser(),
  progress?: Progress,
): Promise<Extraction> {
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
  doc.hits = findMentions(doc);
  const corefs = nounPhraseCoref(doc);
  if (corefs.length) doc.hits = [...doc.hits, ...corefs].sort((a, b) => a.start - b.start);
  const rels = relations(doc, progress);
  progress?.('resolve', 0, 1);
  return resolve(doc, raw, articleId(text), rels);
}
