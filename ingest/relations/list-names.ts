/**
 * Names no lexicon has, inside a list of names it has: "블랙록, 블랙스톤, 피델리티 등",
 * "Nvidia, Lux Capital and AMD". An item between two known companies (or after them, before
 * 등) whose analysis makes it a proper noun (Nori NNP / foreign letters, English capitalised
 * words) is a company too, so coordination keeps the whole list and every member becomes an
 * argument. Searches stay between two neighbouring mentions.
 */
import type { Doc } from '../doc.js';
import { tokensIn } from '../doc.js';
import { newEntity, STOP_KO } from '../entities/discover-shared.js';
import { addEntity } from '../entities/match.js';
import { GRAMMAR } from '../lexicon.js';
import type { MentionHit } from '../types.js';

const COMMON = new Set([...GRAMMAR.commonNounsKo, ...STOP_KO]);
const PROPER = new Set(['NNP', 'SL', 'SN', 'SH']);
const isMaker = (h: MentionHit) => h.type === 'Company' || h.type === 'Organization';
const KO_GAP = /^(?:,|·|와|과)\s*((?:[^\s,·()'"]{2,12}(?: [^\s,·()'"]{2,10})?\s*[,·]\s*){1,4})$/;
const KO_TAIL =
  /^,\s*((?:[^\s,·()'"]{2,12}(?: [^\s,·()'"]{2,10})?\s*,\s*){0,3}[^\s,·()'"]{2,12}(?: [^\s,·()'"]{2,10})?)\s+등/;
const EN_ITEM = /^(?:[A-Z][\w&.-]*)(?:\s(?:[A-Z][\w&.-]*|of|&))*$/;
const EN_GAP = /^,\s*((?:[A-Z][^,]{1,40},\s*){1,4})(?:and\s+)?$/;

function isName(doc: Doc, start: number, end: number): boolean {
  const item = doc.text.slice(start, end);
  if (doc.lang === 'en') return EN_ITEM.test(item) && !GRAMMAR.stopNamesEn.includes(item);
  if (COMMON.has(item)) return false;
  const toks = tokensIn(doc, start, end);
  return toks.length > 0 && toks.every((t) => PROPER.has(t.pos));
}

/** The mentions of one sentence plus the list members no lexicon has (sorted by start). */
export function withListNames(doc: Doc, hits: MentionHit[]): MentionHit[] {
  const extra: MentionHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const a = hits[i] as MentionHit;
    const b = hits[i + 1];
    if (!isMaker(a) || (b && !isMaker(b) && b.type !== 'Country')) continue;
    const gapEnd = b ? b.start : Math.min(doc.text.length, a.end + 60);
    const gap = doc.text.slice(a.end, gapEnd);
    const m =
      doc.lang === 'ko'
        ? b && isMaker(b)
          ? KO_GAP.exec(gap)
          : KO_TAIL.exec(gap)
        : b && isMaker(b)
          ? EN_GAP.exec(gap)
          : null;
    const body = m?.[1];
    if (!m || !body) continue;
    const bodyStart = a.end + gap.indexOf(body);
    const found: MentionHit[] = [];
    let ok = true;
    for (const part of body.matchAll(/[^,·]+/g)) {
      const raw = part[0];
      const lead = raw.length - raw.trimStart().length;
      const item = raw.trim().replace(/^and\s+/, '');
      if (!item) continue;
      const start = bodyStart + (part.index ?? 0) + lead + (raw.trim().length - item.length);
      const end = start + item.length;
      if (!isName(doc, start, end)) {
        ok = false;
        break;
      }
      const info = addEntity(doc, newEntity(a.type, item));
      found.push({ start, end, id: info.id, type: info.type, how: 'discovered' });
    }
    if (ok) extra.push(...found);
  }
  if (!extra.length) return hits;
  doc.extraHits.push(...extra);
  return [...hits, ...extra].sort((x, y) => x.start - y.start);
}
