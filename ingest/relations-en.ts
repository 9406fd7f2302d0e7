/**
 * English trigger rules: COMPETES_WITH, REGULATES, INVESTS_IN. Word order gives the arguments
 * their roles (X rivals Y, X's rival Y, between X and Y, Y was fined by X, X invested $1bn in Y).
 */
import type { Arg, SentenceArgs } from './args.js';
import type { Doc } from './doc.js';
import {
  after,
  amountNear,
  before,
  type Emit,
  EN_NEGATE,
  findTriggers,
  holdersBetween,
  inside,
  listEnd,
  listStart,
  members,
  openingList,
  subjectEn,
  T,
} from './relations-core.js';

export function competesEn(doc: Doc, s: SentenceArgs, emit: Emit): void {
  for (const [re, kind] of [
    [T.enRecip, 'recip'],
    [T.enDirected, 'directed'],
    [T.enRivalNoun, 'noun'],
  ] as const) {
    for (const t of findTriggers(doc, re, s)) {
      const next = doc.text.slice(t.end, t.end + 12);
      const between = /^\s+between\s/.test(next) ? after(doc, s, t.end, 12) : undefined;
      if (between && between.length > 1) {
        inside(emit, s, between, 0.8);
        continue;
      }
      const adjacent = s.lists.find((l) => listEnd(s, l) <= t.start && t.start - listEnd(s, l) <= 3);
      if (kind === 'recip' && adjacent && adjacent.length > 1) {
        inside(emit, s, adjacent, 0.8);
        continue;
      }
      if (kind === 'noun') {
        // "X's rival Y", "X rival Y", "a rival to Y", "rivals such as Y and Z"
        const owner = s.args.find(
          (a) => a.tail <= t.start && t.start - a.tail <= 2 && !/\s(?:and|or),?$/.test(doc.text.slice(a.tail, t.start)),
        );
        const other = after(doc, s, t.end, 14);
        const subj = owner ? undefined : before(doc, s, t.start, ['none', 'gen']);
        if (owner && other) emit('COMPETES_WITH', [owner], members(s, other), 0.75);
        else if (
          subj &&
          other &&
          /^\s*(?:to|of|,|such as|like|including)?\s*$/.test(doc.text.slice(t.end, listStart(s, other)))
        ) {
          emit('COMPETES_WITH', members(s, subj), members(s, other), 0.7);
        }
        continue;
      }
      const subj = subjectEn(doc, s, t.start, 40);
      const obj = after(doc, s, t.end, 30);
      if (
        subj &&
        obj &&
        /^\s*(?:with|against|to|in|from|,)?\s*(?:the\s+)?(?:\w+\s+){0,2}$/.test(
          doc.text.slice(t.end, listStart(s, obj)),
        )
      ) {
        emit('COMPETES_WITH', members(s, subj), members(s, obj), 0.8);
      } else if (subj && subj.length > 1 && kind === 'recip' && t.start - listEnd(s, subj) < 20) {
        inside(emit, s, subj, 0.75);
      }
    }
  }
}

export function regulatesEn(doc: Doc, s: SentenceArgs, emit: Emit): void {
  for (const t of findTriggers(doc, T.enReg, s)) {
    if (EN_NEGATE.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start))) continue;
    const authority = (a: Arg) => a.hit.type === 'Country' || a.hit.type === 'Organization';
    const byAgent = /^\s+by\s/.test(doc.text.slice(t.end, t.end + 5));
    if (byAgent) {
      const reg = after(doc, s, t.end, 10);
      const target = before(doc, s, t.start, ['none', 'gen']);
      if (reg && target) emit('REGULATES', members(s, reg).filter(authority), members(s, target), 0.8);
      continue;
    }
    const regList = subjectEn(doc, s, t.start);
    const regs = members(s, regList).filter(authority);
    const obj = after(doc, s, t.end, 70);
    if (!regs.length || !obj) continue;
    const gap = doc.text.slice(t.end, listStart(s, obj));
    if (
      (gap.length <= 40 &&
        /^[\s\w-]*?\b(?:on|against|targeting|of|over|from|to)\s+(?:the\s+)?(?:\w+\s+){0,2}$|^\s+(?:the\s+)?$/.test(
          gap,
        )) ||
      // "regulate providers of general-purpose models such as Mistral and OpenAI"
      /^\s+(?:the\s+)?(?:[\w-]+\s+){1,5}(?:such as|including|like)\s+$/.test(gap)
    ) {
      emit('REGULATES', regs, members(s, obj), 0.8);
    }
  }
}

export function investsEn(doc: Doc, s: SentenceArgs, emit: Emit): void {
  for (const t of findTriggers(doc, T.enRaise, s)) {
    const target = subjectEn(doc, s, t.start);
    if (!target) continue;
    // "led by venture firm Accel, with participation from Nvidia and Cisco": every such phrase
    // names investors; lower-case words before the name describe it ("the pension fund manager")
    const rest = doc.text.slice(t.end, s.end);
    const re =
      /\b(?:from|led by|backed by|joined by|participation from|participation of|that included|which included|including)\s+(?:the\s+|a\s+)?(?:[\w.-]+-based\s+|investors\s+(?:including|such as)\s+|(?:[a-z][\w-]*\s+){0,4})/g;
    const investors: Arg[] = [];
    for (let m = re.exec(rest); m; m = re.exec(rest)) {
      const l = after(doc, s, t.end + m.index + m[0].length, 4);
      if (l) investors.push(...members(s, l).filter((a) => a.hit.type !== 'Country'));
    }
    if (investors.length) emit('INVESTS_IN', investors, members(s, target), 0.75, amountNear(doc, s, t));
  }
  // "The group counts Mubadala and Silver Lake among its shareholders"
  for (const t of findTriggers(doc, T.enHolder, s)) {
    const among = doc.text.indexOf(' among ', t.end);
    const target = /\band\s+$/.test(doc.text.slice(t.start - 5, t.start)) ? openingList(s) : subjectEn(doc, s, t.start);
    const holders = among > 0 && among < s.end ? holdersBetween(s, t.end, among) : [];
    if (target && holders.length) emit('INVESTS_IN', holders, members(s, target), 0.75);
  }
  for (const t of findTriggers(doc, T.enInv, s)) {
    // "sovereign fund Mubadala", "the fund manager": the noun, not the verb
    if (
      /^fund/.test(t.word) &&
      (/\b(?:sovereign|wealth|pension|investment|venture|hedge|private|state|index|mutual|the|a|its)\s+$/.test(
        doc.text.slice(t.start - 12, t.start),
      ) ||
        /^\s+(?:manager|managers)\b/.test(doc.text.slice(t.end, t.end + 10)))
    )
      continue;
    const next = doc.text.slice(t.end, t.end + 8);
    if (/^\s+by\s/.test(next)) {
      const investors = after(doc, s, t.end, 10);
      const target = before(doc, s, t.start, ['none', 'gen']);
      if (investors && target)
        emit('INVESTS_IN', members(s, investors), members(s, target), 0.75, amountNear(doc, s, t));
      continue;
    }
    // "has joined X and backed Y": the subject of the first verb, not X
    const investor = /\band\s+(?:also\s+)?$/.test(doc.text.slice(t.start - 10, t.start))
      ? openingList(s)
      : subjectEn(doc, s, t.start);
    const target = after(doc, s, t.end, 45);
    if (!investor || !target) continue;
    const gap = doc.text.slice(t.end, listStart(s, target));
    if (
      /^(?:\s+(?:an?\s+)?(?:(?:additional|further|about|roughly|nearly|around|some|more than|over|up to|another)\s+)*(?:[$€£¥₩]?[\d,.]+\s*(?:billion|million|trillion|bn|m)?\s*)?(?:stake\s+)?(?:in|into)\s+(?:the\s+)?|\s+(?:the\s+)?)$/.test(
        gap,
      )
    ) {
      emit('INVESTS_IN', members(s, investor), members(s, target), 0.8, amountNear(doc, s, t));
    }
  }
}
