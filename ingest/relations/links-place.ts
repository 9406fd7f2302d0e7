/**
 * BASED_IN from a phrase that says where a company sits: "서울에 본사를 둔 X", "캐나다 기반 AI
 * 스타트업 X", "파리를 기반으로 한 X", "중국 항저우의 X", "Paris-based X", "X, headquartered in
 * Toronto", "X is based in Seoul". The place is a country mention or a well-known city, which
 * stands for its country. Split from links.ts (titles, appositions) and links-country.ts (a
 * country as a descriptor of lists of companies).
 */

import type { Doc } from '../doc.js';
import { addEntity } from '../entities/match.js';
import { CITY_COUNTRY, entityInfo, NATIONALITY } from '../lexicon.js';
import type { MentionHit } from '../types.js';
import type { Arg, SentenceArgs } from './args.js';
import { type Emit, isMaker } from './lists.js';

/** A word of a place name (Hangul, Latin, dots for "U.K."). */
const W = '[가-힣A-Za-z.]+';
/** A word of the description between the seat phrase and the name: no case particle ends it ("규제 당국이"). */
const FILLER = '[^\\s\'"‘“]*[^\\s\'"‘“이가은는을를와과도로에서]';
/**
 * Left of the company, Korean: a place (country and/or city), the seat phrase, up to four words
 * of description ("캐나다 기반 AI 스타트업 ", "서울에 본사를 둔 반도체 기업인 ").
 */
const SEAT_KO = new RegExp(
  `(?<![가-힣A-Za-z])(${W}?)(?:\\s+(?!기반|소재)(${W}?))?(?:에\\s*(?:본사를|본부를|거점을|기반을|본거지를)\\s*(?:둔|두고\\s*있는|둔\\s*채)|에\\s*(?:위치한|자리한|자리\\s*잡은|있는)\\s+(?=\\S*(?:기업|업체|회사|스타트업))|\\s*기반(?:의)?|(?:을|를)\\s*(?:기반으로|거점으로|근거지로)\\s*(?:한|하는|하고\\s*있는)|\\s+소재(?:의)?|(의))\\s+(?:${FILLER}\\s+){0,4}?['"‘“]?$`,
);
/** Left of the company, English: "Berlin-based ", "U.K.-based design firm ", "London-headquartered ". */
const SEAT_EN = /(?<![A-Za-z.])((?:[A-Z][\w.]*\s)?[A-Z][\w.]*)-(?:based|headquartered)\s+(?:[\w-]+\s+){0,4}?$/;
/** Right of the company, English: ", headquartered in Toronto", " is based in Seoul, South Korea". */
const SEAT_AFTER_EN =
  /^(?:,\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,4}?)?(?:which\s+is\s+|that\s+is\s+)?|\s+(?:is|was|has\s+been)\s+)(?:based|headquartered)\s+in\s+(?:the\s+)?((?:[A-Z][\w.]*\s)?[A-Z][\w.]*)(?:,\s+((?:[A-Z][\w.]*\s)?[A-Z][\w.]*))?/;

/** The country a place word stands for: a country name, a nationality, a city. */
function placeCountry(doc: Doc, s: SentenceArgs, word: string, at: number): MentionHit | undefined {
  const arg = s.args.find((a) => a.hit.type === 'Country' && a.hit.start === at);
  if (arg) return arg.hit;
  // a city stands for its country only in an article that names the country: readers (and
  // gold) take no BASED_IN to a country the text never writes ("a Seattle-based lab")
  const city = CITY_COUNTRY.get(word);
  const id = city && doc.hits.some((h) => h.id === city) ? city : NATIONALITY.get(word);
  const info = id ? entityInfo(id) : undefined;
  if (!info) return undefined;
  return { start: at, end: at + word.length, id: info.id, type: info.type, how: 'abbrev' };
}

/** The first place of a "country city" pair that resolves; the two must agree. */
function resolve(doc: Doc, s: SentenceArgs, places: [string, number][]): MentionHit | undefined {
  const named = places.filter(([w]) => w !== '');
  const hits = named.map(([w, at]) => placeCountry(doc, s, w, at));
  const [first] = hits;
  if (first && hits.every((h) => h?.id === first.id)) return first;
  // "정부가 서울에 본사를 둔", "The Seoul-based": only the word next to the seat phrase is the place
  if (named.length > 1) return hits[0] ? undefined : hits[1];
  const [w, at] = named[0] ?? ['', 0];
  const sp = w.lastIndexOf(' ');
  return sp < 0 ? undefined : placeCountry(doc, s, w.slice(sp + 1), at + sp + 1);
}

/** Right of a Korean subject: "X는 서울에 본사를 두고 있다", "X는 캐나다 토론토 기반 AI 스타트업이다". */
const SEAT_AFTER_KO = new RegExp(
  `^\\s*(${W}?)(?:\\s+(?!기반)(${W}?))?(?:에\\s*(?:본사를|본부를|거점을)\\s*(?:둔|두고)|\\s*기반(?:의)?\\s+(?:${FILLER}\\s+){0,3}?[가-힣]*(?:기업|업체|회사|스타트업)(?:이다|입니다|이며|으로|로))`,
);
/** Right of an English name, in apposition: "X, the Tokyo-based lab,". */
const SEAT_APPOS_EN = /^,\s+(?:an?|the)\s+((?:[A-Z][\w.]*\s)?[A-Z][\w.]*)-(?:based|headquartered)\s/;

/** The place a seat phrase around `a` names, and the span of the phrase. */
function seatOf(doc: Doc, s: SentenceArgs, a: Arg): [MentionHit, number] | undefined {
  const { text } = doc;
  const from = Math.max(s.start, a.hit.start - 70);
  const left = text.slice(from, a.hit.start);
  const right = text.slice(a.tail, Math.min(s.end, a.tail + 90));
  const pair = (m: RegExpExecArray, base: number): MentionHit | undefined => {
    const at = base + m.index + m[0].indexOf(m[1] ?? '');
    const second = m[2] ? at + m[0].slice(m[0].indexOf(m[1] ?? '')).indexOf(m[2], (m[1] ?? '').length) : -1;
    return resolve(doc, s, [
      [m[1] ?? '', at],
      [m[2] ?? '', second],
    ]);
  };
  if (doc.lang === 'ko') {
    const m = SEAT_KO.exec(left);
    // "중국 항저우의 X": a bare genitive needs a city; "중국의 X" is links.ts's
    const hit = m && !(m[3] && !m[2]) ? pair(m, from) : undefined;
    if (hit) return [hit, from + (m?.index ?? 0)];
    const r = a.role === 'subj' ? SEAT_AFTER_KO.exec(right) : null;
    const after = r ? pair(r, a.tail) : undefined;
    return after && r ? [after, a.tail + r[0].length] : undefined;
  }
  const m = SEAT_EN.exec(left) ?? null;
  const hit = m?.[1] ? resolve(doc, s, [[m[1], from + m.index]]) : undefined;
  if (m && hit) return [hit, from + m.index];
  const ap = SEAT_APPOS_EN.exec(right);
  const apHit = ap?.[1] ? resolve(doc, s, [[ap[1], a.tail + ap[0].indexOf(ap[1], 2)]]) : undefined;
  if (ap && apHit) return [apHit, a.tail + ap[0].length];
  const r = SEAT_AFTER_EN.exec(right);
  if (!r?.[1]) return undefined;
  const at = a.tail + r[0].indexOf(r[1], r[0].search(/\bin\s/));
  const second = r[2] ? a.tail + r[0].lastIndexOf(r[2]) : -1;
  // "headquartered in Toronto, Canada": the city and the country agree, or the country alone counts
  const first = placeCountry(doc, s, r[1], at);
  const other = r[2] ? placeCountry(doc, s, r[2], second) : undefined;
  if (first && other && other.id !== first.id) return undefined;
  const h = first ?? other;
  return h ? [h, a.tail + r[0].length] : undefined;
}

export function placeLinks(doc: Doc, s: SentenceArgs, emit: Emit): void {
  for (const a of s.args) {
    if (a.hit.type !== 'Company') continue;
    const seat = seatOf(doc, s, a);
    if (!seat) continue;
    const [hit, span] = seat;
    // another organisation inside the phrase is what the phrase describes, not this one
    const lo = Math.min(span, a.hit.start);
    const hi = Math.max(span, a.hit.end);
    if (s.args.some((o) => o !== a && isMaker(o) && o.hit.start >= lo && o.hit.end <= hi)) continue;
    const known = entityInfo(a.hit.id)?.country ?? doc.entities.get(a.hit.id)?.country;
    if (known && known !== hit.id) continue;
    const info = entityInfo(hit.id);
    if (!info) continue;
    addEntity(doc, info);
    if (!s.args.some((o) => o.hit === hit) && !doc.extraHits.includes(hit)) doc.extraHits.push(hit);
    emit('BASED_IN', [a], [{ hit, tail: hit.end, role: 'none', quote: a.quote }], 0.75);
  }
}
