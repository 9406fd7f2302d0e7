/**
 * Clause structure of a sentence for the frames: where clauses break (Korean connective endings
 * -고/-며/-면서/-지만/-는데/-으나, English ", but"/"; "/", while"; quotation marks), the sentence's
 * opening topic, and the subject a sentence without one carries over from the one before. Every
 * search here is bounded by the sentence (or a fixed window inside it), so the stage stays linear.
 */

import type { EntityType } from '../../graph/model.js';
import { type Doc, tokensIn } from '../doc.js';
import { namelessSubject, subjectOf } from '../entities/coref.js';
import type { Token } from '../text/analysis.js';
import { type Arg, listRole, type SentenceArgs } from './args.js';

const KO_BREAK =
  /(?:면서|지만|는데|으나|했으나|했고|였고|이고|이며|으며|했으며|하며|됐고|됐으며|있고|없고|왔고|었고|았고|가운데|반면|데다)[\s,]|(?:[하되])고\s(?!있)|[;:]\s|"/g;
const EN_BREAK =
  /;\s|:\s|"|,?\s(?:while|but|whereas|although|though|after|before|because|since|when)\s|,\s(?:which|who|where)\s|,\s[a-z]+ing\s/g;

/** Connective endings (EC) that close a clause: 하고, 하며, 하면서, 했지만, 하는데, 했으나, 하면, 하자. */
const KO_CONNECTIVE = new Set([
  '고',
  '며',
  '으며',
  '면서',
  '으면서',
  '지만',
  '는데',
  '은데',
  'ᆫ데',
  '으나',
  '나',
  '면',
  '으면',
  '자',
]);
const POSTPOSITION_VERBS = new Set([
  '놓다',
  '두다',
  '통하다',
  '위하다',
  '대하다',
  '따르다',
  '비롯하다',
  '포함하다',
  '향하다',
  '제외하다',
  '앞세우다',
  '관련하다',
  '상대하다',
  '겨냥하다',
]);
const AUXILIARY = new Set(['VX', 'VCP', 'EC', 'EP', 'EF', 'ETM', 'ETN']);

/**
 * Korean: the analysis finds the connective endings; one followed by an auxiliary verb
 * (하고 있다, 하지 않았다) continues the same predicate. Quotation marks and ";" break too.
 */
function koreanBreaks(doc: Doc, s: SentenceArgs): number[] {
  const out: number[] = [];
  const toks = tokensIn(doc, s.start, s.end);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (t.pos === 'EC' && KO_CONNECTIVE.has(t.text)) {
      const next = toks[i + 1];
      const verb = toks[i - 1];
      // "시장을 놓고", "자리를 두고": verbs that work as postpositions keep the clause
      if (verb && POSTPOSITION_VERBS.has(verb.lemma ?? '')) continue;
      if (next && /[ ,]/.test(doc.text[t.end] ?? '') && !AUXILIARY.has(next.pos)) out.push(t.end);
    } else if ((t.pos === 'NNG' && (t.text === '가운데' || t.text === '반면')) || t.text === '"' || t.text === ';')
      out.push(t.end);
  }
  return out;
}

/** Clause break positions of a sentence (ascending), computed once per sentence. */
export function clauseBreaks(doc: Doc, s: SentenceArgs): number[] {
  if (doc.lang === 'ko' && doc.tokens.length) return koreanBreaks(doc, s);
  const re = doc.lang === 'ko' ? KO_BREAK : EN_BREAK;
  const text = doc.text.slice(s.start, s.end);
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(s.start + m.index + Math.max(1, m[0].length - 1));
  return out;
}

/** The clause around `pos`: [start, end) between the breaks. */
export function clauseAt(breaks: number[], s: SentenceArgs, pos: number): { start: number; end: number } {
  let start = s.start;
  let end = s.end;
  for (const b of breaks) {
    if (b <= pos) start = b;
    else {
      end = b;
      break;
    }
  }
  return { start, end };
}

/** Lists of the sentence inside [from, to). */
export function listsIn(s: SentenceArgs, from: number, to: number): number[][] {
  return s.lists.filter((l) => {
    const a = s.args[l[0] ?? -1];
    const z = listRole(s, l);
    return a && z && a.hit.start >= from && z.tail <= to;
  });
}

const LEAD_PHRASE = /[가-힣](?:에는|에서는|에서|에게|으로는|로는|에|을|를|으로|로|와|과|의)\s/;
const TOPIC_MARK = /(?:^|[^가-힣])?(?:은|는)$/;
/** The sentence's opening topic: its first subject list, when nothing but an adverbial precedes it. */
export function openingTopic(doc: Doc, s: SentenceArgs): number[] | undefined {
  for (const l of s.lists) {
    const last = listRole(s, l);
    if (!last) continue;
    // "이번 투자에는 A, B 등이": a phrase with its own particle comes first, the list is no topic
    const lead = doc.text.slice(s.start, s.args[l[0] ?? 0]?.hit.start ?? s.start).replace(/\([^)]*\)/g, '');
    // ("이번 조치로 미국 정부는": a topic in 은/는 stays the topic after an adverbial phrase)
    if (
      doc.lang === 'ko' &&
      LEAD_PHRASE.test(lead) &&
      !(last.role === 'subj' && TOPIC_MARK.test(doc.text.slice(last.hit.end, last.tail)))
    )
      return undefined;
    if (last.role === 'subj') return l;
    // "12일(현지시간) 앤트로픽은": dates and times come first; a name in another role ends it
    if (last.role !== 'none' || doc.lang === 'en') return doc.lang === 'en' && last.role === 'none' ? l : undefined;
  }
  return undefined;
}

/**
 * What a Korean sentence's subject may be to carry on: an actor or a model, never a person (who
 * speaks for one). English carries companies only: its "It" after a model is left to coref.ts.
 */
const CARRIED: readonly EntityType[] = ['Company', 'Organization', 'Model'];
const CARRIED_EN: readonly EntityType[] = ['Company', 'Organization'];

/**
 * The subject carried from the previous sentences (at most three back) when this one has none:
 * "앤트로픽은 … 조달했다. 이번 투자에는 A, B 등이 참여했다" — the round is 앤트로픽's.
 */
export function carriedSubject(doc: Doc, index: number): Arg | undefined {
  // quoted speech speaks of its own subject (a paragraph break is no bound: news paragraphs are a
  // sentence or two, and the subject runs on across them)
  if (quoted(doc, index)) return undefined;
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    if (quoted(doc, i)) return undefined;
    // the nearest sentence with a subject decides, of whatever kind: "구글은 G를 공개했다. G는 …했다.
    // GPT-5를 앞질렀다" is G's, not 구글's (the slot's types then accept the subject or nothing)
    const h = subjectOf(doc, i, doc.hits, doc.lang === 'ko' ? CARRIED : CARRIED_EN);
    if (h) return { hit: h, tail: h.end, role: 'subj', quote: -1 };
    // ("SBG는 …": a subject the text names by no mention ends the chain)
    if (namelessSubject(doc, i)) return undefined;
  }
  return undefined;
}

const OPEN_QUOTE = /^\s*["“”‘'「『]/;
/** The sentence opens with a quotation mark: someone's words, not the narrative. */
function quoted(doc: Doc, index: number): boolean {
  const s = doc.sentences[index];
  if (s === undefined || !OPEN_QUOTE.test(doc.text.slice(s.start, Math.min(s.end, s.start + 4)))) return false;
  // "'A랩'(100억원), 'B소프트' 등에 …": a quoted name opening a list of names is no one's words
  const open = s.start + doc.text.slice(s.start, s.end).search(/\S/) + 1;
  const name = doc.hits.find((h) => h.start === open);
  return !(name && QUOTED_NAME_END.test(doc.text.slice(name.end, name.end + 4)));
}
const QUOTED_NAME_END = /^['’"”](?:\(|,|·|\s등)/;

/**
 * The article's current raiser: the company whose funding round the last round frame named
 * ("xAI raised $20B … Nvidia has joined as an investor"), for at most `back` sentences.
 */
const RAISER = new WeakMap<Doc, { index: number; arg: Arg }>();
export function noteRaiser(doc: Doc, index: number, arg: Arg): void {
  RAISER.set(doc, { index, arg: { ...arg, quote: -1 } });
}
export function raiserBefore(doc: Doc, index: number, back = 8): Arg | undefined {
  const r = RAISER.get(doc);
  return r && r.index <= index && index - r.index <= back ? r.arg : undefined;
}

/**
 * The article's current regulator: the state (or agency) the last regulation frame named as the
 * actor ("미국 상무부가 …를 제한했다. 제재 대상에는 X도 포함됐다": X is the same state's target),
 * for at most `back` sentences.
 */
const REGULATOR = new WeakMap<Doc, { index: number; arg: Arg }>();
export function noteRegulator(doc: Doc, index: number, arg: Arg): void {
  REGULATOR.set(doc, { index, arg: { ...arg, quote: -1 } });
}
export function regulatorBefore(doc: Doc, index: number, back = 8): Arg | undefined {
  const r = REGULATOR.get(doc);
  return r && r.index <= index && index - r.index <= back ? r.arg : undefined;
}

/**
 * The investments the frames stated, by sentence: an elided argument carried from the sentences
 * before keeps the side it stood on ("MS와 오픈AI는 피규어AI에 투자했다. … 등도 투자에 참여했다": the
 * investors of the sentence before are no raiser here; their target is).
 */
interface Stated {
  index: number;
  from: Arg[];
  to: Arg[];
}
const STATED = new WeakMap<Doc, Stated[]>();
export function noteInvestment(doc: Doc, index: number, from: Arg[], to: Arg[]): void {
  const list = STATED.get(doc) ?? [];
  list.push({ index, from, to });
  STATED.set(doc, list.slice(-8));
}
/**
 * The side a name last stood on in the investments of the `back` sentences before this one, with
 * the names on the other side of that investment.
 */
export function investmentOf(
  doc: Doc,
  index: number,
  id: string,
  back = 3,
): { side: 'source' | 'target'; other: Arg[] } | undefined {
  const list = STATED.get(doc) ?? [];
  for (let k = list.length - 1; k >= 0; k--) {
    const e = list[k];
    if (!e || e.index >= index) continue;
    if (e.index < index - back) return undefined;
    if (e.from.some((a) => a.hit.id === id)) return { side: 'source', other: e.to };
    if (e.to.some((a) => a.hit.id === id)) return { side: 'target', other: e.from };
  }
  return undefined;
}
