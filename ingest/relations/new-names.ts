/**
 * Names no lexicon has, found in a frame slot: "벤처투자사 코투가 주도한", "led by Thrive
 * Capital". The slot says what such a name is (funds and investors → Company, agencies →
 * Organization); a descriptor before it (투자사, 국부펀드, venture firm) or an investor-like word
 * in the name (Capital, Ventures, Partners) is what tells it is a name. Searches stay in the clause.
 */
import type { EntityType } from '../../graph/model.js';
import { newEntity } from '../entities/discover-shared.js';
import { addEntity } from '../entities/match.js';
import type { Arg } from './args.js';
import type { SlotCtx } from './slots.js';

const KO_DESC =
  /(?:벤처투자사|벤처캐피털|벤처캐피탈|투자사|투자회사|사모펀드|국부펀드|연기금|자산운용사|운용사|액셀러레이터|VC)\s+([가-힣][가-힣A-Za-z0-9]{1,11}?|[A-Z][A-Za-z0-9&]+(?:\s[A-Z][A-Za-z0-9&]+){0,2})(?=와\s|과\s|가\s|이\s|는\s|은\s|도\s|로부터|으로부터|,|\s등)/g;
const EN_NAME =
  /(?:\b(?:led by|from|including|include|includes|included|backed by|joined by|such as|and)|,)\s+(?:venture firm\s+|investment firm\s+|the\s+)?((?:[A-Z][\w&.-]*\s){0,3}(?:Capital|Ventures|Partners|Fund|Investments|Invest|Management|Holdings|Advisors|VC))\b/g;

/** "led Finix's $35 million funding round": the possessor of the round the predicate's phrase names. */
const EN_ROUND_OWNER =
  /(?:^|\s)([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2})'s\s+(?:(?!(?:on|of|in|for|to|about|with|by|from|and|at)\s)[\w$€£.,-]+\s+){0,4}?(?:round|funding|raise|Series\s+[A-H]\d?)\b/;

export function newNames(c: SlotCtx, type: EntityType): Arg[][] {
  const { doc } = c;
  const ko = doc.lang === 'ko';
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
