/**
 * Coreference through a noun phrase: "이 회사는 …", "동사의", "the startup has raised …", "the
 * watchdog said …", and groups ("양사는", "두 회사가", "the two companies"). Such a phrase
 * becomes a mention of its antecedent, with its own offsets ('coref', so never an alias), and the
 * relation frames read it as an argument like any name; the evidence sentence stays the one the
 * phrase is in. Resolution is conservative: the antecedent is the nearest compatible name (type
 * by the head noun, number by the phrase) in the sentence itself or the few before it; where the
 * nearest sentence with candidates offers two or more and no subject decides, nothing; a phrase in a
 * later paragraph than those names goes on about the article's focus company, when it has one.
 */
import type { EntityType } from '../../graph/model.js';
import type { Doc } from '../doc.js';
import { sentenceAt, tokensIn } from '../doc.js';
import { GRAMMAR, isParticleRun, NATIONALITY } from '../lexicon.js';
import type { MentionHit } from '../types.js';
import { hangulRunAfter } from './match.js';
import { spanIndex } from './spans.js';

const KO_SUBJECT = new Set(GRAMMAR.subj);
/** Words that make a sentence-initial name something other than the subject. */
const EN_NOT_SUBJECT = /\b(?:in|at|from|with|by|to|of|for|on|after|before|than|against|like|unlike|including)\s/i;
/** How many sentences before the phrase its antecedent may be in. */
const MAX_BACK = 3;

const COMPANY_LIKE: readonly EntityType[] = ['Company', 'Organization'];
/** An opening prepositional phrase closed by a comma, with at most one more phrase after it. */
const EN_OPENING_PP =
  /^(?:On|In|At|After|Before|During|Over|Across|Among|Against|Amid|Despite)\s[^,;:.]{1,80},\s+(?:[a-z][^,;:.]{0,60},\s+)?(?=[A-Z])/;
/** "Over the past year, ", "However, to be fair, ": adverbials before the subject, no name among them. */
const EN_ADVERBIAL = /^(?:[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5},\s+){1,2}/;

/**
 * The entity a sentence is about: its Korean subject (or, when no name is one, the name in 의 that
 * owns the subject noun: "리벨리온의 성장세가") / its English sentence-initial name (after
 * at most two short adverbials closed by commas, or after an opening prepositional phrase), when it is of one of `types` (companies by default).
 */
export function subjectOf(
  doc: Doc,
  index: number,
  hits: MentionHit[],
  types: readonly EntityType[] = COMPANY_LIKE,
): MentionHit | undefined {
  const s = doc.sentences[index];
  if (!s) return undefined;
  let owner: MentionHit | undefined;
  for (const h of spanIndex(hits).overlapping(s.start, s.end)) {
    if (h.start < s.start || h.end > s.end) continue;
    if (doc.lang === 'ko') {
      if (!types.includes(h.type)) continue;
      const run = hangulRunAfter(doc.text, h.end);
      if (KO_SUBJECT.has(run)) return h;
      if (!owner && run === '의' && ownsSubject(doc, h, s.end)) owner = h;
      continue;
    }
    // English: the first name of the sentence, unless a preposition puts it in a phrase; a name
    // inside an opening prepositional phrase ("On the X test, built to …, G scored …") is none
    const pp = EN_OPENING_PP.exec(doc.text.slice(s.start, s.end));
    if (pp && h.start < s.start + pp[0].length) continue;
    const lead0 = doc.text.slice(s.start + (pp?.[0].length ?? 0), h.start);
    const adverbial = EN_ADVERBIAL.exec(lead0);
    const lead = adverbial && adverbial[0].length === lead0.length ? '' : lead0;
    if (!types.includes(h.type) || lead.length > 40 || EN_NOT_SUBJECT.test(lead) || /,/.test(lead)) return undefined;
    return h;
  }
  return owner;
}

/** Nouns of a noun phrase (no pronoun: "이들은", "이는" refer back). */
const NOUNISH = new Set(['NNG', 'NNP', 'NNB', 'NNBC', 'NR', 'SL', 'SN', 'SH', 'XSN', 'XPN', 'UNKNOWN']);
/**
 * "리벨리온의 성장세가 …", "오픈AI의 샘 올트먼 CEO는 …": a name in 의 whose noun phrase, a few nouns
 * on, closes in a subject or topic particle is what the sentence is about, when no name of the
 * sentence is its subject itself.
 */
function ownsSubject(doc: Doc, h: MentionHit, end: number): boolean {
  const toks = tokensIn(doc, h.end, Math.min(end, h.end + 24));
  if (toks[0]?.pos !== 'JKG') return false;
  for (const t of toks.slice(1)) {
    if (NOUNISH.has(t.pos)) continue;
    return t.pos === 'JKS' || (t.pos === 'JX' && /^(?:은|는|ᆫ)$/.test(t.text));
  }
  return false;
}

/** "올해는", "최근엔": a time noun in 은/는 frames the sentence; it is no subject. */
const TIME_NOUN =
  /^(?:올해|올|지난해|작년|내년|연초|올초|최근|현재|당시|이후|이날|오늘|지금|향후|앞으로|그간|그동안|이번|한편)$/;

/**
 * A Korean sentence whose first subject or topic is a noun no name stands in ("SBG는 …", "업계는
 * …"): it is about something the text did not name, so no subject carries across it.
 */
export function namelessSubject(doc: Doc, index: number): boolean {
  const s = doc.sentences[index];
  if (!s || doc.lang !== 'ko') return false;
  const toks = tokensIn(doc, s.start, s.end);
  const k = toks.findIndex((t) => t.pos === 'JKS' || (t.pos === 'JX' && /^(?:은|는|ᆫ)$/.test(t.text)));
  const prev = toks[k - 1];
  if (k < 1 || !prev || !NOUNISH.has(prev.pos) || prev.end !== toks[k]?.start) return false;
  if (TIME_NOUN.test(doc.text.slice(doc.text.lastIndexOf(' ', prev.start) + 1, prev.end))) return false;
  // the whole noun phrase before the particle: "샘 올트먼 오픈AI 창업자가" holds names, "SBG는" none
  let j = k - 1;
  while (j > 0 && NOUNISH.has(toks[j - 1]?.pos ?? '')) j--;
  if (toks[j - 1]?.pos === 'NP') return false;
  const from = toks[j]?.start ?? prev.start;
  return !spanIndex(doc.hits).overlaps(from, prev.end);
}

/** A referring phrase: where it is, what types it may name, and how many (1, or a group of n). */
interface Anaphor {
  start: number;
  end: number;
  types: readonly EntityType[];
  count: number;
}

const COMPANY: readonly EntityType[] = ['Company'];
const AGENCY: readonly EntityType[] = ['Organization'];
const COUNTRY: readonly EntityType[] = ['Country'];
const MODEL: readonly EntityType[] = ['Model'];
const COUNT: Record<string, number> = { 두: 2, 세: 3, 네: 4, two: 2, three: 3, four: 4, both: 2 };

// "이 회사", "해당 기업", "같은 회사"; 동사 ("the said company") only as a word with a particle
const KO_SINGULAR = /(?<![가-힣])(?:(?:이|그|해당|같은|동)\s?(회사|기업|업체|스타트업|기관|모델)|(동사))(?=[가-힣]*)/g;
const KO_GROUP = /(?<![가-힣])(?:(양사|양국)|(두|세|네)\s(?:회사|기업|업체))(?=[가-힣]*)/g;
/**
 * Modifiers a description may carry: a nationality, "tech", "AI", "San Francisco-based", or a place
 * name of one or two capitalised words, "the Bay Area firm" (a named entity there makes the
 * phrase no description: see spanIndex in anaphors).
 */
const NATION = [...NATIONALITY.keys()].filter((k) => /^[A-Z]/.test(k)).join('|');
const EN_MOD = `(?:(?:${NATION}|[A-Z][\\w-]*(?:\\s[A-Z][\\w-]*)?-based|[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?|AI|tech|chip|artificial intelligence|technology|state-backed|state-owned)\\s+)`;
const EN_COMPANY_HEAD =
  'company|startup|start-up|firm|chipmaker|chip maker|chip designer|tech giant|giant|lab|developer|group|unicorn';
const EN_AGENCY_HEAD = 'agency|regulator|watchdog|authority|commission';
const EN_SINGULAR = new RegExp(
  `\\b[Tt]he\\s+${EN_MOD}{0,2}(?:(${EN_COMPANY_HEAD})|(${EN_AGENCY_HEAD}))\\b(?!-)(?!\\s+(?:that|which|who|whose|of(?!\\s+\\w+ing\\b)|behind|in which)\\b)`,
  'g',
);
/** "the model", "the new model", "this AI model": a model named before. */
const EN_MODEL =
  /\b(?:[Tt]he|[Tt]his)\s+(?:(?:new|latest|AI|open-source|open|reasoning|flagship|upgraded)\s+){0,2}model\b(?!-)(?!['’](?!s\b))(?!\s+(?:that|which|who|whose|of|behind|in which)\b)/g;
const EN_GROUP = new RegExp(
  `\\b(?:[Tt]he\\s+(two|three|four)|([Bb]oth))\\s+${EN_MOD}?(?:companies|firms|startups|start-ups|chipmakers|labs)\\b(?!\\s+(?:that|which|who|of)\\b)`,
  'g',
);

function anaphors(doc: Doc): Anaphor[] {
  const { text } = doc;
  const out: Anaphor[] = [];
  const add = (start: number, end: number, types: readonly EntityType[], count: number) => {
    // "이 회사들", "이 회사 측은": a plural or another noun glued on is not this phrase
    if (doc.lang === 'ko') {
      const rest = hangulRunAfter(text, end);
      if (rest.startsWith('들') || rest === '인' || !isParticleRun(rest)) return;
    }
    // "G42, the Abu Dhabi group": an apposition names the entity right before it, not an antecedent
    // (after an adverbial, "In May, the startup", the phrase is the subject)
    if (/[\w)가-힣]['"’]?,\s*$/.test(text.slice(Math.max(0, start - 3), start)) && nameBefore(doc, start)) return;
    if (spanIndex(doc.hits).overlaps(start, end)) return;
    // "the AI firm Adept", "the AI start-up race": a noun after the head makes the phrase a modifier
    if (doc.lang === 'en' && nounFollows(doc, end)) return;
    out.push({ start, end, types, count });
  };
  if (doc.lang === 'ko') {
    KO_SINGULAR.lastIndex = 0;
    for (let m = KO_SINGULAR.exec(text); m; m = KO_SINGULAR.exec(text)) {
      const end = m.index + m[0].length;
      // 동사 is also "verb": only a noun reading as a whole word, with a particle after it
      if (m[2] && (hangulRunAfter(text, end) === '' || !nounAt(doc, m.index, end))) continue;
      add(m.index, end, m[1] === '기관' ? AGENCY : m[1] === '모델' ? MODEL : COMPANY, 1);
    }
    KO_GROUP.lastIndex = 0;
    for (let m = KO_GROUP.exec(text); m; m = KO_GROUP.exec(text)) {
      const n = m[1] ? 2 : (COUNT[m[2] ?? ''] ?? 0);
      add(m.index, m.index + m[0].length, m[1] === '양국' ? COUNTRY : COMPANY, n);
    }
    return out;
  }
  EN_SINGULAR.lastIndex = 0;
  for (let m = EN_SINGULAR.exec(text); m; m = EN_SINGULAR.exec(text))
    add(m.index, m.index + m[0].length, m[2] ? AGENCY : COMPANY, 1);
  EN_MODEL.lastIndex = 0;
  for (let m = EN_MODEL.exec(text); m; m = EN_MODEL.exec(text)) add(m.index, m.index + m[0].length, MODEL, 1);
  EN_GROUP.lastIndex = 0;
  for (let m = EN_GROUP.exec(text); m; m = EN_GROUP.exec(text))
    add(m.index, m.index + m[0].length, COMPANY, COUNT[(m[1] ?? m[2] ?? '').toLowerCase()] ?? 0);
  return out;
}

/** A name ends right before the comma before `start` ("G42, the …", "OpenAI’s rival Anthropic, the …"). */
function nameBefore(doc: Doc, start: number): boolean {
  const comma = doc.text.lastIndexOf(',', start);
  return spanIndex(doc.hits)
    .overlapping(Math.max(0, comma - 3), comma)
    .some((h) => h.end <= comma && /^[)'"’]?$/.test(doc.text.slice(h.end, comma)));
}

/** The next word after `end` is a noun or a name (English tags). */
function nounFollows(doc: Doc, end: number): boolean {
  const next = tokensIn(doc, end, end + 40)[0];
  return (
    next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN') && /^\s*$/.test(doc.text.slice(end, next.start))
  );
}

/**
 * A name earlier in the phrase's own sentence is its antecedent only across a clause boundary:
 * "Nvidia said the company …", "a deal in which the company acquired …", "X가 출시한 … 이 회사에";
 * in one clause ("Microsoft will support the company") the phrase is someone else.
 */
const EN_CLAUSE =
  /,|;|\b(?:that|which|who|after|before|when|while|because|since|as|if|and|but|said|says|saying|told|added|noted|believes?|expects?)\b/;
function acrossClause(doc: Doc, from: number, to: number): boolean {
  if (doc.lang === 'en') return EN_CLAUSE.test(doc.text.slice(from, to));
  return /,/.test(doc.text.slice(from, to)) || tokensIn(doc, from, to).some((t) => t.pos === 'EC' || t.pos === 'ETM');
}

/** The analyser reads [start, end) as a noun (동사 "the said company"), not a verb stem. */
function nounAt(doc: Doc, start: number, end: number): boolean {
  const toks = tokensIn(doc, start, end).filter((t) => t.end <= end);
  return toks.length > 0 && toks.every((t) => t.pos.startsWith('N') || t.pos === 'XPN' || t.pos === 'MM');
}

const KO_COMPARED =
  /^[)'’”"]?\s?(?:을|를|와|과|에|보다|대비|의|에\s?비해)?\s?(?:능가|앞서|앞지|뛰어넘|필적|맞먹|견줄|견주|버금|대비|비슷|유사|대등|수준)/;
const EN_COMPARED =
  /\b(?:than|outperform(?:s|ed|ing)?|beat(?:s|ing)?|rival(?:s|ed|led|ing)?|vs\.?|versus|against|like|over|compared (?:to|with))\s+(?:[\w.'’-]+\s+){0,2}$/i;
/**
 * "GPT-4o를 능가하는 새 모델을 공개했다. 이 모델은 …", "a model that beats o1": a model named as
 * what another is measured against is not what "the model" goes on about.
 */
export function compared(doc: Doc, h: MentionHit): boolean {
  if (doc.lang === 'ko') return KO_COMPARED.test(doc.text.slice(h.end, h.end + 12));
  return EN_COMPARED.test(doc.text.slice(Math.max(0, h.start - 40), h.start));
}

/** Distinct entities among `hits`, nearest (last) first. */
function distinct(hits: MentionHit[]): MentionHit[] {
  const seen = new Set<string>();
  const out: MentionHit[] = [];
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i] as MentionHit;
    if (!seen.has(h.id)) {
      seen.add(h.id);
      out.push(h);
    }
  }
  return out;
}

const LIST_GAP = /^(?:\([^()\n]{0,20}\))?\s*(?:,|·|\/|와|과|및|and|, and|&)\s*$/;

/** Runs of names joined only by list separators, each run's distinct names in text order, last run first. */
function listsIn(text: string, hits: MentionHit[]): MentionHit[][] {
  const runs: MentionHit[][] = [];
  for (const h of hits) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev && LIST_GAP.test(text.slice(prev.end, h.start))) {
      if (!run.some((x) => x.id === h.id)) run.push(h);
    } else runs.push([h]);
  }
  return runs.reverse();
}

/**
 * The antecedents of one phrase: in its own sentence before it, then sentence by sentence back.
 * For one entity, the first sentence (part) holding a compatible name decides: its one name is the
 * answer, its subject is when it has several, otherwise nothing. A group takes the names of the
 * nearest sentence that lists exactly its number, or holds exactly that many.
 */
function antecedents(doc: Doc, a: Anaphor): MentionHit[] {
  const here = sentenceAt(doc, a.start);
  const index = spanIndex(doc.hits);
  for (let i = here; i >= Math.max(0, here - MAX_BACK); i--) {
    const s = doc.sentences[i];
    if (!s) break;
    const to = i === here ? a.start : s.end;
    let cands = index
      .overlapping(s.start, to)
      .filter((h) => h.start >= s.start && h.end <= to && a.types.includes(h.type) && h.how !== 'coref');
    const compat = cands;
    cands = cands.filter((h) => a.types !== MODEL || !compared(doc, h));
    if (cands.length === 0) {
      // "GPT-4o를 능가하는 새 모델을 공개했다. 이 모델은": the sentence introduced the model unnamed
      if (a.types === MODEL && i < here && compat.length > 0) return [];
      continue;
    }
    const names = distinct(cands);
    if (a.count === 1) {
      const subj = i < here ? subjectOf(doc, i, doc.hits, a.types) : undefined;
      let subject = subj && a.types.includes(subj.type) ? subj : undefined;
      // a paragraph that opens on the description ("In May, the startup …") goes on about the
      // article's focus, not about whoever was the last sentence's subject among several names
      if (names.length > 1 && i < here && paragraphBetween(doc, i, here)) {
        const f = focusOf(doc);
        if (subject?.id !== f?.id) subject = f && namedSince(doc, f, i - MAX_BACK, a.start) ? f : undefined;
      }
      // an agency ("the regulator") is the one an earlier sentence had as its subject
      if (a.types === AGENCY && i < here) return subject ? [subject] : [];
      const only = names.length === 1 ? names[0] : undefined;
      if (only && (i < here || acrossClause(doc, only.end, a.start))) return [only];
      // several: the subject of an earlier sentence is what the next one goes on about
      return subject ? [subject] : [];
    }
    // a group: the nearest list of exactly its number ("KT와 카카오", "Samsung, SK hynix and
    // Micron"), else the one sentence whose names are exactly its number
    const list = listsIn(doc.text, cands).find((l) => l.length === a.count);
    if (list) return list;
    if (names.length === a.count) return names.reverse();
  }
  return [];
}

/** A line break between sentence `i` and sentence `here`: the phrase is in a later paragraph. */
function paragraphBetween(doc: Doc, i: number, here: number): boolean {
  const a = doc.sentences[i];
  const b = doc.sentences[here];
  return Boolean(a && b && doc.text.slice(a.end, b.start).includes('\n'));
}

/**
 * The company the article is about: the one named most often, at least three times and more often
 * than any other (cached per document).
 */
const FOCUS = new WeakMap<Doc, MentionHit | null>();
function focusOf(doc: Doc): MentionHit | undefined {
  let f = FOCUS.get(doc);
  if (f === undefined) {
    const count = new Map<string, number>();
    for (const h of doc.hits)
      if (h.type === 'Company' && h.how !== 'coref') count.set(h.id, (count.get(h.id) ?? 0) + 1);
    const [top, next] = [...count].sort((x, y) => y[1] - x[1]);
    const id = top && top[1] >= 3 && (!next || top[1] > next[1]) ? top[0] : undefined;
    f = (id && doc.hits.find((h) => h.id === id)) || null;
    FOCUS.set(doc, f);
  }
  return f ?? undefined;
}

/** `h`'s entity is named between the start of sentence `from` and `to`. */
function namedSince(doc: Doc, h: MentionHit, from: number, to: number): boolean {
  const start = doc.sentences[Math.max(0, from)]?.start ?? 0;
  return doc.hits.some((x) => x.id === h.id && x.start >= start && x.end <= to);
}

/** What "it" may stand for: a company, an agency, a model or product (never a person or a state). */
const IT_TYPES: readonly EntityType[] = ['Company', 'Organization', 'Model', 'Product'];
const EN_PRONOUN = /\b(?:[Ii]t|[Ii]ts)\b(?!['’])/g;
/** "It is likely that …", "It was a record year": an opening "it" before a copula or a weather verb is no one. */
const EXPLETIVE =
  /^\s+(?:is|was|'s|’s|has been|had been|will be|would be|seems|seemed|appears|appeared|remains|remained|takes|took|comes|came)\b/;
/** "X said on Tuesday (that) it …": the pronoun opens the clause a reporting verb of the subject takes. */
const REPORTED =
  /\b(?:said|says|announced|announces|stated|states|claimed|claims|confirmed|confirms|added|noted|expects|believes|told\s+\w+)\b(?:\s+(?!that\b)[\w,.$-]+){0,4}\s+(?:that\s+)?$/;

/**
 * English "it"/"its" for a company or model, only where news English leaves no doubt: the
 * subject of a reporting verb ("Scale AI said it had raised …"), or, opening a sentence, the
 * subject of the sentence before ("It beat o3 on key benchmarks", "Its closest rival, …").
 * Anything else stays unresolved: an "its" inside a phrase ("poured $13 billion into its
 * partnership with OpenAI") would stand in the frames' way as a name of its own.
 */
function pronounCoref(doc: Doc): MentionHit[] {
  if (doc.lang !== 'en') return [];
  const out: MentionHit[] = [];
  const index = spanIndex(doc.hits);
  EN_PRONOUN.lastIndex = 0;
  for (let m = EN_PRONOUN.exec(doc.text); m; m = EN_PRONOUN.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const here = sentenceAt(doc, start);
    const s = doc.sentences[here];
    if (!s) continue;
    const lead = doc.text.slice(s.start, start);
    const opening = /^\s*["“]?\s*$/.test(lead) || /^(?:[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5},\s+){1,2}$/.test(lead);
    if (opening && m[0].length === 2 && EXPLETIVE.test(doc.text.slice(end, end + 16))) continue;
    const before = index.overlapping(s.start, start).filter((h) => h.end <= start);
    let h: MentionHit | undefined;
    const subj = subjectOf(doc, here, doc.hits, IT_TYPES);
    if (subj && subj.end <= start && REPORTED.test(doc.text.slice(subj.end, start))) h = subj;
    else if (opening && before.length === 0 && here > 0) h = subjectOf(doc, here - 1, doc.hits, IT_TYPES);
    if (h) out.push({ start, end, id: h.id, type: h.type, how: 'coref' });
  }
  return out;
}

export function nounPhraseCoref(doc: Doc): MentionHit[] {
  const out: MentionHit[] = [];
  for (const a of anaphors(doc)) {
    for (const h of antecedents(doc, a)) out.push({ start: a.start, end: a.end, id: h.id, type: h.type, how: 'coref' });
  }
  const taken = spanIndex([...doc.hits, ...out].sort((a, b) => a.start - b.start));
  for (const p of pronounCoref(doc)) if (!taken.overlaps(p.start, p.end)) out.push(p);
  return out.sort((a, b) => a.start - b.start);
}
