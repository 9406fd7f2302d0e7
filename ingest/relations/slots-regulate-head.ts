/**
 * Who a measure hits when the sentence names it as the head of a relative clause after the
 * measure's phrase: "미국의 수출 통제로 [칩 조달에 애를 먹던] 중국 업체들이 …", "규제 탓에 [상장을
 * 미룬] X는". The clause between has no subject and no name of its own, so its head is the one the
 * measure's "로 / 탓에 / 에도" phrase speaks of. Kept apart from slots-regulate.ts (deals, licences).
 */
import { tokensIn } from '../doc.js';
import type { Arg } from './args.js';
import { listRole } from './args.js';
import { after, members } from './lists.js';
import type { SlotCtx } from './slots.js';
import { isTopic } from './slots-common.js';

/** How far after the measure's phrase the relative clause may end (a few words). */
const REACH = 48;

/** `affected`: the subject the first subjectless relative clause after the measure's phrase modifies. */
export function affected(c: SlotCtx): Arg[][] {
  const { doc, s } = c;
  if (doc.lang !== 'ko') return [];
  const limit = Math.min(c.clause.end, s.end, c.predEnd + REACH);
  let end = -1;
  let prevPos = '';
  for (const tok of tokensIn(doc, c.predEnd, limit)) {
    // a clause with its own subject, or a break, and the head is no longer the measure's
    if (isTopic(tok) || tok.pos === 'SF' || tok.pos === 'SC' || tok.pos === 'SSO') return [];
    // (not the copula's 인: "기업인 X" is an apposition)
    if (tok.pos === 'ETM' && prevPos !== 'VCP') {
      end = tok.end;
      break;
    }
    prevPos = tok.pos;
  }
  if (end < 0 || s.args.some((a) => a.hit.start >= c.predEnd && a.hit.start < end)) return [];
  const l = after(doc, s, end, 12);
  if (!l || listRole(s, l)?.role !== 'subj') return [];
  return [members(s, l)];
}
