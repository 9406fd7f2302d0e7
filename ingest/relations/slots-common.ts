/**
 * Slot selectors that read no grammar of either language (the same for Korean and English): a
 * country an export goes toward, alliance blocs, the state, the subject carried from the sentence
 * before, the article's current round; and the small helpers every selector file
 * shares. Split out of slots.ts so each file keeps one concern.
 */
import { sentenceAt, tokensIn } from '../doc.js';
import { entityInfo, HANGUL_ABBREV } from '../lexicon.js';
import type { Token } from '../text/analysis.js';
import type { Arg, SentenceArgs } from './args.js';
import { carriedSubject, listsIn, noteRaiser, raiserBefore } from './clause.js';
import type { Selector } from './frames/schema.js';
import { members } from './lists.js';
import type { SlotCtx } from './slots.js';
import { NOUNISH } from './slots-ko-phrases.js';

export const lastEnd = (s: SentenceArgs, l: number[]) => s.args[l[l.length - 1] ?? -1]?.hit.end ?? 0;
/** Lists before the predicate in its clause, nearest first. */
export const beforeInClause = (c: SlotCtx) =>
  listsIn(c.s, c.clause.start, c.t.start + 1)
    .filter((l) => lastEnd(c.s, l) <= c.t.start)
    .reverse();
export const isTopic = (t: Token) => t.pos === 'JKS' || (t.pos === 'JX' && /^(?:은|는|ᆫ)$/.test(t.text));

const TOWARD_KO = /[대對](中|중국|중|美|미국|미|러시아|러)(?=\s|수출|제재|규제|[가-힣])|(중국|미국|러시아)向/g;

function countryArg(c: SlotCtx, start: number, end: number, id: string): Arg | undefined {
  const info = entityInfo(id);
  if (!info) return undefined;
  c.doc.entities.set(info.id, info);
  // the mention is recorded only if a relation uses it (engine.ts)
  const hit = { start, end, id: info.id, type: info.type, how: 'abbrev' as const };
  return { hit, tail: end, role: 'none', quote: 0 };
}
const KO_COUNTRY: Record<string, string> = {
  중국: 'country:cn',
  中: 'country:cn',
  미국: 'country:us',
  美: 'country:us',
  러시아: 'country:ru',
};

function toward(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  const out: Arg[][] = [];
  if (doc.lang === 'ko') {
    const from = Math.max(c.clause.start, t.start - 40);
    const win = doc.text.slice(from, c.predEnd + 12);
    TOWARD_KO.lastIndex = 0;
    for (let m = TOWARD_KO.exec(win); m; m = TOWARD_KO.exec(win)) {
      const word = m[1] ?? m[2] ?? '';
      const id = KO_COUNTRY[word] ?? HANGUL_ABBREV.get(word);
      const at = from + m.index + (m[1] ? 1 : 0);
      const known = s.args.find((a) => a.hit.start === at);
      const arg = known ?? (id ? countryArg(c, at, at + word.length, id) : undefined);
      if (arg) out.push([arg]);
    }
    // "중국 수출을 금지", "중국으로의 수출": a country right before the export noun
    for (const a of s.args)
      if (
        a.hit.type === 'Country' &&
        a.hit.start >= c.clause.start &&
        a.tail <= t.start &&
        // "미국의 수출 규제": a genitive names the exporter, never the destination
        /^(?!의\s)(?:으로의|로의|에 대한|에의)?\s*(?:[가-힣A-Za-z0-9]+\s+){0,2}?수출/.test(
          doc.text.slice(a.hit.end, t.start + 2),
        )
      )
        out.push([a]);
    return out;
  }
  const win = doc.lower.slice(Math.max(s.start, t.start - 60), Math.min(s.end, c.predEnd + 80));
  if (!/\b(?:exports?|sales?|shipments?|selling|shipping)\b/.test(win)) return out;
  for (const a of s.args)
    if (
      a.hit.type === 'Country' &&
      a.hit.start >= t.start - 60 &&
      a.hit.start <= c.predEnd + 80 &&
      /\b(?:to|destined for|bound for|headed for)\s+(?:the\s+)?$/.test(doc.lower.slice(a.hit.start - 16, a.hit.start))
    )
      out.push([a]);
  return out;
}

const BLOC_AFTER = /^\s*(?:등\s*)?(?:연합|진영|동맹|연대|컨소시엄|alliance|camp|bloc|coalition)/i;
/** "A·B 연합과 C·D 연합의 양강 구도": the blocs before the predicate in its clause. */
function blocs(c: SlotCtx): Arg[][] {
  const lists = beforeInClause(c).filter((l) =>
    BLOC_AFTER.test(c.doc.text.slice(lastEnd(c.s, l), lastEnd(c.s, l) + 12)),
  );
  return lists.length >= 2 ? lists.reverse().map((l) => members(c.s, l)) : [];
}

/** "이는 …와 대조적이다": "this" sums up the sentence before, whose subject it keeps. */
const STATEMENT_TOPIC = /^(?:이|이것|이같은 점|이런 점)$/;
/** "올해는", "최근엔": a time noun in 은/는 frames the sentence; it is no subject. */
const TIME_TOPIC =
  /^(?:올해|올|지난해|작년|내년|연초|올초|최근|현재|당시|이후|이날|오늘|지금|향후|앞으로|그간|그동안)$/;
/**
 * Does the clause spell out a subject that is no name ("이 모델은", "The company")? Then nothing
 * is carried over from the sentence before. Korean: a subject or topic particle (JKS, 은/는)
 * after a noun that is no mention; English: a determiner-led noun group before the predicate.
 */
function explicitSubject(c: SlotCtx): boolean {
  const { doc, s, t } = c;
  if (doc.lang === 'en')
    return /^(?:the|this|that|its|their|a|an)\s(?!(?:\w+\s)?(?:round|rounds|funding|investment|deal)\b)/i.test(
      doc.text.slice(c.clause.start, t.start).trimStart(),
    );
  const inMention = (pos: number) => s.args.some((a) => pos >= a.hit.start && pos <= a.tail);
  const framing = (word: string) => TIME_TOPIC.test(word) || STATEMENT_TOPIC.test(word);
  let prev: Token | undefined;
  for (const tok of tokensIn(doc, c.clause.start, t.start)) {
    // a subject particle right after a noun that is no mention: "이 모델은", "회사가"
    if (
      isTopic(tok) &&
      prev &&
      (NOUNISH.has(prev.pos) || prev.pos === 'SSC') &&
      prev.end === tok.start &&
      !framing(doc.text.slice(doc.text.lastIndexOf(' ', prev.start) + 1, prev.end)) &&
      !inMention(tok.start)
    )
      return true;
    prev = tok;
  }
  return false;
}

/**
 * "A가 참여했다. B와 C도 참여했다": the subject of the sentence before, which said the same
 * predicate, is what 도 adds B and C to, a peer of theirs, not the predicate's other argument.
 */
function peerOfAdditive(c: SlotCtx, a: Arg): boolean {
  const { doc, s, t } = c;
  const additive = s.args.some(
    (x) => x.tail <= t.start && x.role === 'subj' && /도$/.test(doc.text.slice(x.hit.end, x.tail)),
  );
  const from = doc.sentences[sentenceAt(doc, a.hit.start)];
  return additive && Boolean(from) && doc.text.slice(from?.start, from?.end).includes(t.word);
}

const STATE_KO = /(?:^|\s)(?:정부|국가)(?:가|는|도|이|\s?주도)/;
const STATE_EN = /\b(?:government|state)(?:-led|-backed|-run|-owned)?\b|\b(?:country|nation)'s\b/i;

/** Selectors that read no grammar of either language: the same for Korean and English. */
const DEFINITE_ROUND = /\b[Tt]he\s+(?:[\w$.,-]+\s+){0,3}?(?:round|funding|raise|financing)\b/;
export function common(c: SlotCtx, sel: Selector): Arg[][] | undefined {
  switch (sel) {
    case 'toward':
      return toward(c);
    case 'bloc':
      return blocs(c);
    case 'carried': {
      // the last resort of a slot; a subject the sentence spells out ("이 모델은") is no gap
      if (explicitSubject(c)) return [];
      const a = carriedSubject(c.doc, c.index);
      return a && !peerOfAdditive(c, a) ? [[a]] : [];
    }
    case 'previous': {
      // "상무부는 새 규칙을 내놨다. 이에 따라 X의 수출이 통제된다": a passive's agent is the subject of
      // the sentence before, whatever subject this one has (the slot's types keep it to regulators)
      const a = carriedSubject(c.doc, c.index);
      return a ? [[a]] : [];
    }
    case 'state': {
      // "The country's government-led fund approved an investment for X", "정부가 X에 투자": the
      // state the article last named acts
      const { doc, t } = c;
      const head = doc.text.slice(c.clause.start, t.start);
      if (!(doc.lang === 'ko' ? STATE_KO : STATE_EN).test(head)) return [];
      const h = [...doc.hits].reverse().find((x) => x.type === 'Country' && x.end <= t.start);
      return h && sentenceAt(doc, h.start) >= c.index - 8 ? [[{ hit: h, tail: h.end, role: 'subj', quote: 0 }]] : [];
    }
    case 'raiser': {
      // "The funding round was led by …": a definite round is the article's round, however far back;
      // so in a relative clause before the predicate ("investors who joined the round included …")
      const definite = DEFINITE_ROUND.test(c.doc.text.slice(Math.min(c.clause.start, c.s.start), c.t.start));
      const a = raiserBefore(c.doc, c.index, definite ? 24 : 8);
      // a sentence that speaks of the round keeps it the article's round for the sentences after
      // ("The round was led by A. … Existing investors B and C also participated.")
      if (a) noteRaiser(c.doc, c.index, a);
      return a ? [[a]] : [];
    }
    default:
      return undefined;
  }
}
