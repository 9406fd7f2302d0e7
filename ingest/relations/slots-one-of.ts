/**
 * The `oneOf` selector: "one of OpenAI's chief rivals" names no rival itself. English news writes
 * the rival beside the phrase: as an apposition before it ("Anthropic, one of OpenAI's rivals,
 * …"), as one after it ("one of Intel's rivals, the chip designer Cerebras"), or as the company a
 * stake or an investment of the same sentence was just said to go to ("invests in Anthropic,
 * raising its stake in one of Cohere's rivals"). The rival noun's owner is read by `gen`, or by
 * `appos` from its "to" phrase; this selector gives only the rival the phrase stands for.
 */
import type { Arg } from './args.js';
import { listEnd, listStart, members } from './lists.js';
import type { SlotCtx } from './slots.js';

/** "one of " at most this far before the rival noun */
const NEAR = 60;
/** Between "one of" and the noun: a determiner, the owner's possessive (written X here), up to three words. */
const ONE_OF_GAP = /^(?:(?:the|its|their|his|her)\s+)?(?:X(?:'s|’s)\s+)?(?:[a-z][\w-]*\s+){0,3}$/;
/** Right before "one of": an apposition's comma after the rival ("Anthropic, one of …"). */
const APPOS_BEFORE = /^\s*[,(]\s*$/;
/** After the noun: a comma and a description of the rival ("…, the humanoid startup 1X"). */
const APPOS_AFTER = /^(?:\s+to\s+X)?,\s+(?:(?:the|a|an)\s+)?(?:[\w.-]+\s+){0,4}$/;
/** "…, Microsoft said": a name after the comma that is the speaker, not the rival. */
const SPEAKER = /^\s+(?:said|says|told|added|noted|wrote|reported)\b/;
/** Before "one of": a stake or investment the phrase is the object of. */
const STAKE_IN =
  /\b(?:stakes?|investments?|invest|invests|invested|investing|bet|bets|betting)\s+in\s+$|\b(?:backing|backed|backs|funding|funded|funds)\s+$/;

/** Before a sentence's opening subject: no word but a determiner and names ("Alphabet Inc.'s Google"). */
const OPENING = /^(?:\s|[^a-z\s]\S*|the|a|an)*$/;

/** The text between `from` and `to` with every name written X. */
function masked(c: SlotCtx, from: number, to: number): string {
  const { doc, s } = c;
  let out = '';
  let at = from;
  for (const a of s.args) {
    if (a.hit.start < at || a.hit.end > to) continue;
    out += `${doc.text.slice(at, a.hit.start)}X`;
    at = a.hit.end;
  }
  return out + doc.text.slice(at, to);
}

export function oneOf(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  if (doc.lang !== 'en') return [];
  const win = doc.text.slice(Math.max(s.start, t.start - NEAR), t.start);
  const k = win.toLowerCase().lastIndexOf('one of ');
  if (k < 0) return [];
  const at = t.start - win.length + k;
  if (!ONE_OF_GAP.test(masked(c, at + 7, t.start))) return [];
  // the apposition before: the list whose end the comma before "one of" follows
  const before = s.lists.filter((l) => {
    const last = members(s, l).at(-1);
    return last && last.hit.end <= at && APPOS_BEFORE.test(doc.text.slice(last.hit.end, at));
  });
  if (before.length) return [members(s, before[before.length - 1])];
  // the apposition after, past the owner's "to" phrase ("one of the rivals to X, the startup Y")
  const after = s.lists.filter((l) => listStart(s, l) >= c.predEnd).slice(0, 2);
  for (const l of after) {
    const last = members(s, l).at(-1);
    const tail = last ? doc.text.slice(last.hit.end, last.hit.end + 24) : '';
    if (APPOS_AFTER.test(masked(c, c.predEnd, listStart(s, l))) && !SPEAKER.test(tail)) return [members(s, l)];
  }
  // the investee: the last company named before, other than the sentence's opening subject
  if (!STAKE_IN.test(doc.text.slice(Math.max(s.start, at - 24), at))) return [];
  // (the opening subject is the investor: a name with no lower-case word before it but a determiner)
  const subject = (a: Arg) => OPENING.test(doc.text.slice(s.start, a.hit.start));
  const investee = s.args.findLast(
    (a) => a.hit.end <= at && a.hit.type === 'Company' && a.role !== 'gen' && !subject(a),
  );
  return investee ? [[investee]] : [];
}

/**
 * "put $90m into one of the buzziest Nvidia foes, Groq": a preposition's object
 * that is "one of" a plural kind stands for the name the apposition after its comma gives
 * ("…, the Dutch chip firm X" may describe it first).
 */
const ONE_OF_APPOS =
  /^one of\s+(?:the\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,5}?[a-z][\w-]*s,\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}$/;
export function oneOfAppos(c: SlotCtx, at: number): number[] | undefined {
  const { doc, s } = c;
  // ("…, the Dutch lab X": a country used as an adjective is no apposition)
  const adjective = (x: number[]) =>
    x.length === 1 && s.args[x[0] ?? -1]?.hit.type === 'Country' && /^\s+[a-z]/.test(doc.text.slice(listEnd(s, x)));
  const l = s.lists.find(
    (x) =>
      listStart(s, x) > at &&
      listStart(s, x) - at <= 90 &&
      !adjective(x) &&
      ONE_OF_APPOS.test(doc.text.slice(at, listStart(s, x))),
  );
  const last = l && members(s, l).at(-1);
  return last && !SPEAKER.test(doc.text.slice(last.hit.end, last.hit.end + 24)) ? l : undefined;
}
