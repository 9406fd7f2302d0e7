/**
 * "각각" (respectively) pairs what a plain frame would cross: "카카오는 리벨리온에, 네이버는
 * 퓨리오사AI에 각각 투자했다" is two investments, not four, and so is "카카오와 네이버는 각각
 * 리벨리온과 퓨리오사AI에 투자했다" (two lists of one size). Gapped segments are read by their
 * particles: a dative is what the predicate goes to; of a topic and a subject ("리벨리온은 카카오가"),
 * the subject in 이/가 is the agent. Korean only; the search stays in the predicate's clause.
 */
import type { Arg } from './args.js';
import { listRole } from './args.js';
import { members } from './lists.js';
import type { SlotCtx } from './slots.js';

const EACH = /(?:^|\s)각각(?:\s|$)/;
const AGENT_MARK = /^['"’)]*(?:이|가)$/;

/** Pairs [source, target] when the clause before the predicate says 각각, else undefined. */
export function respectively(
  c: SlotCtx,
  sources: Arg[][],
  targets: Arg[][],
  fits: { source: (a: Arg) => boolean; target: (a: Arg) => boolean },
): [Arg, Arg][] | undefined {
  const { doc, s, t } = c;
  if (doc.lang !== 'ko' || !EACH.test(doc.text.slice(c.clause.start, t.start))) return undefined;
  // two lists of one size: member by member, in text order
  const src = sources.length === 1 ? sources[0] : undefined;
  const tgt = targets.length === 1 ? targets[0] : undefined;
  if (src && tgt && src !== tgt && src.length >= 2 && src.length === tgt.length)
    return src.map((a, i) => [a, tgt[i] as Arg]);
  // gapped segments: "A는 X에, B는 Y에 각각", "X는 A가, Y는 B가 각각"
  const text = doc.text.slice(c.clause.start, t.start);
  const lists = s.lists.filter((l) => {
    const a = s.args[l[0] ?? -1];
    const z = listRole(s, l);
    return a && z && a.hit.start >= c.clause.start && z.tail <= t.start;
  });
  if (lists.length < 4) return undefined;
  const segments: number[][][] = [];
  let cut = 0;
  for (const l of lists) {
    const start = (s.args[l[0] ?? 0]?.hit.start ?? 0) - c.clause.start;
    if (segments.length === 0 || text.slice(cut, start).includes(',')) segments.push([]);
    segments[segments.length - 1]?.push(l);
    cut = (listRole(s, l)?.tail ?? 0) - c.clause.start;
  }
  const out: [Arg, Arg][] = [];
  for (const seg of segments) {
    if (seg.length !== 2) return undefined;
    const [x, y] = seg as [number[], number[]];
    const rx = listRole(s, x);
    const ry = listRole(s, y);
    if (!rx || !ry) return undefined;
    const agentY = ry.role === 'subj' && AGENT_MARK.test(doc.text.slice(ry.hit.end, ry.tail));
    const [from, to] =
      ry.role === 'dat' ? [x, y] : rx.role === 'dat' ? [y, x] : rx.role === 'subj' && agentY ? [y, x] : [];
    if (!from || !to) return undefined;
    const a = members(s, from).filter(fits.source);
    const b = members(s, to).filter(fits.target);
    if (!a.length || !b.length) return undefined;
    for (const p of a) for (const q of b) out.push([p, q]);
  }
  return segments.length >= 2 ? out : undefined;
}
