/**
 * Entity discovery, list members: "싱텔·도이치텔레콤·소프트뱅크 등 글로벌 통신사", "A, B, C 같은 기술
 * 업체들", "A(독일), B(일본) 등 주요 통신사". A list that a company noun closes after 등/같은, and
 * that holds at least one company already known, is a list of companies: its other one-word
 * members become companies too, unless the analysis reads them as ordinary words.
 */
import type { Doc } from '../doc.js';
import {
  covered,
  type Emit,
  isCommonNounKo,
  isLexicalForm,
  newEntity,
  ordinaryWordKo,
  STOP_KO,
} from './discover-shared.js';
import { addEntity, type Candidate } from './match.js';
import { spanIndex } from './spans.js';

const ITEM = '[가-힣A-Za-z][가-힣A-Za-z0-9&.]{1,11}(?:\\([^()\\n]{1,20}\\))?';
const HEAD = '기업|업체|회사|통신사|법인|스타트업|빅테크|팹리스|제조사|개발사|투자사|게임사|벤처캐피털|파운드리';
const KO_LIST = new RegExp(
  `(?<![가-힣A-Za-z0-9&.])((?:${ITEM}\\s*[·,]\\s*)+${ITEM})\\s+(?:등|같은|과 같은|와 같은)\\s+(?:[가-힣A-Za-z0-9]+\\s+){0,3}?(?:\\d+개\\s*)?[가-힣]*(?:${HEAD})`,
  'g',
);
const ITEM_RE = new RegExp(ITEM, 'g');
const isMaker = (h: Candidate) => h.type === 'Company' || h.type === 'Organization';

export function listMembers(doc: Doc, hits: Candidate[], emit: Emit): void {
  if (doc.lang !== 'ko') return;
  const { text } = doc;
  const index = spanIndex(hits);
  KO_LIST.lastIndex = 0;
  for (let m = KO_LIST.exec(text); m; m = KO_LIST.exec(text)) {
    const items: { start: number; end: number }[] = [];
    ITEM_RE.lastIndex = 0;
    const body = m[1] ?? '';
    for (let it = ITEM_RE.exec(body); it; it = ITEM_RE.exec(body)) {
      const word = it[0].replace(/\(.*$/, '');
      items.push({ start: m.index + it.index, end: m.index + it.index + word.length });
    }
    const known = items.filter((i) =>
      index.overlapping(i.start, i.end).some((h) => isMaker(h) && h.start === i.start && h.end === i.end),
    );
    if (known.length === 0) continue;
    for (const i of items) {
      if (covered(hits, i.start, i.end)) continue;
      const name = text.slice(i.start, i.end);
      if (STOP_KO.has(name) || isCommonNounKo(name, name) || isLexicalForm(name)) continue;
      if (/^[가-힣]+$/.test(name) && ordinaryWordKo(doc, i.start, i.end)) continue;
      emit(i.start, i.end, addEntity(doc, newEntity('Company', name)), 'discovered');
    }
  }
}
