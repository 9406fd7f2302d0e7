/**
 * The `copulaList` selector (Korean): an adnominal predicate whose head noun is then equated with a
 * list, "A와 B 둘 다 투자한 기업은 X, Y, Z까지 모두 3곳이다": the list after the head noun's topic
 * particle, closed by a copula (with 까지/등, 모두 and a count of places at most between), is
 * what the predicate's head stands for. The `shareList` selector: the holders a shareholding noun
 * lists with their percentages, "X의 주주 지분율은 A 60%, B 25%, C 15% 등이다". The `etcOwner`
 * selector: the list whose 등-phrase the predicate noun heads, "A, B 등 대기업 자금도 끌어모았다"
 * (with the lists an additive connective joins to it: "C 등 금융기관뿐 아니라 A, B 등 …").
 */
import { type Arg, chained } from './args.js';
import { listStart, members } from './lists.js';
import type { SlotCtx } from './slots.js';

/**
 * "한 기업은 ", "했던 유니콘 스타트업은 ", "한 곳은 일본 최대 은행인 ": the adnominal ending, one to three
 * words (no name among them) in 은/는, and at most an apposition in 인 on the list after.
 */
const HEAD_TOPIC =
  /^(?:한|했던|해\s?온|하는)\s(?:[가-힣A-Za-z]+\s){0,2}[가-힣A-Za-z]+(?:은|는)\s+(?:(?:[가-힣A-Za-z()]+\s){0,3}[가-힣A-Za-z()]+인\s+)?['‘"“]?/;
/** "까지 모두 4곳이다", " 등이다", "다": what may close the list before the copula. */
const COPULA_END =
  /^['’"”]?(?:\([^()\n]{1,20}\))?\s?(?:까지|등)?\s*(?:모두\s*)?(?:총\s*)?(?:\d+\s?(?:곳|개|개사|社)\s*)?(?:이다|다|였다|이었다|입니다)[.!]?/;

export function copulaList(c: SlotCtx): Arg[][] {
  const { doc, s } = c;
  if (doc.lang !== 'ko') return [];
  const m = HEAD_TOPIC.exec(doc.text.slice(c.t.end, c.t.end + 60));
  const k = m ? s.lists.findIndex((x) => listStart(s, x) === c.t.end + m[0].length) : -1;
  const first = s.lists[k];
  if (!first) return [];
  // "리벨리온과 업스테이지다": the last name, glued to the copula, may stand in a list of its own
  const out = [...members(s, first)];
  let last = s.args[first[first.length - 1] ?? -1];
  for (const l of s.lists.slice(k + 1)) {
    if (!last || !/^\s*[,·]?\s*$/.test(doc.text.slice(last.tail, listStart(s, l)))) break;
    out.push(...members(s, l));
    last = s.args[l[l.length - 1] ?? -1];
  }
  return last && COPULA_END.test(doc.text.slice(last.hit.end, last.hit.end + 24)) ? [out] : [];
}

/** " 62.5%, ", " 25% 등": a member's percentage, then the comma before the next member. */
const SHARE_GAP = /^\s?\d[\d.,]*\s?%\s*(?:,|·|와|과)?\s*$/;
const SHARE_AFTER = /^\s?\d[\d.,]*\s?%/;

export function shareList(c: SlotCtx): Arg[][] {
  const { doc, s } = c;
  const k = s.lists.findIndex((x) => listStart(s, x) >= c.predEnd && listStart(s, x) - c.predEnd <= 4);
  const out: Arg[] = [];
  let last: Arg | undefined;
  for (const l of s.lists.slice(Math.max(k, 0))) {
    if (k < 0 || (last && !SHARE_GAP.test(doc.text.slice(last.hit.end, listStart(s, l))))) break;
    last = s.args[l[l.length - 1] ?? -1];
    if (!last || !SHARE_AFTER.test(doc.text.slice(last.hit.end, last.hit.end + 10))) break;
    out.push(...members(s, l));
  }
  return out.length ? [out] : [];
}

const ETC_ADDITIVE =
  /^\s*등\s+(?:[가-힣A-Za-z]+\s+){0,2}?[가-힣A-Za-z]+?\s?(?:뿐(?:만)?\s?아니라|[은는]\s?물론|에\s?이어|외에도)[\s,]+$/;

export function etcOwner(c: SlotCtx): Arg[][] {
  const { s, t } = c;
  const l = s.lists.find((x) => {
    const last = s.args[x[x.length - 1] ?? -1];
    return last?.noun === '등' && last.hit.end < t.start && last.tail >= t.end && t.start - last.hit.end <= 24;
  });
  if (!l) return [];
  // "C 등 금융기관뿐 아니라 A, B 등 …": the 등-phrase before the connective names more of them
  const k = s.lists.indexOf(l);
  const prev = s.lists[k - 1];
  const end = prev && s.args[prev[prev.length - 1] ?? -1];
  const more = end && ETC_ADDITIVE.test(c.doc.text.slice(end.hit.end, listStart(s, l))) ? [members(s, prev)] : [];
  return [...more, ...chained(s, l).map((x) => members(s, x))];
}
