/**
 * English slot selectors: where a frame's argument is in an English sentence, by word order
 * (subject before the verb, object right after it), the frame's prepositions, the passive agent,
 * possessives, appositions and hyphen compounds ("Microsoft-backed"). Names and meanings of the
 * selectors are documented in frames/schema.ts; the language-neutral ones are in slots.ts.
 */
import { NATIONALITY } from '../lexicon.js';
import { type Arg, listRole, type SentenceArgs } from './args.js';
import type { Selector } from './frames/schema.js';
import { countedGroup } from './groups.js';
import { after, listStart, members, subjectEn } from './lists.js';
import type { SlotCtx } from './slots.js';

const lastEnd = (s: SentenceArgs, l: number[]) => s.args[l[l.length - 1] ?? -1]?.hit.end ?? 0;

/** The list a sentence opens with, when nothing comes before it. */
const opening = (s: SentenceArgs) => {
  const first = s.lists[0];
  return first && listStart(s, first) - s.start <= 4 ? first : undefined;
};
// "in Japanese startup Sakana AI": a nationality adjective may open the phrase before the name
const NATIONALITY_RE = [...NATIONALITY.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const PREP_GAP = new RegExp(
  `^(?:the\\s+|a\\s+|an\\s+)?(?:[\\w.-]+-based\\s+)?(?:(?:${NATIONALITY_RE})\\s+)?(?:[a-z][\\w.-]*\\s+){0,4}(?:[A-Z][\\w.]*'s\\s+)?$`,
);
const PREP_GOES_ON = /^[\s,]*(?:and|with|as well as|plus|alongside|along with)?\s*(?:[a-z][\w-]*\s+){0,3}$/;
const AND_VERB = /\band\s+(?:also\s+|has\s+|have\s+)?$/;
// "challenging the dominance of global leaders like OpenAI": an of-phrase may head the object
const EN_OBJ_GAP =
  /^\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s*){0,3}(?:of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:like\s+|such as\s+|including\s+)?)?(?:(?:—|–|-|,)\s*(?:including|such as|like)\s+)?$/;
const PARTNER_OF =
  /^\s*(?:[a-z][\w-]*\s+){0,2}(?:relationship|partnership|deal|ties|alliance|agreement|arrangement|merger|tie-up|collaboration)s?\s+(?:with|to)\s+(?:the\s+)?$/;
/** "…, directly challenging X": a participle after a comma shares the main clause's subject. */
const PARTICIPLE_LEAD = /,\s+(?:[a-z]+ly\s+)?$/;
/** "Other investors include A, alongside existing backers like B": the list goes on. */
const OBJ_GOES_ON =
  /^(?:'s\s+|(?:\s+[A-Z][\w&.-]*){0,2}(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:alongside|along with|as well as|plus|together with)\s+(?:[a-z][\w-]*\s+){0,3}?(?:like\s+|such as\s+|including\s+)?|(?:[a-z][\w-]*\s+){0,2}))$/;

export function english(c: SlotCtx, sel: Selector): Arg[][] {
  const { doc, s, t } = c;
  const one = (l: number[] | undefined) => (l ? [members(s, l)] : []);
  switch (sel) {
    case 'subj':
    case 'topic': {
      if (/ing$/.test(t.word) && PARTICIPLE_LEAD.test(doc.text.slice(Math.max(s.start, t.start - 16), t.start)))
        return one(opening(s));
      // "MGX … has joined X and backed Y": a verb after "and" shares the sentence's subject
      if (AND_VERB.test(doc.text.slice(Math.max(s.start, t.start - 12), t.start)) && opening(s)) return one(opening(s));
      const found = subjectEn(doc, s, t.start);
      // "…, deepening an alliance meant to challenge Microsoft": no subject across a clause break
      const relative = found && /^,\s+(?:which|who)\s/.test(doc.text.slice(lastEnd(s, found), t.start));
      const l = found && (listStart(s, found) >= c.clause.start || relative) ? found : undefined;
      // "Anthropic has emerged as OpenAI's most credible rival": the possessor belongs to the
      // predicate's noun phrase, the subject is before it
      if (
        l &&
        listRole(s, l)?.role === 'gen' &&
        /^\s*(?:[a-z][\w-]*\s+){0,2}$/.test(doc.text.slice(listRole(s, l)?.tail ?? 0, t.start))
      )
        return one(subjectEn(doc, s, listStart(s, l)) ?? opening(s) ?? l);
      return one(l);
    }
    case 'obj': {
      const l = after(doc, s, t.end, 48);
      if (!l || !EN_OBJ_GAP.test(doc.text.slice(t.end, listStart(s, l)))) return [];
      // "counts Nvidia, SoftBank and Jeff Bezos": names go on after a comma or "and"
      const out = [members(s, l)];
      let end = lastEnd(s, l);
      for (const x of s.lists) {
        if (listStart(s, x) <= end) continue;
        const gap = doc.text.slice(end, listStart(s, x));
        const person = s.args[x[0] ?? -1]?.hit.type === 'Person';
        if (person && /^\s+(?:(?!and\s|or\s)[a-z][\w-]*\s+){1,3}$/.test(gap)) {
          // "Amazon founder Jeff Bezos": the name before the title only says whose founder
          const last = out[out.length - 1];
          last?.pop();
          if (last && !last.length) out.pop();
        } else if (!OBJ_GOES_ON.test(gap)) break;
        out.push(members(s, x));
        end = lastEnd(s, x);
      }
      return out;
    }
    case 'prep':
    case 'by': {
      const re = sel === 'by' ? /\bby\s+/g : c.prep;
      if (!re) return [];
      // the preposition may be the frame's light word ("backed by"): search from the predicate
      const from = sel === 'by' ? t.end : c.predEnd;
      const end = Math.min(s.end, from + 160);
      const win = doc.lower.slice(from, end);
      const out: Arg[][] = [];
      // the phrase goes on from the predicate, or from the last name found, by a short connective
      let reach = from;
      re.lastIndex = 0;
      for (let m = re.exec(win); m; m = re.exec(win)) {
        const gap = doc.text.slice(reach, from + m.index);
        if (reach === from ? gap.includes(',') : !PREP_GOES_ON.test(gap)) break;
        const at = from + m.index + m[0].length;
        const l = after(doc, s, at, 40);
        if (!l || !PREP_GAP.test(doc.text.slice(at, listStart(s, l)))) {
          // "allocated to five domestic companies … The selection includes A, B, C, D and E"
          const group = countedGroup(c, at);
          if (group) return [group];
          continue;
        }
        out.push(members(s, l));
        reach = s.args[l[l.length - 1] ?? -1]?.tail ?? at;
        // "a probe into Microsoft's relationship with OpenAI": the partner is in the phrase too
        const partner = listRole(s, l)?.role === 'gen' ? after(doc, s, reach, 60) : undefined;
        if (partner && PARTNER_OF.test(doc.text.slice(reach, listStart(s, partner)))) {
          out.push(members(s, partner));
          reach = lastEnd(s, partner);
        }
        re.lastIndex = Math.max(re.lastIndex, reach - from);
        if (sel === 'by') break;
      }
      return out;
    }
    case 'compound':
      // "Microsoft-backed OpenAI": the name the predicate is glued to
      return one(s.lists.find((l) => lastEnd(s, l) === t.start));
    case 'gen':
      return one(
        [...s.lists]
          .reverse()
          .find(
            (x) =>
              listRole(s, x)?.role === 'gen' &&
              (listRole(s, x)?.tail ?? 0) <= t.start &&
              /^\s*(?:[a-z][\w-]*\s+){0,2}$/.test(doc.text.slice(listRole(s, x)?.tail ?? 0, t.start)),
          ),
      );
    case 'appos': {
      const l = after(doc, s, c.predEnd, 24);
      return l &&
        /^(?:s)?\s*(?:to|of|,|such as|like|including|, including|, such as)?\s*(?:the\s+)?$/.test(
          doc.text.slice(c.predEnd, listStart(s, l)),
        )
        ? one(l)
        : [];
    }
    default:
      return [];
  }
}
