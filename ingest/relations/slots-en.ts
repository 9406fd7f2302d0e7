/**
 * English slot selectors: where a frame's argument is in an English sentence, by word order
 * (subject before the verb, object right after it), the frame's prepositions, the passive agent,
 * possessives, appositions and hyphen compounds ("Microsoft-backed"). Names and meanings of the
 * selectors are documented in frames/schema.ts; the language-neutral ones are in slots.ts.
 */
import { entityInfo, NATIONALITY } from '../lexicon.js';
import { type Arg, listRole, type SentenceArgs } from './args.js';
import { carriedSubject } from './clause.js';
import type { Selector } from './frames/schema.js';
import { countedGroup } from './groups.js';
import { after, listStart, members, NAME_HEAD_WORDS, subjectEn } from './lists.js';
import { modifierInSeries, seriesGap, seriesGoesOnAfter, withJoining } from './series-en.js';
import type { SlotCtx } from './slots.js';
import { oneOfAppos } from './slots-one-of.js';

const lastEnd = (s: SentenceArgs, l: number[]) => s.args[l[l.length - 1] ?? -1]?.hit.end ?? 0;

/** The list a sentence opens with, when nothing comes before it. */
const opening = (s: SentenceArgs) => {
  const first = s.lists[0];
  return first && listStart(s, first) - s.start <= 4 ? first : undefined;
};
// "in Japanese startup Sakana AI": a nationality adjective may open the phrase before the name
// (and "led by VC firms A and B": so may a kind in capitals, AI, VC, PE)
const NATIONALITY_RE = [...NATIONALITY.keys()]
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const PREP_GAP = new RegExp(
  `^(?:the likes of\\s+)?(?:the\\s+|a\\s+|an\\s+)?(?:[\\w.-]+-based\\s+)?(?:(?:${NATIONALITY_RE})\\s+)?(?:(?:[a-z][\\w.-]*|AI|VC|PE)\\s+){0,4}(?:[A-Z][\\w.]*'s\\s+)?$`,
);
const PREP_GOES_ON = /^[\s,]*(?:and|with|as well as|plus|alongside|along with)?\s*(?:[a-z][\w-]*\s+){0,3}$/;
const AND_VERB = /\band\s+(?:also\s+|has\s+|have\s+)?$/;
// "taking on the lead of big labs like OpenAI": an of-phrase may head the object;
// "has big investors, including (South Korean chip giant) X": the object may follow the predicate's
// noun after a comma, and a descriptor may open it
const EN_OBJ_GAP =
  /^(?:\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:(?:[a-z][\w-]*|AI)\s*){0,3}(?:of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:like\s+|such as\s+|including\s+)?)?(?:(?:between|among)\s+)?)?(?:(?:—|–|-|,)?\s*(?:including|such as|like)\s+(?:both\s+)?(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?=[a-z]))?(?:[a-z][\w-]*\s+){0,3})?$/;
const PARTNER_OF =
  /^\s*(?:[a-z][\w-]*\s+){0,2}(?:relationship|partnership|deal|ties|alliance|agreement|arrangement|merger|tie-up|collaboration|investment|stake)s?\s+(?:with|to|in)\s+(?:the\s+)?$/;
/** "…, directly challenging X": a participle after a comma shares the main clause's subject. */
const PARTICIPLE_LEAD = /[,:]\s+(?:[a-z]+ly\s+)?$/;
/** "…, setting the stage for a showdown against X": the clause opens with a participle. */
const PARTICIPLE_CLAUSE = /,\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing$/;
/** "Cohere has quickly emerged as OpenAI's closest rival": a copula between the subject and the possessor. */
const COPULA_GAP =
  /^\s+(?:(?:has|have|had|is|was|are|were|will|would|also|now|already|since|been|be)\s+){0,3}(?:[a-z]+ly\s+)?(?:emerged|emerges|emerging|become|became|becomes|is|was|are|were|remains|remained|seen|regarded|considered|viewed|positioned|positioning itself|established itself|cast itself)\s+(?:as\s+)?(?:the\s+|a\s+|an\s+)?$/;
/** "Amazon-backed Anthropic": the name glued to "-backed" only says who backs the next one. */
const GLUED = /^-(?:backed|funded|financed|owned|controlled|led|supported)\b/;
/** "a competitor to U.S. giants like OpenAI": a country adjective, then the examples. */
const APPOS_GAP =
  /^(?:s)?\s*(?:(?:to|of|against|for)\s+)?(?:,\s*)?(?:(?:such as|like|including)\s+)?(?:the\s+)?$|^(?:s)?\s+(?:to|of|against)\s+(?:[\w.-]+\s+){0,3}(?:like|such as|including)\s+$/;
/** "Other investors include A, alongside existing backers like B": the list goes on. */
const OBJ_GOES_ON =
  /^(?:'s\s+|(?:\s+[A-Z][\w&.-]*){0,2}(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:alongside|along with|as well as|plus|together with)\s+(?:[a-z][\w-]*\s+){0,3}?(?:like\s+|such as\s+|including\s+)?|(?:[a-z][\w-]*\s+){0,2}))$/;

/** "Abu Dhabi AI firm G42": a place, then the words of a company noun, then the company. */
const PLACE_NOUN_GAP =
  /^\s+(?:(?:[a-z][\w-]*|AI)\s+){0,3}(?:firm|company|startup|start-up|giant|group|lab|developer|maker|chipmaker|unicorn|outfit|conglomerate|champion|fund|investor|bank|lender|insurer)\s+$/;

/** A lone place naming where the company after it is ("in Abu Dhabi AI firm G42") gives way to that company. */
function placeBefore(c: SlotCtx, l: number[] | undefined): number[] | undefined {
  const { doc, s } = c;
  const a = l?.length === 1 ? s.args[l[0] ?? -1] : undefined;
  if (!l || a?.hit.type !== 'Country' || listRole(s, l)?.role !== 'none') return l;
  const next = s.lists[s.lists.indexOf(l) + 1];
  const b = next && s.args[next[0] ?? -1];
  if (!next || !b || (b.hit.type !== 'Company' && b.hit.type !== 'Organization')) return l;
  return PLACE_NOUN_GAP.test(doc.text.slice(lastEnd(s, l), listStart(s, next))) ? next : l;
}

/** The list after `pos`, past a name glued to "-backed" ("the likes of Amazon-backed Anthropic"). */
function afterEn(c: SlotCtx, pos: number, maxGap: number): number[] | undefined {
  const { doc, s } = c;
  const l = placeBefore(c, after(doc, s, pos, maxGap));
  if (!l || !GLUED.test(doc.text.slice(lastEnd(s, l), lastEnd(s, l) + 12))) return l;
  const next = s.lists[s.lists.indexOf(l) + 1];
  return next && /^-[a-z]+\s+$/.test(doc.text.slice(lastEnd(s, l), listStart(s, next))) ? next : undefined;
}

/** Where the phrase of list `l` starts: at the name glued to it by "-backed", if any. */
function startOf(c: SlotCtx, l: number[], pos: number): number {
  const { doc, s } = c;
  const prev = s.lists[s.lists.indexOf(l) - 1];
  const gap = prev ? doc.text.slice(lastEnd(s, prev), listStart(s, l)) : '';
  return prev && listStart(s, prev) >= pos && GLUED.test(gap) && /^-[a-z]+\s+$/.test(gap)
    ? listStart(s, prev)
    : listStart(s, l);
}

const SERIES_CONJ = /\b(?:and|or|plus|as well as|along with|alongside|together with)\s/;
/** "alongside B", "together with B", "A led the round, joined by B and C": the co-actors follow. */
const ALONGSIDE = /\b(?:alongside|together with|along with)\s+|,\s+(?:and\s+)?joined by\s+/g;
/** "alongside existing backers like B": only a descriptor of the co-actors may come first. */
const CO_ACTOR_GAP =
  /^(?:the\s+|its\s+)?(?:(?:existing|other|fellow|new|early)\s+)?(?:(?:[a-z]+\s+)?(?:investors?|backers?|shareholders?|firms?|funds?|giant|chipmaker)\s+)?(?:(?:like|such as|including)\s+)?$/;
/** The lead of a sentence-opening participle: nothing, or another participle phrase and "and". */
const FRONTED_LEAD = /^\s*(?:[A-Z][a-z]+ed\b[^,;]{0,80}?\s+and\s+)?$/;
/** A finite verb after the subject of the main clause ("X released", "X has raised", "X is"). */
const MAIN_VERB_AFTER =
  /^\s+(?:has|have|had|is|was|are|were|will|would|said|says|plans|launched|released|unveiled|announced|raised|[a-z]+ed|[a-z]+s)\b/;
const PRONOUN_OPENING =
  /^\s*(?:It|They)\s+(?:(?:also|has|have|had|is|was|are|were|will|would|recently|previously|now|then|later|already)\s+){0,3}$/;

/**
 * "Existing investors, such as A, B, and Singapore's C, also participated": a subject series
 * reaches back from its last list over series gaps and possessives.
 */
function seriesBack(c: SlotCtx, l: number[]): number[][] {
  const { doc, s } = c;
  const out = [l];
  for (let k = s.lists.indexOf(l) - 1; k >= 0; k--) {
    const prev = s.lists[k] as number[];
    const next = out[0] as number[];
    const from = listRole(s, prev)?.tail ?? lastEnd(s, prev);
    const possessive = listRole(s, prev)?.role === 'gen' && listStart(s, next) - from <= 2;
    if (
      !possessive &&
      !(
        seriesGap(doc, lastEnd(s, prev), listStart(s, next)) &&
        doc.text.slice(lastEnd(s, prev), listStart(s, next)).includes(',')
      )
    )
      break;
    out.unshift(prev);
  }
  return out;
}

const PEOPLE_AT = /^,?\s+and\s+the\s+(?:folks|people|team|teams|staff|founders)\s+(?:at|of|from|behind)\s+$/;
/** "from A, B and existing backer C": lists the phrase goes on with after `l`. */
function goesOn(c: SlotCtx, l: number[]): number[][] {
  const { doc, s } = c;
  const out: number[][] = [];
  let end = lastEnd(s, l);
  for (const x of s.lists.slice(s.lists.indexOf(l) + 1)) {
    // "Temasek, the Singapore state fund, and …", "ChatGPT-maker OpenAI": a name inside a
    // member's apposition or descriptor is no member
    if (modifierInSeries(doc, end, listStart(s, x), lastEnd(s, x))) continue;
    const gap = doc.text.slice(end, listStart(s, x));
    const joined =
      (/^(?:\s+and\s+|,\s+and\s+|,?\s+(?:as well as|along with|plus)\s+)(?:existing\s+|new\s+|other\s+)?(?:[a-z][\w-]*\s+){0,2}$/.test(
        gap,
      ) &&
        !/\b(?:said|says|and\s+the)\b/.test(gap) &&
        // (a noun with its own preposition opens a new phrase: "stake in A and ties between B, C")
        !/\s(?:between|among|against|versus|with|from)\s+$/.test(gap)) ||
      // people standing for their firm after "and the": the folks, team or staff at B
      PEOPLE_AT.test(gap);
    // "from A, the Saudi fund, and chipmaker B", "led by A, with B also participating"
    const series =
      (seriesGap(doc, end, listStart(s, x)) && (SERIES_CONJ.test(gap) || seriesGoesOnAfter(doc, lastEnd(s, x)))) ||
      withJoining(doc, end, listStart(s, x), lastEnd(s, x)) ||
      // "… and ChatGPT-maker OpenAI": the member before was the descriptor's first half
      (/^-[a-z]+\s+$/.test(gap) && !GLUED.test(gap));
    if (!joined && !series) break;
    if (s.args[x[0] ?? -1]?.hit.type === 'Person' && /^\s+(?:and\s+)?(?!and\s)[a-z]/.test(gap)) break;
    out.push(x);
    end = lastEnd(s, x);
  }
  return out;
}

/**
 * The subject of a participle clause ("Naver launched a model, setting the stage for …"): the
 * sentence's first name, when it comes before any comma and near the start.
 */
function mainSubject(c: SlotCtx): number[] | undefined {
  const { doc, s } = c;
  const first = s.lists[0];
  if (!first || listStart(s, first) >= c.clause.start) return undefined;
  const lead = doc.text.slice(s.start, listStart(s, first));
  const a = s.args[first[0] ?? -1];
  if (!a || a.hit.type === 'Person' || lead.length > 50 || /,/.test(lead) || EN_NOT_SUBJECT.test(lead))
    return undefined;
  return first;
}
/** "Cohere's $80 million Series B round was": an amount and a series may stand between the possessor and its noun. */
const POSSESSED_GAP =
  /^\s*(?:(?:US)?[$€£¥]?\d[\d.,]*\s*(?:billion|million|bn|m|b)?\s+)?(?:Series\s+[A-H]\d?\s+)?(?:[a-z][\w-]*\s+){0,2}$/;
/** "took part in xAI's round in May and Mistral's $600 million deal": one more owner's round after "and". */
const AND_GAP = /^(?:\s+(?:in|on|at|last|this)\s+[\w$.,-]+(?:\s+[\w$.,-]+)?)?,?\s+(?:and|as well as)\s+(?:in\s+)?$/;
const ROUND_NOUN = /^\s+(?:[\w$.,-]+\s+){0,4}?(?:round|deal|raise|funding|financing)\b/;
function nextRounds(c: SlotCtx, x: number[]): Arg[][] {
  const { doc, s } = c;
  const first = listRole(s, x);
  if (!first || listStart(s, x) < c.t.end || first.role !== 'gen') return [];
  const i = s.lists.indexOf(x);
  const y = s.lists[i + 1];
  const role = y && listRole(s, y);
  if (!y || !role || role.role !== 'gen') return [];
  return AND_GAP.test(doc.text.slice(c.predEnd, listStart(s, y))) && ROUND_NOUN.test(doc.text.slice(role.tail))
    ? [members(s, y)]
    : [];
}
const WHOSE = /^,\s+whose\s+(?:[a-z][\w-]*\s+){0,3}$/;
/** ", in a move that looks to challenge X": the move is the whole clause's, no name's. */
const PURPOSE_ADJUNCT =
  /^\s*,\s+(?:in|as)\s+(?:a|an|part of a|part of an)\s+(?:[a-z]+\s+)?(?:move|bid|effort|attempt|push|step|drive)\b/;
const PREP_OBJECT =
  /\b(?:with|to|from|of|for|by|into|over|against|than|between|among)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:(?:[a-z][\w-]*|AI)\s+){0,2}$/;
const EN_NOT_SUBJECT =
  /\b(?:in|at|from|with|by|to|of|for|on|after|before|than|against|like|unlike|including|despite)\s/i;

/** "the Dutch government", "Chinese regulators": a nationality adjective before a state body. */
const STATE_BODY = new RegExp(
  `\\b(${NATIONALITY_RE})\\s+(?:(?:federal|central|national|state|antitrust|competition|privacy|data|trade|commerce|foreign|finance)\\s+)?(?:government|authorities|regulators?|officials|watchdogs?|ministry|lawmakers|administration)\\s+(?:(?:has|have|had|also|now|reportedly|recently|last\\s+\\w+)\\s+)*(?:[a-z]+(?:ed|s)\\s+)?(?:(?:new|tough|tougher|fresh|sweeping|its|their|own)\\s+)*$`,
);
/** The country a nationality-led state body in the clause names, as an argument at the adjective. */
function stateBody(c: SlotCtx): Arg[][] {
  const { doc, t } = c;
  const from = Math.max(c.clause.start, t.start - 80);
  const m = STATE_BODY.exec(doc.text.slice(from, t.start));
  const id = m?.[1] && NATIONALITY.get(m[1]);
  const info = id ? entityInfo(id) : undefined;
  if (!m || !info) return [];
  doc.entities.set(info.id, info);
  const start = from + m.index;
  const hit = { start, end: start + (m[1] ?? '').length, id: info.id, type: info.type, how: 'abbrev' as const };
  return [[{ hit, tail: hit.end, role: 'none', quote: 0 }]];
}

/** "The firm of Sam Altman put money in": a person's house, firm or camp stands for the company they run. */
const HOUSE_OF = /\b(?:the|a)\s+(?:house|firm|company|camp|startup|lab)\s+of\s+$/i;
function houseOf(c: SlotCtx, l: number[]): Arg | undefined {
  const { doc, s } = c;
  const a = l.length === 1 ? s.args[l[0] ?? -1] : undefined;
  const boss = a?.hit.type === 'Person' ? entityInfo(a.hit.id)?.employer : undefined;
  const info = boss ? entityInfo(boss) : undefined;
  if (!a || !info || !HOUSE_OF.test(doc.text.slice(Math.max(s.start, a.hit.start - 24), a.hit.start))) return undefined;
  doc.entities.set(info.id, info);
  // (an 'abbrev' hit: the person's name is a mention of the company, never an alias of it)
  return { ...a, hit: { ...a.hit, id: info.id, type: info.type, how: 'abbrev' } };
}

/** "…, when it raised", "According to a report, it recently raised": a lowercase pronoun opening a later clause. */
const PRONOUN_LATER =
  /(?:,|\b(?:when|after|since|while|before|where))\s+(?:when\s+|after\s+)?(?:it|they)\s+(?:(?:also|has|have|had|recently|previously|now|then|later|already|just|reportedly|[a-z]{3,}ly)\s+){0,3}$/;

/** A relative clause open before a name: "who", "which" or "that" since the last comma. */
const IN_RELATIVE = /\b(?:who|which|that)\s[^,;]*$/;

/**
 * The company a later-clause pronoun stands for: the sentence's opening subject when no other
 * company is named between it and the pronoun ("Cohere … was valued at $2bn, when it raised …");
 * with no name before the pronoun in the sentence, the last sentence's subject.
 */
function subordinatePronoun(c: SlotCtx): Arg[][] | undefined {
  const { doc, s, t } = c;
  const head = doc.text.slice(s.start, t.start);
  const m = PRONOUN_LATER.exec(head);
  if (!m) return undefined;
  const at = s.start + m.index;
  const before = s.args.filter((a) => a.hit.end <= at);
  if (!before.length) {
    const a = carriedSubject(doc, c.index);
    return a?.hit.type === 'Company' ? [[a]] : [];
  }
  const first = opening(s);
  const lead = first ? members(s, first) : [];
  // ("X, set up by ex-staff who quit Google, and …, it raised": a name inside a relative
  // clause is no antecedent)
  const others = before.filter(
    (a) =>
      !lead.includes(a) &&
      (a.hit.type === 'Company' || a.hit.type === 'Person') &&
      !IN_RELATIVE.test(doc.text.slice(s.start, a.hit.start)),
  );
  return lead.length && lead.every((a) => a.hit.type === 'Company') && !others.length ? [lead] : [];
}

/** A relative clause on a name, maybe past its head noun: ", which", " model, which" (NAME_HEAD_WORDS). */
const RELATIVE_ON_NAME = new RegExp(`^(?:${NAME_HEAD_WORDS})?,?\\s+(?:which|who)\\s`);

export function english(c: SlotCtx, sel: Selector): Arg[][] {
  const { doc, s, t } = c;
  const one = (l: number[] | undefined) => (l ? [members(s, l)] : []);
  switch (sel) {
    case 'subj':
    case 'topic': {
      // "It also backs SpaceX": a pronoun opening the clause stands for the last sentence's subject
      if (PRONOUN_OPENING.test(doc.text.slice(c.clause.start, t.start))) {
        const a = carriedSubject(doc, c.index);
        return a ? [[a]] : [];
      }
      const sub = subordinatePronoun(c);
      if (sub) return sub;
      if (/ing$/.test(t.word) && PARTICIPLE_LEAD.test(doc.text.slice(Math.max(s.start, t.start - 16), t.start)))
        return one(opening(s) ?? mainSubject(c));
      // "MGX … has joined X and backed Y": a verb after "and" shares the sentence's subject
      if (AND_VERB.test(doc.text.slice(Math.max(s.start, t.start - 12), t.start)) && opening(s)) return one(opening(s));
      const found = subjectEn(doc, s, t.start);
      // "…, deepening an alliance meant to challenge Microsoft": no subject across a clause break,
      // but into a relative clause on the name ("Kimi K2, which …", "its K2 model, which …")
      const relative = found && RELATIVE_ON_NAME.test(doc.text.slice(lastEnd(s, found), t.start));
      const l = found && (listStart(s, found) >= c.clause.start || relative) ? found : undefined;
      // "Anthropic has emerged as OpenAI's most credible rival": the possessor belongs to the
      // predicate's noun phrase, the subject is before it
      if (
        l &&
        listRole(s, l)?.role === 'gen' &&
        /^\s*(?:[a-z][\w-]*\s+){0,2}$/.test(doc.text.slice(listRole(s, l)?.tail ?? 0, t.start))
      ) {
        const k = s.lists.indexOf(l);
        const prev = s.lists[k - 1];
        // ("the CMA is investigating Google's stake in Anthropic": past a real verb the possessor
        // is the predicate's own, and the subject only acts on it)
        const copula = prev && COPULA_GAP.test(doc.text.slice(lastEnd(s, prev), listStart(s, l))) ? prev : undefined;
        const before = subjectEn(doc, s, listStart(s, l));
        if (before && !copula && before === prev) return [];
        return one(copula ?? before ?? opening(s) ?? l);
      }
      // "a deal with OpenAI, in a move that looks to challenge Nvidia": the move is the clause's, so
      // a name after a preposition is no subject of it; the clause's subject before it may be
      if (
        l &&
        PURPOSE_ADJUNCT.test(doc.text.slice(lastEnd(s, l), t.start)) &&
        PREP_OBJECT.test(doc.text.slice(Math.max(s.start, listStart(s, l) - 40), listStart(s, l)))
      ) {
        const prev = subjectEn(doc, s, listStart(s, l));
        return prev &&
          listStart(s, prev) >= c.clause.start &&
          !PREP_OBJECT.test(doc.text.slice(Math.max(s.start, listStart(s, prev) - 40), listStart(s, prev)))
          ? one(prev)
          : [];
      }
      // "…, positioning itself as a competitor to X": a participle clause has the sentence's subject
      if (!l && PARTICIPLE_CLAUSE.test(doc.text.slice(Math.max(s.start, c.clause.start - 24), c.clause.start)))
        return one(mainSubject(c));
      const house = l && houseOf(c, l);
      if (house) return [[house]];
      return l ? [seriesBack(c, l).flatMap((x) => members(s, x))] : stateBody(c);
    }
    case 'obj': {
      const l = afterEn(c, t.end, 48);
      if (!l || !EN_OBJ_GAP.test(doc.text.slice(t.end, startOf(c, l, t.end)))) return [];
      // "Amazon-backed Anthropic and Google": the compound backs only the name it is glued to
      if (t.word.startsWith('-')) return [[s.args[l[0] ?? -1] as Arg]];
      // "counts Nvidia, SoftBank and Jeff Bezos": names go on after a comma or "and"
      const out = [members(s, l)];
      let end = lastEnd(s, l);
      // "probing Microsoft's investment in OpenAI": the partner is in the phrase too
      const tail = listRole(s, l)?.role === 'gen' ? (listRole(s, l)?.tail ?? end) : end;
      const partner = tail > end ? after(doc, s, tail, 60) : undefined;
      if (partner && PARTNER_OF.test(doc.text.slice(tail, listStart(s, partner)))) {
        out.push(members(s, partner));
        end = lastEnd(s, partner);
      }
      for (const x of s.lists) {
        if (listStart(s, x) <= end) continue;
        const gap = doc.text.slice(end, listStart(s, x));
        const person = s.args[x[0] ?? -1]?.hit.type === 'Person';
        if (person && /^\s+(?:(?!and\s|or\s)(?:[a-z][\w-]*|CEO|CFO|CTO|COO)\s+){1,3}$/.test(gap)) {
          // "Amazon founder Jeff Bezos": the name before the title only says whose founder
          const last = out[out.length - 1];
          last?.pop();
          if (last && !last.length) out.pop();
        } else if (
          !(OBJ_GOES_ON.test(gap) || seriesGap(doc, end, listStart(s, x))) ||
          // "sanctions on Russia, Nvidia kept …": after a bare comma a series goes on, a clause does not
          (/^[,;]\s*$/.test(gap) &&
            !/^\s*(?:,|and\b|or\b|[.;]|$)/.test(doc.text.slice(lastEnd(s, x), lastEnd(s, x) + 6)))
        )
          break;
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
        // ("its Series B round, led by KT": a phrase of two words may follow after a comma)
        // ("raised $500 million, with participation from A": a with-phrase set off after the sum)
        const comma =
          gap.includes(',') &&
          !(/^,\s+$/.test(gap) && m[0].trim().includes(' ')) &&
          !(/^with\s/.test(m[0]) && /^[^,A-Z]*,\s*$/.test(gap));
        if (reach === from ? comma : !PREP_GOES_ON.test(gap)) break;
        const at = from + m.index + m[0].length;
        // "in one of the buzziest Nvidia foes, Groq": the apposition is the object
        const appos = oneOfAppos(c, at);
        const l = appos ?? afterEn(c, at, 40);
        // "in Abu Dhabi AI firm G42": the phrase opens at the place before the company
        const place = after(doc, s, at, 40);
        const head = place && l && place !== l && placeBefore(c, place) === l ? listStart(s, place) : undefined;
        if (!l || (!appos && !PREP_GAP.test(doc.text.slice(at, head ?? startOf(c, l, at))))) {
          // "allocated to five domestic companies … The selection includes A, B, C, D and E"
          const group = countedGroup(c, at);
          if (group) return [group];
          continue;
        }
        out.push(members(s, l));
        reach = s.args[l[l.length - 1] ?? -1]?.tail ?? at;
        for (const x of goesOn(c, l)) {
          out.push(members(s, x));
          reach = s.args[x[x.length - 1] ?? -1]?.tail ?? reach;
        }
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
    case 'alongside': {
      // "co-led MatX's round alongside Jane Street", "A, together with B, joined the round"
      const from = c.clause.start;
      const to = Math.min(s.end, c.predEnd + 80);
      const out: Arg[][] = [];
      for (const m of doc.text.slice(from, to).matchAll(ALONGSIDE)) {
        const at = from + (m.index ?? 0) + m[0].length;
        const l = afterEn(c, at, 40);
        if (!l || !CO_ACTOR_GAP.test(doc.text.slice(at, startOf(c, l, at)))) continue;
        out.push(members(s, l), ...goesOn(c, l).map((x) => members(s, x)));
      }
      return out;
    }
    case 'compound':
      // "Microsoft-backed OpenAI": the name the predicate is glued to
      return one(s.lists.find((l) => lastEnd(s, l) === t.start));
    case 'gen': {
      const x = [...s.lists].reverse().find(
        (x) =>
          // "Mistral AI, whose investors include": the relative pronoun is the possessor
          (lastEnd(s, x) <= t.start && WHOSE.test(doc.text.slice(lastEnd(s, x), t.start))) ||
          // "US sanctions", "U.S. export controls": a country before the noun is whose it is
          ((listRole(s, x)?.role === 'gen' ||
            (s.args[x[0] ?? -1]?.hit.type === 'Country' &&
              x.length === 1 &&
              /^\s+(?:[a-z][\w-]*\s+){0,2}$/.test(doc.text.slice(lastEnd(s, x), t.start)))) &&
            (listRole(s, x)?.tail ?? 0) <= t.start &&
            POSSESSED_GAP.test(doc.text.slice(listRole(s, x)?.tail ?? 0, t.start))) ||
          // "led Cohere's $80 million round": the possessor inside the predicate's own phrase
          (listStart(s, x) >= t.end &&
            listRole(s, x)?.role === 'gen' &&
            (listRole(s, x)?.tail ?? c.predEnd) < c.predEnd &&
            POSSESSED_GAP.test(`${doc.text.slice(listRole(s, x)?.tail ?? 0, c.predEnd)} `)),
      );
      return x ? [members(s, x), ...nextRounds(c, x)] : [];
    }
    case 'laterSubj': {
      // "Backed by A and B, X released …": a participle phrase that opens the sentence (after at most
      // one more participle phrase joined by "and") describes the subject after its closing comma
      if (!FRONTED_LEAD.test(doc.text.slice(s.start, t.start))) return [];
      const comma = doc.text.indexOf(',', c.predEnd);
      if (comma < 0 || comma >= s.end) return [];
      const l = s.lists.find((x) => listStart(s, x) > comma);
      if (!l || !/^,\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$/.test(doc.text.slice(comma, listStart(s, l)))) return [];
      return MAIN_VERB_AFTER.test(doc.text.slice(lastEnd(s, l), lastEnd(s, l) + 24)) ? one(l) : [];
    }
    case 'appos': {
      let l = afterEn(c, c.predEnd, 24);
      // "to U.S. giants like OpenAI": a country used as an adjective is no argument
      if (l && s.args[l[0] ?? -1]?.hit.type === 'Country' && /^\s+[a-z]/.test(doc.text.slice(lastEnd(s, l))))
        l = s.lists[s.lists.indexOf(l) + 1];
      return l && listStart(s, l) - c.predEnd <= 40 && APPOS_GAP.test(doc.text.slice(c.predEnd, listStart(s, l)))
        ? one(l)
        : [];
    }
    default:
      return [];
  }
}
