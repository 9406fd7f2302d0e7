/**
 * Resolve stage: mentions → entities with stable ids, display names in the article's language
 * and every known form as an alias; relation hits → one relation per (type, source, target)
 * with all its evidence sentences. Offsets go back to the text the user gave.
 */
import { kgEnvVar } from '../graph/config.js';
import {
  type ExtractedEntity,
  type ExtractedRelation,
  type Extraction,
  Extraction as ExtractionSchema,
  SYMMETRIC_RELATIONS,
} from '../graph/model.js';
import type { Doc } from './doc.js';
import { METONYM_FORMS, trieKey } from './lexicon.js';
import { toRaw } from './text/index.js';
import type { MentionHit, RawArticle, RelationHit } from './types.js';

/** Schema-check every extraction (KG_VALIDATE=1): slower, for debugging the pipeline. */
const VALIDATE = kgEnvVar('KG_VALIDATE') === '1';

const HAN = /\p{Script=Han}/u;

function entityList(doc: Doc, raw: RawArticle, hits: MentionHit[]): ExtractedEntity[] {
  const byId = new Map<string, ExtractedEntity>();
  for (const h of hits) {
    const info = doc.entities.get(h.id);
    if (!info) continue;
    const span = toRaw(doc.norm, h.start, h.end);
    const surface = raw.text.slice(span.start, span.end);
    let e = byId.get(h.id);
    if (!e) {
      const name = (doc.lang === 'ko' ? (info.ko[0] ?? info.en[0]) : (info.en[0] ?? info.ko[0])) ?? surface;
      e = { id: h.id, name, type: info.type, aliases: [...new Set([...info.ko, ...info.en])], mentions: [] };
      byId.set(h.id, e);
    }
    e.mentions.push({ start: span.start, end: span.end, text: surface });
    // seen forms are aliases too, but not short references ("하 센터장") or one-syllable 미/중
    const aliasable = h.how === 'lexicon' || h.how === 'discovered' || (h.how === 'abbrev' && HAN.test(surface));
    const clean = surface.replace(/\s+/g, ' ').trim();
    // "Beijing retaliated", "DSA는 …" are mentions of China and the EU, but no names of them
    if (METONYM_FORMS.has(trieKey(clean))) continue;
    if (aliasable && clean && !e.aliases.includes(clean)) e.aliases.push(clean);
  }
  return [...byId.values()].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

function relationList(doc: Doc, raw: RawArticle, hits: RelationHit[], known: Set<string>): ExtractedRelation[] {
  const byKey = new Map<string, ExtractedRelation>();
  // a sentence that carries several relations is mapped back and copied out once
  const sentences = new Map<number, { sentence: string; start: number; end: number }>();
  for (const r of hits) {
    if (!known.has(r.source) || !known.has(r.target)) continue;
    const [a, b] = SYMMETRIC_RELATIONS.has(r.type) && r.source > r.target ? [r.target, r.source] : [r.source, r.target];
    const key = `${r.type}|${a}|${b}`;
    const s = doc.sentences[r.sentence];
    if (!s) continue;
    let seen = sentences.get(r.sentence);
    if (!seen) {
      const span = toRaw(doc.norm, s.start, s.end);
      seen = { sentence: raw.text.slice(span.start, span.end), start: span.start, end: span.end };
      sentences.set(r.sentence, seen);
    }
    const evidence = { sentence: seen.sentence, start: seen.start, end: seen.end };
    const known_ = byKey.get(key);
    if (!known_) {
      byKey.set(key, {
        type: r.type,
        source: r.source,
        target: r.target,
        confidence: r.confidence,
        ...(r.amount ? { amount: r.amount, currency: r.currency } : {}),
        evidence: [evidence],
      });
      continue;
    }
    known_.confidence = Math.max(known_.confidence, r.confidence);
    if (!known_.amount && r.amount) {
      known_.amount = r.amount;
      known_.currency = r.currency;
    }
    if (!known_.evidence.some((e) => e.start === evidence.start)) known_.evidence.push(evidence);
  }
  return [...byKey.values()];
}

/** The first line with something on it, trimmed ('' for none); without splitting the whole text. */
function firstNonBlankLine(text: string): string {
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const line = text.slice(at, nl < 0 ? text.length : nl).trim();
    if (line !== '') return line;
    if (nl < 0) break;
    at = nl + 1;
  }
  return '';
}

export function resolve(doc: Doc, raw: RawArticle, id: string, rels: RelationHit[]): Extraction {
  const hits = [...doc.hits, ...doc.extraHits].sort((a, b) => a.start - b.start);
  const entities = entityList(doc, raw, hits);
  const known = new Set(entities.map((e) => e.id));
  const firstLine = firstNonBlankLine(raw.text);
  const extraction: Extraction = {
    article: {
      id,
      title: raw.title ?? firstLine.replace(/^#+\s*/, '').slice(0, 200),
      lang: doc.lang,
      source: raw.source,
      ...(raw.publishedAt ? { publishedAt: raw.publishedAt } : {}),
    },
    entities,
    relations: relationList(doc, raw, rels, known),
  };
  return VALIDATE ? ExtractionSchema.parse(extraction) : extraction;
}
