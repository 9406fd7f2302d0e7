/**
 * Money amounts near an investment predicate ("300억달러(약 43조원)를 조달", "raised $6 billion"),
 * and the amount list that gaps the predicate: "A가 2500만 달러, B가 850만 달러, C도 500만 달러를
 * 투자했다" is three investors of one predicate, each with its sum (the `amountSubj` selector).
 * The search is bounded to the sentence and a fixed window around the predicate.
 */

import type { Doc } from '../doc.js';
import { TRIGGERS } from '../lexicon.js';
import type { Arg, SentenceArgs } from './args.js';
import { listRole } from './args.js';
import type { Trigger } from './lists.js';
import { members } from './lists.js';
import type { SlotCtx } from './slots.js';

const AMOUNT_KO =
  /(?:약\s*)?\d[\d,]*(?:\.\d+)?\s*(?:조|억|만|천)?(?:\s*\d[\d,]*(?:\.\d+)?\s*(?:억|만|천))*\s*(달러|원|엔|위안|유로|파운드)/g;
const AMOUNT_EN =
  /(?:US)?([$€£¥₩])\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:billion|million|trillion|bn|mn|[mbk])\b)?|\d[\d,]*(?:\.\d+)?\s?(?:billion|million|trillion)?\s?(dollars|won|yen|yuan|euros|pounds)\b/g;

/**
 * A firm's worth is no sum invested: "at a $4.5 billion valuation", "valued at $2 billion",
 * "기업가치 5조 원", "184억 달러의 기업가치", "몸값 10조 원".
 */
const VALUE_BEFORE =
  /(?:valuation of|valued at|\bvalu(?:es|ing|ed)\s(?:[\w.-]+\s){0,3}at|가치(?:는|가|를)?|몸값(?:은|이)?|밸류에이션(?:은|이)?)\s*(?:약\s*|about\s|around\s|nearly\s|over\s|some\s)?$/i;
const VALUE_AFTER =
  /^\s*(?:\([^()]{0,30}\)\s*)?(?:-|\s)?(?:valuation|post-money|pre-money|의\s?(?:기업\s?)?가치|의\s?몸값|(?:으로|로)\s?평가|(?:의\s)?밸류에이션)/i;
function isValuation(text: string, start: number, end: number): boolean {
  return VALUE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || VALUE_AFTER.test(text.slice(end, end + 40));
}

/** The money amount nearest a trigger, preferring one after it ("투자한 1억달러", "invested $10 billion"). */
export function amountNear(doc: Doc, s: SentenceArgs, t: Trigger): { amount: string; currency: string } | undefined {
  let best: { amount: string; currency: string; d: number } | undefined;
  // the window opens 40 characters before the predicate, never inside a number ("500억원" cut at
  // its 5 would read as 00억원); a sum must start within 40 after it and is then read whole, to
  // the end of the sentence if need be ("$4.5 billion", never "$4.5")
  let from = Math.max(s.start, t.start - 40);
  while (from > s.start && /[\d,.]/.test(doc.text[from - 1] ?? '')) from--;
  const last = t.end + 40;
  const window = doc.text.slice(from, s.end);
  for (const re of [AMOUNT_KO, AMOUNT_EN]) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const at = from + m.index;
      if (at >= last) break;
      if (isValuation(doc.text, at, at + m[0].length)) continue;
      const d = at >= t.end ? at - t.end : (t.start - at - m[0].length) * 1.5 + 5;
      const sym = m[1] ?? m[2] ?? '';
      const currency = TRIGGERS.currencies[sym] ?? TRIGGERS.currencies[sym.toLowerCase()];
      if (currency && (!best || d < best.d)) best = { amount: m[0].replace(/^약\s*/, '').trim(), currency, d };
    }
  }
  return best && { amount: best.amount, currency: best.currency };
}

/**
 * What may stand between a subject of an amount list and the next one (or the predicate): its
 * sum, "(약 1332억원)", a 씩/을/를, a comma ("A가 2500만 달러, B가 850만 달러를").
 */
const GAP_KO = new RegExp(
  `^\\s*(?:각각\\s*|각\\s*|최대\\s*|총\\s*)*${AMOUNT_KO.source}\\s*(?:\\([^()]{0,30}\\))?\\s*(?:씩)?(?:을|를)?(?:\\s*,)?\\s*(?:각각\\s*)?$`,
);
const SUBJ_MARK = /^['"’”)]*(?:이|가|은|는|도)$/;
/** "인텔의 벤처캐피털이 2500만 달러": an owner's arm is the subject; the owner invests through it. */
const OWNED = /^['"’”)]*의$/;
const ARM =
  /^\s*(?:[가-힣A-Za-z]{1,8}\s){0,2}(?:벤처캐피털|벤처캐피탈|투자\s?조직|투자\s?부문|투자\s?자회사|투자사|투자회사|투자\s?법인|펀드|CVC|VC|벤처스)(?:이|가|은|는|도)(?=\s)/;

/**
 * The subjects of an amount list ending at the predicate, when it has two or more segments, else
 * nothing (a single "A가 N달러를 투자" is what the plain subject selector reads).
 */
export function amountSubjects(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  if (doc.lang !== 'ko') return [];
  const lists = s.lists.filter((l) => (listRole(s, l)?.tail ?? Number.POSITIVE_INFINITY) <= t.start);
  const out: Arg[][] = [];
  let next = t.start;
  for (let k = lists.length - 1; k >= 0; k--) {
    const l = lists[k] as number[];
    const last = listRole(s, l);
    if (!last) break;
    const start = s.args[l[0] ?? -1]?.hit.start ?? last.hit.start;
    // "A가 200억원, B가 100억원을 X에 투자했다": the destination between the list and the predicate
    if (!out.length && next === t.start && last.role === 'dat') {
      next = start;
      continue;
    }
    const mark = doc.text.slice(last.hit.end, last.tail);
    let gap = doc.text.slice(last.tail, next);
    if (OWNED.test(mark)) {
      const arm = ARM.exec(gap);
      if (!arm) break;
      gap = gap.slice(arm[0].length);
    } else if (!SUBJ_MARK.test(mark)) break;
    if (!GAP_KO.test(gap)) break;
    out.unshift(members(s, l));
    next = start;
  }
  return out.length >= 2 ? out : [];
}
