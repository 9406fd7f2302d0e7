/**
 * Selectors for rivalry that news states without pairing names by particle or preposition:
 *  - `contest`: the participants of a contest set up as a list ("A·B·C 등 국내 기업들이 대거 참여하며
 *    치열한 경쟁이 예고됐다"), or as a group the sentence refers back (or on) to ("이들 팀은 … 경쟁한다",
 *    "정예팀 5곳 … 경쟁의 막이 올랐다" with the five listed nearby). Project decision (issue 10): every
 *    pair of listed participants that compete is a COMPETES_WITH; the engine pairs the list within itself.
 *  - `thisModel`: "이 모델은", "the model", "the new model's performance": the subject of a comparison is
 *    the model the text named just before, so "이 모델은 GPT-4o를 앞섰다" compares that model, not its maker.
 * The structure licenses the reading (list or group as subject, nothing named between it and the
 * rivalry noun, no partner or opponent phrase), never the names.
 */
import { sentenceAt } from '../doc.js';
import { compared } from '../entities/coref.js';
import type { Arg } from './args.js';
import { carriedSubject } from './clause.js';
import type { Selector } from './frames/schema.js';
import { listBefore, listOf, NUMBER_KO } from './groups.js';
import { members } from './lists.js';
import type { SlotCtx } from './slots.js';
import { oneOf } from './slots-one-of.js';

const COUNT = `(?:\\d{1,2}|${Object.keys(NUMBER_KO).join('|')})`;
/** After a list's last member: 등, a count, a kind noun (up to three words before it), then a subject particle. */
const PARTICIPANTS_KO = new RegExp(
  `^['’"”]?\\s*(?:등\\s*)?(?:${COUNT}\\s?(?:개\\s?)?(?:곳|개사|사|팀)\\s*)?(?:(?:[가-힣A-Za-z]+\\s){0,3}?(?:기업|업체|회사|팀|컨소시엄|사업자|스타트업|빅테크|개발사|제조사|국가|모델)들?\\s?)?(?:이|가|은|는|도)\\s`,
);
/** A group the contest sentence names instead of its members: "이들", "이들 팀", "5곳", "세 곳", "3개 팀". */
const GROUP_KO = new RegExp(
  `(?:^|[\\s'"‘“(])(?:(이들)(?:\\s?(?:팀|기업|업체|회사|컨소시엄)들?)?|(${COUNT})\\s?(?:개\\s?)?(?:곳|개사|팀|개\\s?기업|개\\s?업체|개\\s?컨소시엄))(?=[\\s은는이가의도]|$)`,
  'g',
);
/**
 * Between the participants and the rivalry noun: an opponent or a partner makes the list one side
 * ("해외 업체와의 경쟁", "함께", "손잡고"), and a relative clause on a new subject takes the contest
 * from the list ("A·B가 투자한 회사가 경쟁에서").
 */
const ONE_SIDE =
  /(?:와의|과의)\s|(?:업체|기업|회사|국가|빅테크|업체들|기업들|모델)(?:와|과)\s|맞서|대항|상대로|겨냥|함께|공동|손잡|손을 잡|연합|협력|제휴|동맹/;
const RELATIVE_HEAD =
  /[가-힣](?:한|된|인|던|할|될|하는|되는)\s+(?:[가-힣A-Za-z]+\s){0,2}?[가-힣A-Za-z]+(?:이|가|은|는)\s/;
const MAX_GAP = 80;

const kind = (a: Arg) => (a.hit.type === 'Organization' ? 'Company' : a.hit.type === 'Product' ? 'Model' : a.hit.type);
const asList = (l: Arg[], at: number): Arg[] =>
  l.map((a) => ({ ...a, role: 'none' as const, tail: Math.min(a.tail, at) }));

/** Nothing named between `from` and the predicate (other than `own`), no opponent, partner or new subject. */
function openUpTo(c: SlotCtx, from: number, own: Arg[]): boolean {
  const { doc, s, t } = c;
  const between = doc.text.slice(from, t.start);
  if (between.length > MAX_GAP || ONE_SIDE.test(between) || RELATIVE_HEAD.test(between)) return false;
  return !s.args.some((a) => !own.includes(a) && a.hit.start >= from && a.hit.start < t.start);
}

/** "A·B·C 등 국내 기업들이 … 경쟁": a list of one kind, the subject of the clauses up to the rivalry noun. */
function listed(c: SlotCtx): Arg[] | undefined {
  const { doc, s, t } = c;
  for (let k = s.lists.length - 1; k >= 0; k--) {
    const l = members(s, s.lists[k]);
    const last = l[l.length - 1];
    if (!last || last.hit.end > t.start) continue;
    if (l.length < 2 || new Set(l.map(kind)).size > 1) return undefined;
    // (the whole gap is checked: the kind noun may itself head a relative clause, "A·B가 투자한 스타트업들이")
    return PARTICIPANTS_KO.test(doc.text.slice(last.hit.end, t.start)) && openUpTo(c, last.hit.end, l)
      ? asList(l, t.start)
      : undefined;
  }
  return undefined;
}

/** "이들 팀은 … 경쟁한다", "정예팀 5곳 … 경쟁": the list the group stands for, in the sentences around. */
function grouped(c: SlotCtx): Arg[] | undefined {
  const { doc, s, t, index } = c;
  const text = doc.text.slice(s.start, t.start);
  let found: RegExpExecArray | undefined;
  GROUP_KO.lastIndex = 0;
  for (let m = GROUP_KO.exec(text); m; m = GROUP_KO.exec(text)) found = m;
  if (!found) return undefined;
  const end = s.start + found.index + found[0].length;
  if (!openUpTo(c, end, [])) return undefined;
  const word = found[2];
  if (!word) return listBefore(doc, index);
  const n = NUMBER_KO[word] ?? Number(word);
  if (n < 2) return undefined;
  return listOf(doc, index + 1, n) ?? listBefore(doc, index, n);
}

export function contest(c: SlotCtx): Arg[][] {
  if (c.doc.lang !== 'ko') return [];
  const l = listed(c) ?? grouped(c);
  return l && l.length >= 2 ? [asList(l, c.t.start)] : [];
}

/** The model a description stands for: "이 모델은", "해당 모델이", "the model", "the new model’s performance". */
const THIS_MODEL_KO =
  /(?:^|\s)(?:이|해당|이번|새|신규)\s?(?:AI\s?)?(?:모델|언어모델|LLM)(?:은|이|는|도)\s(?:[^\s]+\s){0,24}?$/;
const THIS_MODEL_EN =
  /(?:^|[\s,;])(?:the|this|its)\s+(?:new\s+|latest\s+|updated\s+)?(?:model|llm)(?:'s|’s)?(?:\s+(?:performance|score|scores|results?))?\s+(?:(?:also|now|reportedly|even|already)\s+)?$/i;
/** "It beat …", "It is in direct competition with …", "This places it in competition with …". */
const IT_MODEL =
  /^\s*(?:It\s+(?:(?:also|now|reportedly|even|already)\s+)?(?:(?:is|was)\s+(?:now\s+)?(?:in\s+)?(?:direct\s+|head-to-head\s+)?)?|(?:This|That)\s+(?:places|puts|put|placed|sets)\s+it\s+(?:squarely\s+)?in\s+(?:direct\s+|head-to-head\s+)?)$/;
/** How many sentences back the model may have been named. */
const BACK = 2;

export function thisModel(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  // a Korean topic governs every clause of its sentence; an English subject only its own
  const upTo = doc.text.slice(Math.max(doc.lang === 'ko' ? s.start : c.clause.start, t.start - 160), t.start);
  const re = doc.lang === 'ko' ? THIS_MODEL_KO : THIS_MODEL_EN;
  const m = re.exec(upTo);
  // "It beat OpenAI's o3": a sentence-opening "it" is the model only when a model is the last name before it
  const it = doc.lang === 'en' && !m ? IT_MODEL.exec(doc.text.slice(s.start, t.start)) : null;
  if (it) {
    const last = doc.hits.filter((h) => h.end <= s.start && sentenceAt(doc, h.start) >= c.index - 1).at(-1);
    return last?.type === 'Model' ? [[{ hit: last, tail: last.end, role: 'subj', quote: -1 }]] : [];
  }
  if (!m) return doc.lang === 'en' ? positioned(c) : [];
  const at = t.start - upTo.length + m.index;
  // a name between the description and the predicate that is itself a subject takes the role
  if (s.args.some((a) => a.hit.start >= at && a.hit.start < t.start && a.role === 'subj')) return [];
  const first = Math.max(0, c.index - BACK);
  for (let k = doc.hits.length - 1; k >= 0; k--) {
    const h = doc.hits[k];
    if (!h || h.start >= Math.min(at, s.start)) continue;
    if (sentenceAt(doc, h.start) < first) break;
    if (h.type !== 'Model') continue;
    // as in coref: the nearest model decides, and one named only as what is beaten ("GPT-4o를
    // 능가하는 새 모델을 공개했다. 이 모델은") means the description is of a model left unnamed
    if (compared(doc, h)) return [];
    return [[{ hit: h, tail: h.end, role: 'subj', quote: -1 }]];
  }
  return [];
}

/** "…, positioning it as a rival to X", "…, built for Korea and positioned as an alternative to X". */
const POSITIONED_EN =
  /(?:\b(?:positioning|making|pitching|billing|casting)\s+it|(?:,|\band)\s+(?:positioned|billed|pitched|marketed|touted))\s+as\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}$/;

/** The model or product of the sentence a participle positions as the rival: the last one named before it. */
function positioned(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  const p = POSITIONED_EN.exec(doc.text.slice(s.start, t.start));
  if (!p) return [];
  const at = s.start + p.index;
  const last = s.args.filter((a) => a.hit.end <= at).at(-1);
  return last && (last.hit.type === 'Model' || last.hit.type === 'Product') ? [[last]] : [];
}

/**
 * `thanKind`: the standard of a comparison written as a maker's product kind, "엔비디아의 최신 GPU보다",
 * "오픈AI의 모델보다", "인텔 칩 대비": the maker is the rival (the kind names no model of its own).
 */
const KIND_THAN =
  /^(?:의)?\s(?:[가-힣A-Za-z0-9-]+\s){0,2}?(?:모델|AI\s?모델|언어모델|칩|GPU|NPU|CPU|제품|반도체|서비스|챗봇|LLM|가속기)(?:들)?(?:보다(?:는|도)?|\s?대비|에\s?비해(?:서)?)[\s,]/;

export function thanKind(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  if (doc.lang !== 'ko') return [];
  for (let k = s.lists.length - 1; k >= 0; k--) {
    const l = members(s, s.lists[k]);
    const last = l[l.length - 1];
    if (!last || last.hit.end > t.start) continue;
    const kind = KIND_THAN.exec(doc.text.slice(last.hit.end, t.start));
    if (kind && l.every((a) => a.hit.type === 'Company' || a.hit.type === 'Organization')) return [l];
  }
  return [];
}

/**
 * `quoted`: a headline quotes its subject's aim and names the subject right after the quote,
 * "‘엔비디아 잡겠다’ 리벨리온, …": the aim is inside the quote (the name before the predicate), the
 * actor the first name after the closing quote, before any comma or further word.
 */
const CLOSE_QUOTE = /^[’'"”]?\s*/;
export function quotedAim(c: SlotCtx, side: 'actor' | 'aim'): Arg[][] {
  const { doc, s, t } = c;
  if (side === 'aim') {
    const l = s.lists.find((x) => {
      const m = members(s, x);
      const last = m[m.length - 1];
      return last && last.hit.end <= t.start && /^[\s·,]*$/.test(doc.text.slice(last.hit.end, t.start));
    });
    const open = l ? doc.text.slice(s.start, s.args[l[0] ?? 0]?.hit.start) : '';
    return l && /[‘“'"]\s*$/.test(open) ? [members(s, l)] : [];
  }
  const close = CLOSE_QUOTE.exec(doc.text.slice(c.predEnd, s.end));
  if (!close) return [];
  const at = c.predEnd + close[0].length;
  const l = s.lists.find((x) => s.args[x[0] ?? 0]?.hit.start === at);
  // a headline's comma closes its topic: "‘X 잡는다’ 구글, 일본 스타트업과 …" is 구글's alone
  const out: Arg[] = [];
  for (const a of members(s, l)) {
    const prev = out[out.length - 1];
    if (prev && /,/.test(doc.text.slice(prev.hit.end, a.hit.start))) break;
    out.push(a);
  }
  return out.length ? [out] : [];
}

/**
 * `rivalOwner`: whose rivals a list is when the text names them as rivals without a possessor on the
 * rival noun: "A·B 등 경쟁사들이 …", "A 등 경쟁업체의 신고로 X가", "X의 기술이 경쟁기업인 A로 대체": the
 * rivals stand before the noun (등, 같은) or in apposition after it (인), and their owner is the nearest
 * subject, topic or possessor shortly before them (with its coordinated members), else, for rivals
 * before the noun, the first subject after them. A name glued to the noun ("오픈AI 경쟁사인 X") is left
 * to `gen` and `bare`.
 */
const RIVALS_BEFORE = /^['’"”]?(?:\([^()]{0,30}\))?\s*(?:등|같은|과 같은|와 같은)\s(?:[가-힣A-Za-z]{1,6}\s+){0,2}$/;
const RIVALS_AFTER = /^(?:사|자|기업|업체)?(?:들)?(?:인|이자)\s+(?:[가-힣A-Za-z]+\s+){0,3}$/;
const OWNER_KINDS = new Set(['Company', 'Organization', 'Model', 'Product']);
/** how far before the rivals their owner may stand (farther, the sentence before is read: `carried`) */
const NEAR = 60;

export function rivalOwner(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  if (doc.lang !== 'ko') return [];
  let rivals: Arg[] = [];
  let from = t.start;
  let to = c.predEnd;
  let before = false;
  for (const x of s.lists) {
    const l = members(s, x);
    const first = l[0];
    const last = l[l.length - 1];
    if (!first || !last) continue;
    if (last.hit.end <= t.start && RIVALS_BEFORE.test(doc.text.slice(last.hit.end, t.start))) {
      rivals = l;
      from = first.hit.start;
      before = true;
    } else if (
      first.hit.start >= c.predEnd &&
      // ("경쟁기업인 한국의 삼성전자": a country before the rival only says where it is)
      l.some((a) => a.hit.type !== 'Country') &&
      RIVALS_AFTER.test(doc.text.slice(c.predEnd, first.hit.start))
    ) {
      rivals = l;
      to = last.hit.end;
      break;
    }
  }
  if (!rivals.length) return [];
  // ("오픈AI 경쟁사인 X", "오픈AI의 경쟁사인 X": a name glued to the noun owns it, gen and bare read it)
  const glued = s.args.some(
    (a) => a.hit.end <= t.start && /^(?:의|['"’”]|\)의?)?\s?$/.test(doc.text.slice(a.hit.end, t.start)),
  );
  if (glued && !before) return [];
  const ids = new Set(rivals.map((a) => a.hit.id));
  const owner = (a: Arg) => OWNER_KINDS.has(a.hit.type) && !ids.has(a.hit.id) && !a.describes;
  const near = s.args
    .filter((a) => a.hit.end <= from && from - a.hit.end <= NEAR && owner(a) && (a.role === 'subj' || a.role === 'gen'))
    .at(-1);
  // the owner with the members coordinated with it ("A와 B가 … 가운데 또 다른 경쟁사인 X")
  // a group word stands for several names at one span ("양사의", "두 회사는"): each is an owner
  if (near) {
    const at = s.args.filter((a) => a.hit.start === near.hit.start && owner(a));
    const own = s.lists.filter((x) => x.some((i) => at.includes(s.args[i] as Arg))).flatMap((x) => members(s, x));
    const seen = new Set<string>();
    return [[...at, ...own].filter((a) => owner(a) && !seen.has(a.hit.id) && seen.add(a.hit.id))];
  }
  // the subject after the rival noun ("A 등 경쟁업체의 신고로 X가") only when the rivals come before it
  const after = before ? s.args.find((a) => a.hit.start >= to && owner(a) && a.role === 'subj') : undefined;
  return after ? [[after]] : [];
}

/** "The Intel rival has hit …": a sentence opening with a rival noun a rival's name modifies. */
const NAMED_RIVAL_EN = /^\s*The\s+$/;
const RIVAL_VERB_EN =
  /^\s+(?:(?:has|had|have|also|now|then|later|recently|reportedly|already|is|was|will|would)\s+){0,2}(?:said|says|is|was|has|had|will|would|[a-z]+ed|[a-z]{2,}s)\b/;

/**
 * `namedRival` / `describedRival`: "AMD unveiled a chip. The Intel rival has hit …" — the
 * description names the rival (Intel) and stands for the subject named before (AMD), as the
 * subject of its own clause; with any other name in the clause, or no such subject, neither.
 */
function describedPair(c: SlotCtx): [Arg, Arg] | undefined {
  const { doc, s, t } = c;
  if (doc.lang !== 'en' || !RIVAL_VERB_EN.test(doc.text.slice(c.predEnd, c.predEnd + 30))) return undefined;
  const named = s.args.filter((a) => a.hit.end <= t.start);
  const x = named[0];
  if (named.length !== 1 || !x || x.hit.type !== 'Company') return undefined;
  if (!NAMED_RIVAL_EN.test(doc.text.slice(s.start, x.hit.start)) || !/^\s+$/.test(doc.text.slice(x.hit.end, t.start)))
    return undefined;
  const before = carriedSubject(doc, c.index);
  return before && before.hit.type === 'Company' && before.hit.id !== x.hit.id ? [x, before] : undefined;
}

/** This module's selectors by name (slots.ts dispatches here first); undefined for any other. */
export function rivalSelector(c: SlotCtx, sel: Selector): Arg[][] | undefined {
  if (sel === 'contest') return contest(c);
  if (sel === 'thisModel') return thisModel(c);
  if (sel === 'thanKind') return thanKind(c);
  if (sel === 'quoteActor') return quotedAim(c, 'actor');
  if (sel === 'quoteAim') return quotedAim(c, 'aim');
  if (sel === 'rivalOwner') return rivalOwner(c);
  if (sel === 'oneOf') return oneOf(c);
  if (sel === 'namedRival' || sel === 'describedRival') {
    const pair = describedPair(c);
    return pair ? [[pair[sel === 'namedRival' ? 0 : 1]]] : [];
  }
  return undefined;
}
