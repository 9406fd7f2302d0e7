/**
 * Where an English series of names goes on past what plain coordination joins: real news writes
 * "from Nvidia, Aramco Ventures, the Saudi fund, and Samsung", "from Sequoia, existing investor
 * Nvidia and chipmaker AMD", "ChatGPT-maker OpenAI and others", "led by A, with B and C also
 * participating". A gap between two members is a comma or a conjunction, with at most an
 * apposition of the member before and a descriptor of the member after; both are read from
 * wink's part-of-speech tags (nouns and adjectives, no verb, no preposition), not from word lists.
 */
import { type Doc, tokensIn } from '../doc.js';
import type { Token } from '../text/token.js';

/** ", the Saudi fund," / ", the chipmaker's venture arm,": an apposition closed by a comma. */
const APPOSITION = /^,\s+(?:the|a|an)\s+[^,;:()"]{1,60},/;
// a semicolon separates members whose own phrases hold commas ("Microsoft; the arms of A, B, and C; …")
const CONNECTIVE = /^\s*(?:[,;]\s*)?(?:(?:and|or|plus|as well as|along with)\s+)?/;
/**
 * "the venture arms of Intel and LG", "the family office of Jeff Bezos": a member named
 * through its investing arm; the arm stands for its parent, as the parent is who the text names.
 */
const ARM_OF =
  /^(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:arms?|divisions?|units?|funds?|firms?|vehicles?|offices?)\s+of\s+$/;
/** "with Nvidia and Samsung also participating": the absolute clause adds investors. */
const WITH_OPEN = /^,?\s+with\s+(?:(?:existing|new|other|fellow)\s+(?:investors?|backers?)\s+)?$/;
const WITH_CLOSE =
  /^\s+(?:also\s+|too\s+)?(?:participating|joining(?:\s+in)?|investing|taking part|chipping in|contributing)\b/;

/** A modifier inside a descriptor: a noun, an adjective, a name before a hyphen, a participle. */
function modifier(t: Token, next: Token | undefined): boolean {
  if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM') return true;
  if (t.pos === 'PROPN') return true;
  if (t.pos === 'PUNCT') return t.text === '-' && next !== undefined;
  if (t.pos === 'PART') return t.text === "'s" || t.text === '’s';
  // "existing investor", "state-owned fund": a participle modifying the noun after it
  return t.pos === 'VERB' && /(?:ing|ed)$/.test(t.text) && next !== undefined;
}

/** A noun phrase of nouns and adjectives ending in a lower-case noun ("quantitative trading giant"). */
function nounPhrase(toks: Token[], max: number): boolean {
  const last = toks[toks.length - 1];
  if (!last || toks.length > max || last.pos !== 'NOUN' || !/^[a-z]/.test(last.text)) return false;
  return toks.every((t, i) => modifier(t, toks[i + 1]) || (i === 0 && t.pos === 'DET'));
}

/**
 * Is the text between two name lists [from, to) a gap inside one series? `comma` allows a bare
 * comma (an enumeration) with a descriptor after it; the caller then checks the member after it
 * does not open a clause.
 */
export function seriesGap(doc: Doc, from: number, to: number): boolean {
  const text = doc.text.slice(from, to);
  let pos = 0;
  const appos = APPOSITION.exec(text);
  if (appos) {
    const inner = tokensIn(doc, from + text.indexOf(' ') + 1, from + appos[0].length - 1);
    if (!nounPhrase(inner, 7)) return false;
    pos = appos[0].length - 1;
  }
  const conn = CONNECTIVE.exec(text.slice(pos))?.[0] ?? '';
  const rest = text.slice(pos + conn.length);
  if (!conn.trim() && !appos) return false;
  if (!rest.trim()) return true;
  if (ARM_OF.test(rest.trimStart())) return true;
  return nounPhrase(tokensIn(doc, to - rest.trimStart().length, to), 4);
}

/** "…, with B and C also participating": the gap opens, and the text after the list closes, the clause. */
export function withJoining(doc: Doc, gapFrom: number, listFrom: number, listTo: number): boolean {
  return WITH_OPEN.test(doc.text.slice(gapFrom, listFrom)) && WITH_CLOSE.test(doc.text.slice(listTo, listTo + 32));
}

/** After a bare comma a series goes on only if its member is followed by more of it or by the end. */
export function seriesGoesOnAfter(doc: Doc, end: number): boolean {
  return /^\s*(?:,|and\b|or\b|[.;)]|—|–|$)|^-[a-z]+\s/.test(doc.text.slice(end, end + 16));
}

/**
 * A name used as a modifier between two members (at [start, end), the last member ending at
 * `from`): inside an apposition that a comma closes after it, or glued to a descriptor noun by a
 * hyphen ("ChatGPT-maker OpenAI").
 */
export function modifierInSeries(doc: Doc, from: number, start: number, end: number): boolean {
  const appos = APPOSITION.exec(doc.text.slice(from, from + 80));
  if (appos && from + appos[0].length > end && /^,\s+(?:the|a|an)\s+[^,]*$/.test(doc.text.slice(from, start)))
    return true;
  return (
    /^-[a-z]+\b/.test(doc.text.slice(end, end + 16)) &&
    !/^-(?:backed|funded|financed|owned|led)\b/.test(doc.text.slice(end, end + 16))
  );
}
