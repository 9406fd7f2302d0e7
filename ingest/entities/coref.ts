/**
 * Coreference through a noun phrase: "이 회사는 …", "동사의", "the startup has raised …", "the
 * watchdog said …", and groups ("양사는", "두 회사가", "the two companies"). Such a phrase
 * becomes a mention of its antecedent, with its own offsets ('coref', so never an alias), and the
 * relation frames read it as an argument like any name; the evidence sentence stays the one the
 * phrase is in. Resolution is conservative: the antecedent is the nearest compatible name (type
 * by the head noun, number by the phrase) in the sentence itself or the few before it; where the
 * nearest sentence with candidates offers two or more and no subject decides, nothing.
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

const isCompany = (h: MentionHit) => h.type === 'Company' || h.type === 'Organization';

/** The company a sentence is about: its Korean subject / its English sentence-initial name. */
export function subjectOf(doc: Doc, index: number, hits: MentionHit[]): MentionHit | undefined {
  const s = doc.sentences[index];
  if (!s) return undefined;
  for (const h of spanIndex(hits).overlapping(s.start, s.end)) {
    if (h.start < s.start || h.end > s.end) continue;
    if (doc.lang === 'ko') {
      if (!isCompany(h)) continue;
      const run = hangulRunAfter(doc.text, h.end);
      if (KO_SUBJECT.has(run)) return h;
      continue;
    }
    // English: the first name of the sentence, unless a preposition puts it in a phrase
    const lead = doc.text.slice(s.start, h.start);
    if (!isCompany(h) || lead.length > 40 || EN_NOT_SUBJECT.test(lead) || /,/.test(lead)) return undefined;
    return h;
  }
  return undefined;
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
const COUNT: Record<string, number> = { 두: 2, 세: 3, 네: 4, two: 2, three: 3, four: 4, both: 2 };

// "이 회사", "해당 기업", "같은 회사"; 동사 ("the said company") only as a word with a particle
const KO_SINGULAR = /(?<![가-힣])(?:(?:이|그|해당|같은|동)\s?(회사|기업|업체|스타트업|기관)|(동사))(?=[가-힣]*)/g;
const KO_GROUP = /(?<![가-힣])(?:(양사|양국)|(두|세|네)\s(?:회사|기업|업체))(?=[가-힣]*)/g;
/** Modifiers a description may carry: a nationality, "tech", "AI", "San Francisco-based". */
const NATION = [...NATIONALITY.keys()].filter((k) => /^[A-Z]/.test(k)).join('|');
const EN_MOD = `(?:(?:${NATION}|[A-Z][\\w-]*(?:\\s[A-Z][\\w-]*)?-based|AI|tech|chip|artificial intelligence|technology|state-backed|state-owned)\\s+)`;
const EN_COMPANY_HEAD =
  'company|startup|start-up|firm|chipmaker|chip maker|chip designer|tech giant|giant|lab|developer|group|unicorn';
const EN_AGENCY_HEAD = 'agency|regulator|watchdog|authority|commission';
const EN_SINGULAR = new RegExp(
  `\\b[Tt]he\\s+${EN_MOD}{0,2}(?:(${EN_COMPANY_HEAD})|(${EN_AGENCY_HEAD}))\\b(?!-)(?!\\s+(?:that|which|who|whose|of|behind|in which)\\b)`,
  'g',
);
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
    if (/[\w)가-힣]['"’]?,\s*$/.test(text.slice(Math.max(0, start - 3), start))) return;
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
      add(m.index, end, m[1] === '기관' ? AGENCY : COMPANY, 1);
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
  EN_GROUP.lastIndex = 0;
  for (let m = EN_GROUP.exec(text); m; m = EN_GROUP.exec(text))
    add(m.index, m.index + m[0].length, COMPANY, COUNT[(m[1] ?? m[2] ?? '').toLowerCase()] ?? 0);
  return out;
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
    const cands = index
      .overlapping(s.start, to)
      .filter((h) => h.start >= s.start && h.end <= to && a.types.includes(h.type) && h.how !== 'coref');
    if (cands.length === 0) continue;
    const names = distinct(cands);
    if (a.count === 1) {
      const subj = i < here ? subjectOf(doc, i, doc.hits) : undefined;
      const subject = subj && a.types.includes(subj.type) ? subj : undefined;
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

export function nounPhraseCoref(doc: Doc): MentionHit[] {
  const out: MentionHit[] = [];
  for (const a of anaphors(doc)) {
    for (const h of antecedents(doc, a)) out.push({ start: a.start, end: a.end, id: h.id, type: h.type, how: 'coref' });
  }
  return out;
}
