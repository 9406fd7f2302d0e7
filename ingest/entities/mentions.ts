/**
 * Entity stage, part 3: put the candidates together. Weak forms (R1, o1, 'Claude' …) stay only
 * with support in the article (their developer named, a model cue next to them, or a strong
 * form of the same entity); surname-only forms only after the full name; overlaps go to the
 * longer span, then to lexicon over discovered over coreference over abbreviations.
 */

import type { Doc } from '../doc.js';
import { sentenceAt, tokensIn } from '../doc.js';
import { FAMILY, GRAMMAR } from '../lexicon.js';
import type { MentionHit } from '../types.js';
import { abbreviationMentions } from './abbreviations.js';
import { discover } from './discover.js';
import { listNames } from './list-names.js';
import { type Candidate, lexiconMentions, MODEL_CUE } from './match.js';
import { lowerBound, Occupancy } from './spans.js';
import { mergeVariants, variantMentions } from './variants.js';

const HANGUL = /[가-힣]/;
const KO_CUE_BEFORE = /(?:모델|AI|인공지능|챗봇|서비스|생성기|도구)\s*$/;
const KO_CUE_AFTER = /^\s?(?:\d|모델|서비스|챗봇|앱|으로 만든|로 만든)/;

const PRIORITY: Record<MentionHit['how'], number> = { lexicon: 0, discovered: 1, coref: 2, abbrev: 3 };

/** Where each entity is named in full, sorted by start: support lookups by id, not over every candidate. */
type Names = Map<string, Candidate[]>;

function namesById(all: Candidate[]): Names {
  const names: Names = new Map();
  for (const o of all) {
    if (o.kind !== 'name') continue;
    const list = names.get(o.id);
    if (list) list.push(o);
    else names.set(o.id, [o]);
  }
  for (const list of names.values()) list.sort((a, b) => a.start - b.start);
  return names;
}

function namedWithin(names: Names, ids: Iterable<string>, start: number, end: number): boolean {
  for (const id of ids) {
    const list = names.get(id) ?? [];
    for (let i = lowerBound(list, start, (o) => o.start); i < list.length && (list[i]?.start ?? end) < end; i++)
      if ((list[i]?.end ?? end + 1) <= end) return true;
  }
  return false;
}

/** A company noun right before a name: "반도체 설계 기업 Arm", "구글 모회사 알파벳", "the chip designer Arm", "licensing provider Arm". */
const COMPANY_NOUN_BEFORE =
  /(?:기업|회사|모회사|자회사|지주사|업체|스타트업|빅테크|계열사|\b(?:company|firm|parent|startup|chipmaker|designer|rival|group|giant|maker|provider|supplier|manufacturer|vendor|developer|platform))\s*$/i;
/** "Elon Musk's X", "SoftBank's Arm": a capitalised possessor right before an English name owns a company. */
const POSSESSOR_BEFORE = /\b[A-Z][A-Za-z]+['’]s\s$/;

/** Where the full names of companies start and end: a weak form joined to one by ·/ is in a list of companies. */
interface Edges {
  starts: Set<number>;
  ends: Set<number>;
}

function companyEdges(all: Candidate[]): Edges {
  const edges: Edges = { starts: new Set(), ends: new Set() };
  for (const o of all) {
    if (o.kind !== 'name' || (o.type !== 'Company' && o.type !== 'Organization')) continue;
    edges.starts.add(o.start);
    edges.ends.add(o.end);
  }
  return edges;
}

/** "MS·아마존", "삼성·LG·현대", "Arm and Nvidia": a company noun before it, or a company beside it in a list. */
function companyContext(doc: Doc, c: Candidate, edges: Edges): boolean {
  if (c.type !== 'Company' && c.type !== 'Organization') return false;
  const { text } = doc;
  if (COMPANY_NOUN_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) return true;
  if (!HANGUL.test(text.slice(c.start, c.end)) && POSSESSOR_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start)))
    return true;
  // "praise for Adept's agent": a capitalised name as a possessor, not at a sentence start
  if (
    !HANGUL.test(text.slice(c.start, c.end)) &&
    /^['’]s\s/.test(text.slice(c.end, c.end + 3)) &&
    /[a-z,]\s$/.test(text.slice(Math.max(0, c.start - 2), c.start))
  )
    return true;
  // "the X platform", "Zoom Video": a company noun right after
  if (/^\s(?:platform|Corp\b)/.test(text.slice(c.end, c.end + 10))) return true;
  // "애플(NASDAQ:AAPL), 알파벳(NASDAQ:GOOG)": a stock ticker after it
  if (/^\((?:NASDAQ|NYSE|KRX|KOSPI|TSE|HKEX)\s?:/.test(text.slice(c.end, c.end + 8))) return true;
  // "MS·아마존", "오픈AI, 마이크로소프트, 알파벳, 아마존", "알파벳과 아마존"
  const sepBefore = /(?:[·/]|,\s?)$/.exec(text.slice(Math.max(0, c.start - 2), c.start));
  const before = sepBefore ? c.start - sepBefore[0].length : -1;
  const sepAfter = /^(?:[·/]|,\s?|(?:와|과)\s)/.exec(text.slice(c.end, c.end + 3));
  const after = sepAfter ? c.end + sepAfter[0].length : -1;
  return (before > 0 && edges.ends.has(before)) || (after > 0 && edges.starts.has(after));
}

function supported(doc: Doc, c: Candidate, names: Names, edges: Edges): boolean {
  if (c.kind === 'name') return true;
  if (c.kind === 'short') return (names.get(c.id)?.[0]?.start ?? Infinity) < c.start;
  // a capital for its state ("워싱턴은", "Beijing retaliated") only used so, in an article that names the state
  if (c.kind === 'metonym') return names.has(c.id) && metonymic(doc, c);
  if (companyContext(doc, c, edges)) return true;
  const info = doc.entities.get(c.id);
  if (c.type === 'Country') return names.has(c.id);
  const related = new Set([c.id, info?.developer, info?.employer].filter((x): x is string => Boolean(x)));
  // Hangul weak forms are everyday words too (달리 "unlike", 소라, 파이, 믿음, 커서): the support
  // must be in the same sentence, or a model word right next to them, or quotes around them
  if (HANGUL.test(doc.text.slice(c.start, c.end))) {
    // "오픈AI와 달리": the analysis reads the word as an adverb or a verb, its everyday sense
    if (everydayWordKo(doc, c)) return false;
    const s = doc.sentences[sentenceAt(doc, c.start)] ?? { start: 0, end: doc.text.length };
    if (namedWithin(names, related, s.start, s.end)) return true;
    return (
      /['"]$/.test(doc.text.slice(c.start - 1, c.start)) ||
      KO_CUE_BEFORE.test(doc.text.slice(Math.max(0, c.start - 12), c.start)) ||
      KO_CUE_AFTER.test(doc.text.slice(c.end, c.end + 8))
    );
  }
  if ([...related].some((id) => names.has(id))) return true;
  const around = doc.text.slice(Math.max(0, c.start - 14), c.start) + doc.text.slice(c.end, c.end + 10);
  return (c.type === 'Model' || c.type === 'Product') && (MODEL_CUE.test(around) || doc.text[c.start - 1] === "'");
}

/** "베이징은 반발했다", "베이징의 보복", "워싱턴과 베이징": a subject, possessor or party, not a place (베이징에서, 베이징 소재). */
const METONYM_KO = /^(?:은|는|이|가|의|과|와|측|당국|정부)(?![가-힣])/;
/** "Beijing retaliated", "Beijing's curbs", "Beijing-backed": a subject or possessor; not "in Beijing", "Beijing Zhipu". */
const METONYM_EN =
  /^(?:-backed\b|,?\s+(?:has|have|had|is|was|will|would|could|may|might|also|then|now|has since|and|[a-z]+(?:ed|es|s)\b))/;
const PLACE_BEFORE_EN = /\b(?:in|at|near|from|to|into|outside|around|across|based|visit|visited|via|of)\s+$/i;

function metonymic(doc: Doc, c: Candidate): boolean {
  const after = doc.text.slice(c.end, c.end + 16);
  // "베이징은", and "DSA는": a Latin name with a Korean particle is read the Korean way
  if (HANGUL.test(doc.text.slice(c.start, c.end + 1))) return METONYM_KO.test(after);
  // "tightening of Washington's strategy": a possessor wherever it stands
  if (/^['’]s\b/.test(after)) return true;
  const before = doc.text.slice(Math.max(0, c.start - 12), c.start);
  if (PLACE_BEFORE_EN.test(before)) return false;
  return METONYM_EN.test(after) || /\b(?:between|and)\s+$/.test(before);
}

const ADVERB = new Set(['MAG', 'MAJ']);

/** "오픈AI와 달리" (unlike OpenAI): the analysis reads the word as an adverb after a noun and 와/과. */
function everydayWordKo(doc: Doc, c: Candidate): boolean {
  const first = tokensIn(doc, c.start, c.end)[0];
  if (!first || first.start !== c.start || !ADVERB.has(first.pos)) return false;
  // "오픈AI의 달리", "달리3", "'소라'": a possessive, a version or quotes make it a name
  if (/의\s*$/.test(doc.text.slice(c.start - 3, c.start))) return false;
  return !/^\s?\d/.test(doc.text.slice(c.end, c.end + 2)) && !/['"]$/.test(doc.text.slice(c.start - 1, c.start));
}

/** "(한화 5조5천억원)", "(한화 약 19조 원)": a word that names a currency, then an amount, is no company. */
const CURRENCY_WORDS = new Set(GRAMMAR.currencyWordsKo);
function currencyBeforeAmount(doc: Doc, c: Candidate): boolean {
  return (
    CURRENCY_WORDS.has(doc.text.slice(c.start, c.end)) && /^\s*(?:약\s*)?\d/.test(doc.text.slice(c.end, c.end + 5))
  );
}

export function findMentions(doc: Doc): MentionHit[] {
  const lexical = lexiconMentions(doc);
  const names = namesById(lexical);
  const edges = companyEdges(lexical);
  const strong = lexical.filter((c) => supported(doc, c, names, edges) && !currencyBeforeAmount(doc, c));
  const found = [...strong, ...abbreviationMentions(doc)];
  found.push(...variantMentions(doc, found));
  const all = [
    ...found,
    ...discover(
      doc,
      found.slice().sort((a, b) => a.start - b.start),
    ),
  ];
  // longest first, then by how it was found; keep what does not overlap a kept span
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.how] - PRIORITY[b.how] || a.start - b.start);
  const taken = new Occupancy(doc.text.length);
  const kept = all.filter((c) => taken.claim(c.start, c.end));
  kept.sort((a, b) => a.start - b.start);
  kept.push(...listNames(doc, kept));
  kept.sort((a, b) => a.start - b.start);
  mergeVariants(doc, kept);
  mergeFamilies(doc, kept);
  return kept.map(({ start, end, id, type, how }) => ({ start, end, id, type, how }));
}

/**
 * "Grok 4 … Grok has drawn criticism", "가우스2 … 가우스로 처리": where an article names exactly
 * one version of a model family and only later the bare family name, that name refers back to
 * the version. With two or more versions (GPT-4o and GPT-4.5) the family stays its own entity.
 */
function mergeFamilies(doc: Doc, kept: Candidate[]): void {
  const versions = new Map<string, Set<string>>();
  for (const c of kept) {
    if (FAMILY.has(c.id) || c.type !== 'Model') continue;
    let family: string | undefined;
    for (let k = c.id.indexOf('-'); k > 0 && !family; k = c.id.indexOf('-', k + 1))
      if (FAMILY.has(c.id.slice(0, k))) family = c.id.slice(0, k);
    if (family) versions.set(family, (versions.get(family) ?? new Set()).add(c.id));
  }
  // only when the family name comes after the version (a short reference back), never before it:
  // "Claude … Claude 3.5 Sonnet" introduces the family first and speaks of both
  const firstFamily = new Map<string, number>();
  const firstVersion = new Map<string, number>();
  for (const c of kept) {
    const first = FAMILY.has(c.id) ? firstFamily : firstVersion;
    if (!first.has(c.id)) first.set(c.id, c.start);
  }
  const byId = new Map<string, Candidate[]>();
  for (const c of kept) {
    const list = byId.get(c.id);
    if (list) list.push(c);
    else byId.set(c.id, [c]);
  }
  for (const c of kept) {
    const only = FAMILY.has(c.id) ? versions.get(c.id) : undefined;
    const version = only?.size === 1 ? [...only][0] : undefined;
    if (!version) continue;
    // the same word ("Grok" of "Grok 4"), or a bracketed twin right before it ("에이닷엑스(A.X) 4.0");
    // another form of the family ("어니봇" beside "어니 4.5") names another product
    const word = doc.text.slice(c.start, c.end).replace(/\s+/g, '');
    const same = (byId.get(version) ?? []).some(
      (v) =>
        doc.text.slice(v.start, v.end).replace(/\s+/g, '').startsWith(word) ||
        (v.start > c.end && v.start - c.end < 12 && doc.text[c.end] === '('),
    );
    if (same && (firstVersion.get(version) ?? Infinity) <= (firstFamily.get(c.id) ?? 0) + 12) {
      c.id = version;
      byId.get(version)?.push(c);
    }
  }
}
