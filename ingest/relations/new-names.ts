/**
 * Names no lexicon has, found in a frame slot: "벤처투자사 코투가 주도한", "led by Thrive
 * Capital". The slot says what such a name is (funds and investors → Company, agencies →
 * Organization); a descriptor before it (투자사, 국부펀드, venture firm) or an investor-like word
 * in the name (Capital, Ventures, Partners, LP) is what tells it is a name; a kind before it (the hedge
 * fund, VC firms) is no part of it; a bare "VC" is a kind, not a name. Searches stay in the clause.
 * After "include" or "joined by", the whole English series is read member by member instead, so
 * that any capitalised member counts and the known members after an unknown one are kept.
 */
import type { EntityType } from '../../graph/model.js';
import { newEntity } from '../entities/discover-shared.js';
import { addEntity } from '../entities/match.js';
import type { Arg } from './args.js';
import type { SlotCtx } from './slots.js';

const KO_DESC =
  /(?:벤처투자사|벤처캐피털|벤처캐피탈|투자사|투자회사|사모펀드|국부펀드|연기금|자산운용사|운용사|액셀러레이터|VC)\s+([가-힣][가-힣A-Za-z0-9]{1,11}?|[A-Z][A-Za-z0-9&]+(?:\s[A-Z][A-Za-z0-9&]+){0,2})(?=와\s|과\s|가\s|이\s|는\s|은\s|도\s|로부터|으로부터|,|\s등)/g;
const EN_NAME =
  /(?:\b(?:led by|from|including|include|includes|included|backed by|joined by|such as|and)|,)\s+(?:the\s+)?(?:(?:VC|PE|hedge|venture|investment|venture capital|private equity|growth equity|sovereign wealth|asset management)\s+(?:funds?|firms?|managers?)\s+)?((?:[A-Z][\w&.-]*\s){0,3}(?:Capital|Ventures|Partners|Fund|Investments|Invest|Management|Holdings|Advisors|LP)|(?:[A-Z][\w&.-]*\s){1,3}VC)\b/g;

/** "led Finix's $35 million funding round": the possessor of the round the predicate's phrase names. */
const EN_ROUND_OWNER =
  /(?:^|\s)([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2})'s\s+(?:(?!(?:on|of|in|for|to|about|with|by|from|and|at)\s)[\w$€£.,-]+\s+){0,4}?(?:round|funding|raise|Series\s+[A-H]\d?)\b/;

export function newNames(c: SlotCtx, type: EntityType): Arg[][] {
  const { doc } = c;
  const ko = doc.lang === 'ko';
  if (!ko && SERIES_PRED.test(doc.text.slice(c.t.start, c.predEnd))) {
    const members = seriesMembers(c, type);
    return members.length ? [members] : [];
  }
  const owner = !ko && c.predEnd > c.t.end ? EN_ROUND_OWNER.exec(doc.text.slice(c.t.end, c.predEnd)) : null;
  if (owner?.[1]) {
    const start = c.t.end + owner.index + owner[0].indexOf(owner[1]);
    const end = start + owner[1].length;
    if (!doc.hits.some((h) => h.start < end && start < h.end)) {
      const info = addEntity(doc, newEntity(type, owner[1]));
      const hit = { start, end, id: info.id, type: info.type, how: 'discovered' as const };
      doc.extraHits.push(hit);
      return [[{ hit, tail: end + 2, role: 'gen', quote: 0 }]];
    }
  }
  const from = ko ? c.clause.start : c.predEnd;
  const to = ko ? c.t.start : Math.min(c.s.end, c.predEnd + 160);
  const text = doc.text.slice(from, to);
  const re = ko ? KO_DESC : EN_NAME;
  const out: Arg[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1] ?? '';
    const start = from + m.index + m[0].lastIndexOf(name);
    const end = start + name.length;
    if (doc.hits.some((h) => h.start < end && start < h.end)) continue;
    const info = addEntity(doc, newEntity(type, name));
    const hit = { start, end, id: info.id, type: info.type, how: 'discovered' as const };
    doc.extraHits.push(hit);
    out.push({ hit, tail: end, role: 'none', quote: 0 });
  }
  return out.length ? [out] : [];
}

/** "include", "joined by … such as": the predicates whose object is a whole series of investors. */
const SERIES_PRED = /(?:\binclude[sd]?|\bjoined by)$/;
/** Where the series ends: a sentence or clause break, a verb, a preposition opening an adjunct. */
const SERIES_END =
  /(?<!\b(?:Co|Corp|Inc|Ltd|Jr|Sr|St|[A-Z]))[.;:!?](?=\s|$)|\s[—–]\s|\(|,\s+(?:according|which|who|while|but|the company|it said|sources|people)\b|\s(?:to|for|in|at|on|with|after|before|that|which|who|while|said|says|have|has|had|are|were|is|was|will|would|also)\s/;
const SERIES_SPLIT = /\s*,\s*(?:and\s+|as well as\s+|plus\s+)?|\s+(?:and|as well as|plus)\s+/g;
/** What may open a member before its name: a determiner, lower-case descriptors, "Dubai-based", "Saudi Arabia's". */
const MEMBER_LEAD =
  /^(?:(?:other|existing|new|notable|some|several)\s+(?:[a-z]+\s+){0,2}(?:investors?|backers?)\s+(?:such as|like|including)\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w.]*-based)\s+)*(?:(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*['’]s\s+)?/;
/** A name no lexicon has: capitalised words, "&", "of", with a corporate suffix allowed. */
const UNKNOWN_NAME = /^(?:[A-Z][\w&.'’-]*|&)(?:\s+(?:[A-Z][\w&.'’-]*|&|of|de|du))*$/;
const SUFFIX = /\s+(?:Corp|Inc|Co|Ltd|LLC|Plc|PLC|SA|AG|NV)\.?$/;
const NOT_NAME =
  /^(?:The|A|An|It|They|This|That|These|Those|Its|Their|He|She|We|In|On|At|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/**
 * "Other investors include A, B's C, Dubai-based D and E Corp.": every member of the series the
 * predicate opens, up to the clause's end, as known names or as new ones of `type`; a member
 * that is neither (an apposition: "a supplier of chips") is passed over.
 */
function seriesMembers(c: SlotCtx, type: EntityType): Arg[] {
  const { doc, s } = c;
  const from = c.predEnd;
  const rest = doc.text.slice(from, s.end);
  const stop = SERIES_END.exec(rest);
  const text = rest.slice(0, stop ? stop.index : rest.length);
  const out: Arg[] = [];
  let at = 0;
  const cuts: [number, number][] = [...text.matchAll(SERIES_SPLIT)].map((m) => [
    m.index ?? 0,
    (m.index ?? 0) + m[0].length,
  ]);
  cuts.push([text.length, text.length]);
  for (const [cut, next] of cuts) {
    const raw = text.slice(at, cut);
    const body = raw.trimStart();
    const start = from + at + (raw.length - body.length) + (MEMBER_LEAD.exec(body)?.[0].length ?? 0);
    const end = from + at + raw.trimEnd().length;
    at = next;
    if (end <= start) continue;
    const known = s.args.filter((a) => a.hit.start >= start && a.hit.end <= end);
    // "Harbor Lane Research Co.", a known name opening the member, stands for the member
    if (known[0]?.hit.start === start) {
      out.push(known[0]);
      continue;
    }
    if (known.length || doc.hits.some((h) => h.start < end && start < h.end)) continue;
    const name = doc.text.slice(start, end).replace(SUFFIX, '');
    // "…, and analysts at X": a member that is no name and no apposition ends the series
    if (!/[A-Z]/.test(name) && !/^(?:a|an|the)\s/.test(raw.trim())) break;
    if (!UNKNOWN_NAME.test(name) || NOT_NAME.test(name) || name.split(/\s+/).length > 5) continue;
    const info = addEntity(doc, newEntity(type, name));
    const hit = { start, end: start + name.length, id: info.id, type: info.type, how: 'discovered' as const };
    doc.extraHits.push(hit);
    out.push({ hit, tail: hit.end, role: 'none', quote: 0 });
  }
  return out;
}
