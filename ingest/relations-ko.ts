/**
 * Korean trigger rules: COMPETES_WITH, REGULATES, INVESTS_IN. The particles give the arguments
 * their roles (X가 … Y에 맞먹는, X와 경쟁하는 Y, X는 … Y 대상 제재, X로부터 투자를 유치한 Y).
 */
import { type Arg, listRole, type SentenceArgs } from './args.js';
import { recentSubject } from './coref.js';
import type { Doc } from './doc.js';
import {
  ADNOMINAL,
  after,
  amountNear,
  before,
  type Emit,
  findTriggers,
  inside,
  KO_EXCLUDE,
  KO_INV_NEGATE,
  KO_NEGATE,
  KO_PASSIVE,
  KO_RAISE_ADNOMINAL,
  listEnd,
  listStart,
  members,
  sameClause,
  T,
} from './relations-core.js';

export function competesKo(doc: Doc, s: SentenceArgs, emit: Emit): void {
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && Boolean(seen.add(key));
  for (const [re, directed] of [
    [T.koRecip, false],
    [T.koDirected, true],
  ] as const) {
    for (const t of findTriggers(doc, re, s)) {
      if (KO_EXCLUDE.test(doc.text.slice(t.start, t.start + 4))) continue;
      const adjacent = s.lists.find(
        (l) =>
          l.length > 1 &&
          listEnd(s, l) <= t.start &&
          t.start - listEnd(s, l) <= 16 &&
          sameClause(doc, listEnd(s, l), t.start),
      );
      if (!directed && adjacent && ['none', 'gen', 'subj'].includes(listRole(s, adjacent)?.role ?? '')) {
        if (once(`in${adjacent[0]}`)) inside(emit, s, adjacent, 0.8);
        continue;
      }
      // a headline has no particles: "SK하이닉스, … 삼성전자와 HBM 경쟁" — its first name is the topic
      // (the comma after the topic also reads as a list comma: "카카오, 네이버와" is one list)
      const first = s.args[0];
      const headline =
        first && first.role === 'none' && first.hit.start === s.start && doc.text[first.tail] === ',' ? [0] : undefined;
      const subj = before(doc, s, t.start, ['subj']) ?? headline;
      let partner = before(doc, s, t.start, directed ? ['dat', 'obj', 'com'] : ['com'], subj);
      if (headline && subj === headline && partner?.[0] === 0)
        partner = partner.length > 1 ? partner.slice(1) : undefined;
      if (!directed && subj && subj.length > 1 && !partner && once(`in${subj[0]}`)) {
        inside(emit, s, subj, 0.75); // "네이버와 카카오가 … 경쟁하고 있다"
        continue;
      }
      const head = ADNOMINAL.test(doc.text.slice(t.end, t.end + 12)) ? after(doc, s, t.end, 14) : undefined;
      if (partner && head && once(`ph${partner[0]}-${head[0]}`))
        emit('COMPETES_WITH', members(s, partner), members(s, head), 0.8);
      else if (subj && partner && listStart(s, subj) < listStart(s, partner) && once(`sp${subj[0]}-${partner[0]}`)) {
        emit('COMPETES_WITH', members(s, subj), members(s, partner), 0.8);
      }
    }
  }
  // "X의 경쟁사 Y", "X의 라이벌인 Y"
  for (const t of findTriggers(doc, T.koRivalNoun, s)) {
    const owner = s.args.find((a) => a.role === 'gen' && a.tail <= t.start && t.start - a.tail <= 2);
    const other = after(doc, s, t.end, 4);
    if (owner && other) emit('COMPETES_WITH', [owner], members(s, other), 0.75);
    // "경쟁사 삼성전자는 …" opening a sentence: the rival of the company the article was just about
    const topic = !owner && other && t.start - s.start <= 2 ? recentSubject(doc, s.start) : undefined;
    if (topic && other)
      emit('COMPETES_WITH', [{ hit: topic, tail: topic.end, role: 'none', quote: 0 }], members(s, other), 0.65);
    // "딥시크가 … 흔들자 바이트댄스, 바이두 등 경쟁사들이 반격": the list are rivals of the subject
    const rivals = s.lists.find((l) => /^\s*(?:등\s*)?$/.test(doc.text.slice(listEnd(s, l), t.start)));
    const subj = rivals && !owner && before(doc, s, listStart(s, rivals), ['subj']);
    if (rivals && subj && subj !== rivals) emit('COMPETES_WITH', members(s, subj), members(s, rivals), 0.7);
  }
}

const OBJ_NOUN_BEFORE = /^\s+[가-힣]{1,5}[을를]\s+(?:[가-힣]+\s+)?$/;
const GEN_ABOUT = /^\s*(?:[가-힣A-Za-z]+\s+){0,2}?[가-힣A-Za-z]+에\s*(?:대해|대한|대해서)/;

/** The sentence's opening list when it is a topic (은/는): "미국 정부는 …" */
function openingTopic(doc: Doc, s: SentenceArgs): number[] | undefined {
  const l = s.lists[0];
  const last = l && listRole(s, l);
  if (!l || !last || last.role !== 'subj' || listStart(s, l) - s.start > 4) return undefined;
  return /(?:은|는)$/.test(doc.text.slice(last.hit.end, last.tail)) ? l : undefined;
}

export function regulatesKo(doc: Doc, s: SentenceArgs, emit: Emit): void {
  for (const t of findTriggers(doc, T.koReg, s)) {
    const tail = doc.text.slice(t.end, t.end + 14);
    if (KO_NEGATE.test(tail)) continue;
    const authority = (a: Arg) => a.hit.type === 'Country' || a.hit.type === 'Organization';
    const near = s.args.filter((a) => a.tail <= t.start && t.start - a.tail <= 12 && sameClause(doc, a.tail, t.start));
    if (KO_PASSIVE.test(tail)) {
      // "딥시크가 미국의 제재를 받았다": the subject is the target, the genitive the regulator
      const reg = near.reverse().find((a) => authority(a) && (a.role === 'gen' || a.role === 'none'));
      const target = before(doc, s, t.start, ['subj']);
      if (reg && target)
        emit(
          'REGULATES',
          [reg],
          members(s, target).filter((a) => a !== reg),
          0.75,
        );
      continue;
    }
    const genReg = [...near].reverse().find((a) => authority(a) && a.role === 'gen');
    // a topic (은/는) that opens the sentence governs every clause: "미국 정부는 …했지만, … 통제하고 있다"
    const subjList = before(doc, s, t.start, ['subj']) ?? openingTopic(doc, s);
    const subjReg = members(s, subjList).filter(authority);
    const regs = genReg ? [genReg] : subjReg;
    if (regs.length === 0) continue;
    const from = regs[0]?.hit.start ?? s.start;
    const targets = s.args.filter(
      (a) =>
        !regs.includes(a) &&
        a.hit.start > from &&
        ((a.tail <= t.start &&
          sameClause(doc, a.tail, t.start) &&
          (a.noun === '대상' ||
            /^\s*(?:에\s*대한|에\s*대해|을\s*겨냥|를\s*겨냥|을\s*상대로|를\s*상대로)/.test(
              doc.text.slice(a.tail - 1, a.tail + 8),
            ) ||
            ((a.role === 'obj' || a.role === 'dat') && t.start - a.tail <= 20) ||
            // "엔비디아의 대중 AI 칩 판매를 전면 규제": the owner of the regulated thing
            (a.role === 'gen' &&
              !authority(a) &&
              /^[^,"]{0,24}?[을를]\s+(?:[가-힣]+\s+)?$/.test(doc.text.slice(a.tail, t.start))) ||
            (a.role === 'none' && t.start - a.tail <= 2) ||
            // "딥시크 접속을 차단", "딥시크 사용을 금지": the thing done with the target is the object
            (a.role === 'none' && OBJ_NOUN_BEFORE.test(doc.text.slice(a.tail, t.start))) ||
            // "딥시크의 챗봇 앱에 대해 … 중단", "중국으로의 HBM 수출은 여전히 통제"
            (a.role === 'gen' && !authority(a) && GEN_ABOUT.test(doc.text.slice(a.tail, a.tail + 20))) ||
            (a.role === 'gen' &&
              /(?:으로|로)의$/.test(doc.text.slice(a.hit.end, a.tail)) &&
              /^\s*(?:[가-힣A-Za-z0-9]+\s+){0,2}?수출/.test(doc.text.slice(a.tail, t.start))))) ||
          (a.hit.start >= t.end && a.hit.start - t.end <= 8 && a.noun === '대상')),
    );
    if (targets.length) emit('REGULATES', regs, targets, 0.8);
  }
}

/**
 * Shareholders: "SK텔레콤은 리벨리온의 2대 주주가 됐다" (the genitive is the company held), "사피온은
 * … SK텔레콤과 SK하이닉스가 주요 주주다" (without one, the sentence's topic is).
 */
function holdersKo(doc: Doc, s: SentenceArgs, emit: Emit): void {
  for (const t of findTriggers(doc, T.koHolder, s)) {
    if (KO_INV_NEGATE.test(doc.text.slice(t.end, t.end + 10))) continue;
    const lead = /(?:최대|주요|기존|\d+대|대)?\s*$/.exec(doc.text.slice(t.start - 8, t.start));
    const edge = t.start - (lead?.[0].length ?? 0);
    const held = s.args.find((a) => a.role === 'gen' && a.tail <= edge && edge - a.tail <= 1);
    const holders = held
      ? before(doc, s, held.hit.start, ['subj'])
      : s.lists.find((l) => listRole(s, l)?.role === 'subj' && listEnd(s, l) <= edge && edge - listEnd(s, l) <= 1);
    if (!holders) continue;
    const owners = members(s, holders).filter((a) => a.hit.type !== 'Country');
    const topic = s.args.find(
      (a) => a.role === 'subj' && a.hit.start < listStart(s, holders) && !owners.includes(a) && a.hit.type !== 'Person',
    );
    const target = held ?? topic;
    if (target && owners.length) emit('INVESTS_IN', owners, [target], 0.75);
  }
}

export function investsKo(doc: Doc, s: SentenceArgs, emit: Emit): void {
  holdersKo(doc, s, emit);
  for (const t of findTriggers(doc, T.koRaise, s)) {
    if (KO_INV_NEGATE.test(doc.text.slice(t.end, t.end + 16))) continue;
    // "한국산업은행과 삼성벤처투자 등으로부터": every member of a 로부터 list is an investor
    const investors = s.lists
      .filter(
        (l) => listRole(s, l)?.role === 'from' && listEnd(s, l) <= t.start && sameClause(doc, listEnd(s, l), t.start),
      )
      .flatMap((l) => members(s, l));
    if (!investors.length) continue;
    const adnominal = KO_RAISE_ADNOMINAL.test(doc.text.slice(t.end, t.end + 4));
    const target = adnominal ? after(doc, s, t.end, 8) : before(doc, s, t.start, ['subj']);
    if (target) emit('INVESTS_IN', investors, members(s, target), 0.75, amountNear(doc, s, t));
  }
  for (const t of findTriggers(doc, T.koInv, s)) {
    if (/^투자(?:자|가들|은행|사|처|심리|의견|전략|비용)/.test(doc.text.slice(t.start, t.start + 6))) continue;
    // "지분 투자는 하지 않기로 했다": a denied investment is no relation
    if (KO_INV_NEGATE.test(doc.text.slice(t.end, t.end + 16))) continue;
    // "X로부터 투자를 받았다" is the raise rule's, the subject there is the target
    if (/^[를을]?\s?받/.test(doc.text.slice(t.end, t.end + 4))) continue;
    const investor = before(doc, s, t.start, ['subj']);
    if (!investor) continue;
    const target = before(doc, s, t.start, ['dat', t.word === '인수' ? 'obj' : 'dat'], investor);
    if (target && listStart(s, target) > listStart(s, investor)) {
      emit('INVESTS_IN', members(s, investor), members(s, target), 0.8, amountNear(doc, s, t));
    }
  }
}
