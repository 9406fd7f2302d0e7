/**
 * Money amounts near an investment predicate ("300억달러(약 43조원)를 조달", "raised $6 billion").
 * The search is bounded to the sentence and a fixed window around the predicate.
 */

import type { Doc } from '../doc.js';
import { TRIGGERS } from '../lexicon.js';
import type { SentenceArgs } from './args.js';
import type { Trigger } from './lists.js';

const AMOUNT_KO =
  /(?:약\s*)?\d[\d,]*(?:\.\d+)?\s*(?:조|억|만|천)?(?:\s*\d[\d,]*(?:\.\d+)?\s*(?:억|만|천))*\s*(달러|원|엔|위안|유로|파운드)/g;
const AMOUNT_EN =
  /(?:US)?([$€£¥₩])\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:billion|million|trillion|bn|mn|[mbk])\b)?|\d[\d,]*(?:\.\d+)?\s?(?:billion|million|trillion)?\s?(dollars|won|yen|yuan|euros|pounds)\b/g;

/** The money amount nearest a trigger, preferring one after it ("투자한 1억달러", "invested $10 billion"). */
export function amountNear(doc: Doc, s: SentenceArgs, t: Trigger): { amount: string; currency: string } | undefined {
  let best: { amount: string; currency: string; d: number } | undefined;
  // the window is cut out first, so a regex that finds nothing never scans past it
  const from = Math.max(s.start, t.start - 40);
  const window = doc.text.slice(from, Math.min(s.end, t.end + 40));
  for (const re of [AMOUNT_KO, AMOUNT_EN]) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const at = from + m.index;
      const d = at >= t.end ? at - t.end : (t.start - at - m[0].length) * 1.5 + 5;
      const sym = m[1] ?? m[2] ?? '';
      const currency = TRIGGERS.currencies[sym] ?? TRIGGERS.currencies[sym.toLowerCase()];
      if (currency && (!best || d < best.d)) best = { amount: m[0].replace(/^약\s*/, '').trim(), currency, d };
    }
  }
  return best && { amount: best.amount, currency: best.currency };
}
