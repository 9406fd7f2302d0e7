/**
 * Coreference through a noun phrase: "이 회사는 …", "the startup has raised …", "The San
 * Francisco startup, founded in 2022 …". Such a phrase names the company that was the subject of
 * one of the previous sentences; it becomes a mention of that company ('coref', so it is never an
 * alias) and the relation rules see it as an argument like any name.
 */
import type { Doc } from '../doc.js';
import { sentenceAt } from '../doc.js';
import { GRAMMAR, isParticleRun } from '../lexicon.js';
import type { MentionHit } from '../types.js';
import { hangulRunAfter } from './match.js';
import { spanIndex } from './spans.js';

const KO_ANAPHOR = /(?<![가-힣])(?:이|그|해당|같은)\s(?:회사|기업|업체|스타트업)(?=[가-힣]*)/g;
const EN_ANAPHOR =
  /\b[Tt]he\s(?:[A-Z][\w-]+\s){0,2}(?:company|startup|start-up|firm|chipmaker|lab|developer|group)\b(?!\s+(?:that|which|who|of)\b)/g;
const KO_SUBJECT = new Set(GRAMMAR.subj);
/** Words that make a sentence-initial name something other than the subject. */
const EN_NOT_SUBJECT = /\b(?:in|at|from|with|by|to|of|for|on|after|before|than|against|like|unlike|including)\s/i;
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

export function nounPhraseCoref(doc: Doc): MentionHit[] {
  const re = doc.lang === 'ko' ? KO_ANAPHOR : EN_ANAPHOR;
  const out: MentionHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (doc.lang === 'ko' && !isParticleRun(hangulRunAfter(doc.text, end))) continue;
    // "G42, the Abu Dhabi group": an apposition names the entity right before it, not a subject
    if (/[\w)가-힣]['"]?,\s*$/.test(doc.text.slice(Math.max(0, start - 3), start))) continue;
    if (spanIndex(doc.hits).overlaps(start, end)) continue;
    const here = sentenceAt(doc, start);
    let antecedent: MentionHit | undefined;
    for (let i = here - 1; i >= Math.max(0, here - MAX_BACK) && !antecedent; i--)
      antecedent = subjectOf(doc, i, doc.hits);
    if (antecedent) out.push({ start, end, id: antecedent.id, type: antecedent.type, how: 'coref' });
  }
  return out;
}

/** The company the last few sentences before `pos` were about (a Korean omitted owner: "경쟁사 X는"). */
export function recentSubject(doc: Doc, pos: number, back = 2 * MAX_BACK): MentionHit | undefined {
  const here = sentenceAt(doc, pos);
  for (let i = here - 1; i >= Math.max(0, here - back); i--) {
    const h = subjectOf(doc, i, doc.hits);
    if (h) return h;
  }
  return undefined;
}
