/**
 * Selectors for relations stated by a noun rather than a verb: `lead`, the coordinated list
 * that opens a sentence and is set off by a comma or colon from the count noun that pairs it
 * ("카카오·LG·네이버, K-LLM 삼국지", "Nvidia, AMD and Intel: a three-way race"). Headlines state
 * rivalry this way with no particle at all; the structure (list first, then the mark, then the
 * noun in the same segment) is what licenses the pairing, never the names' co-occurrence.
 */
import type { Arg } from './args.js';
import type { SlotCtx } from './slots.js';

/** Quotes, brackets and spaces a headline may open with. */
const OPENING = /^[\s"'“”‘’[(「『<《【]*$/;
/** After the list's last member: an optional bracket (ticker, English name), then , or : */
const SET_OFF = /^[’'"”]?\s*(?:\([^)]{0,40}\)\s*)?[’'"”]?[,:，]\s*/;

export function leadList(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  const first = s.lists[0];
  if (!first || first.length < 2) return [];
  const members = first.map((i) => s.args[i]).filter((a): a is Arg => a !== undefined);
  const head = members[0];
  const last = members[members.length - 1];
  if (!head || !last || !OPENING.test(doc.text.slice(s.start, head.hit.start))) return [];
  // the members stand bare: a particle on the last one makes them an argument of something else
  if (last.role !== 'none') return [];
  const rest = doc.text.slice(last.hit.end, t.start);
  const mark = SET_OFF.exec(rest);
  if (!mark) return [];
  // the count noun in the same segment, a short phrase after the mark ("K-LLM 삼국지", "HBM 3파전")
  const between = rest.slice(mark[0].length);
  if (between.length > 24 || /[,，:;.…·]/.test(between)) return [];
  return [members];
}

/** A measure noun a state holds: "US export controls", "America's sanctions", "미국의 (강도 높은) 수출 통제". */
const MEASURE_EN =
  /^(?:'s|’s)?\s+(?:(?:new|tough|tougher|tight|tighter|strict|stricter|sweeping|existing|current)\s+)?(?:export[- ]controls?|export restrictions|export rules|export curbs|sanctions|chip curbs|curbs|trade restrictions|export bans?)\b/;
const MEASURE_KO = /^의?\s?(?:[가-힣]+\s){0,2}?(?:수출\s?통제|수출\s?규제|제재|규제)/;

/**
 * `measure`: the state that holds a measure named as a noun earlier in the sentence, nearest to
 * the predicate ("chips subject to US export controls, such as those limiting China's access":
 * the limiting is the controls', so the United States'). Only a Country or Organization holds one.
 */
export function measureHolder(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  const re = doc.lang === 'en' ? MEASURE_EN : MEASURE_KO;
  for (let i = s.args.length - 1; i >= 0; i--) {
    const a = s.args[i];
    if (!a || a.hit.end > t.start) continue;
    if (a.hit.type !== 'Country' && a.hit.type !== 'Organization') continue;
    if (re.test(doc.text.slice(a.hit.end, Math.min(t.start, a.hit.end + 40)))) return [[a]];
  }
  return [];
}
