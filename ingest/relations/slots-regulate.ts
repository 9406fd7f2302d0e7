/**
 * Regulation selectors for what a probe is about when it is a DEAL rather than a company: a
 * regulator that looks into a partnership, an investment or a tie-up acts on every party of it
 * ("an inquiry into Amazon's partnership with AI startup Anthropic", "probes into deals between
 * A and B", "A와 B의 파트너십에 대해 조사", "A가 B와 협력하는 과정에 대한 조사"). The phrase is read
 * by its structure: the predicate's preposition (into / of) or the Korean "…에 대한/대해" phrase,
 * a deal noun heading it, and the names inside that phrase up to where the next clause begins.
 * A name that only describes the next one ("Google parent Alphabet", "구글 모회사 알파벳") is no party.
 * Licences: `opener`, the list that opens the sentence (who needs the licence: "Nvidia and AMD
 * agreed to pay … to secure export licences"), and `stateIn`, a state or agency named in the
 * sentence up to the predicate's phrase (who grants it: "… pay the US government …", "미 당국의 허가");
 * `dest`, where the export that needs it goes ("중국에 수출하려면 … 허가를 받아야"), or where goods a
 * measure keeps back would flow ("러시아로 반입되는 것을 막는 조치").
 * `exportOf`, the same for what a permit lets be exported or sold ("엔비디아의 H200 칩 중국 수출을 허용").
 * `useOf`, the maker of what a ban or a stop order forbids to use or buy ("화웨이의 인공지능(AI) 칩
 * 사용 금지", "엔비디아 칩을 데이터센터에서 사용하는 것을 금지", "to suspend purchases of Nvidia's GPUs").
 * `regulator`, the article's last regulator, unless the sentence names a government or agency of its
 * own before the predicate. `authority`, the article's regulator for a clause whose actor is an unnamed agency ("규제 당국이",
 * "the regulator"), `genFar`, a regulating state's genitive a few modifiers before the measure
 * ("미국의 강력한 반도체 수출 규제"). A state in the genitive right before the measure owns it and is
 * no target of it: the frame engine settles that for every regulation frame (engine.ts).
 */
import { type Doc, sentenceAt, tokensIn } from '../doc.js';
import type { Arg, SentenceArgs } from './args.js';
import { listRole } from './args.js';
import { clauseAt, clauseBreaks, listsIn, regulatorBefore } from './clause.js';
import { members } from './lists.js';
import type { SlotCtx } from './slots.js';
import { beforeInClause, lastEnd } from './slots-common.js';
import { affected } from './slots-regulate-head.js';

/** A noun naming a deal between firms. */
const DEAL_EN =
  /\b(?:deals?|partnerships?|tie-ups?|investments?|arrangements?|relationships?|stakes?|agreements?|alliances?|acquisitions?|mergers?|collaborations?|ties)\b/;
/**
 * The predicate's phrase opens with its preposition ("inquiry into", "scrutiny of"), maybe after
 * its agent and a passive ("probes by the CMA were launched into").
 */
const OPENS_EN =
  /^\s+(?:by\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){1,4})?(?:(?:were|was|has been|have been|had been|is|are|being)\s+)?(?:[a-z]+ly\s+)?(?:(?:launched|opened|initiated|announced|started|begun)\s+)?(?:into|of)\s+/;
/** "looking into", "scrutinising", "probed": the phrase follows the predicate with no preposition. */
const OWN_PREP = /\s(?:into|of)$|[a-z](?:ing|ed)$/;
/** Where the phrase ends: a finite verb, a relative clause, a reporting clause, a clause adjunct. */
const CLOSES_EN =
  /[;:.!?]|,\s+(?:which|who|that|while|and\s+(?:the|it|its|has|said|is|was)|said|according|as(?!\s+well\s+as)|after|amid|in a\b)|,?\s+and\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){1,3}(?:has\s+|have\s+|had\s+|also\s+)?[a-z]+(?:ed|s)\s+(?:a|an|the|its|their|to)\s|\s(?:comes|came|said|says|is|was|are|were|has|have|had|will|would|could|may|might|amid|after|because|follows|followed)\s/;
/** "Google parent Alphabet", "구글 모회사 알파벳": the first name only says whose the next one is. */
const DESCRIBES = /^\s*(?:parent|owner|unit|subsidiary|affiliate|모회사|자회사|계열사)\s+$/;

/** Korean: the deal noun heading the phrase before "에 대한/대해": "파트너십에 대해", "협력하는 과정에 대한". */
const DEAL_KO =
  /(?:파트너십|협력|제휴|투자|인수|합병|거래|계약|협업|동맹|지분)[가-힣]{0,4}\s?(?:[가-힣]{1,3}\s)?(?:과정|건|관계|방식)?에\s*대(?:한|해서|해)(?:도|는)?\s/g;

/** The lists whose names lie in [from, to), less a name that describes the next one. */
function partiesIn(s: SentenceArgs, from: number, to: number): Arg[][] {
  const lists = s.lists.filter((l) => (s.args[l[0] ?? -1]?.hit.start ?? -1) >= from && lastEnd(s, l) <= to);
  const out: Arg[][] = [];
  for (const [k, l] of lists.entries()) {
    const next = lists[k + 1];
    const nextStart = next ? (s.args[next[0] ?? -1]?.hit.start ?? to) : to;
    if (next && DESCRIBES.test(s.text.slice(lastEnd(s, l), nextStart))) continue;
    const m = members(s, l).filter((a) => a.hit.type !== 'Person');
    if (m.length) out.push(m);
  }
  return out;
}

function english(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  const rest = doc.text.slice(t.end, s.end);
  const open = OWN_PREP.test(t.word) ? /^\s+/.exec(rest) : OPENS_EN.exec(rest);
  if (!open) return [];
  const from = t.end + open[0].length;
  const tail = doc.text.slice(from, Math.min(s.end, from + 220));
  const close = CLOSES_EN.exec(tail);
  const phrase = close ? tail.slice(0, close.index) : tail;
  if (!DEAL_EN.test(phrase)) return [];
  return partiesIn(s, from, from + phrase.length);
}

/**
 * Korean: the deal as the subject of the clause the probe weighs ("A와 B 간 파트너십이 합병에
 * 해당하는지 조사", "A의 B 투자가 경쟁을 해치는지 들여다보", "… 소지가 있다며 조사").
 */
const DEAL_SUBJ_KO = /(?:파트너십|협력|제휴|투자|인수|합병|거래|계약|협업|동맹)(?:이|가)\s/g;
const WEIGHED_KO = /[가-힣](?:는지|은지|인지|ㄴ지)(?:를|를요|,)?\s|있다며\s|없는지\s|(?:라며|다며)\s/;

function weighedDeal(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  const base = Math.max(s.start, t.start - 120);
  const lead = doc.text.slice(base, t.start);
  let last: RegExpExecArray | undefined;
  DEAL_SUBJ_KO.lastIndex = 0;
  for (let m = DEAL_SUBJ_KO.exec(lead); m; m = DEAL_SUBJ_KO.exec(lead)) last = m;
  if (!last) return [];
  const at = base + last.index;
  // the deal's clause is the probe's object: it ends in "…지(를)" or "…다며" before the predicate
  if (!WEIGHED_KO.test(doc.text.slice(at, t.start))) return [];
  const clause = clauseAt(clauseBreaks(doc, s), s, at);
  const parties = partiesIn(s, clause.start, at);
  const lastName = parties[parties.length - 1];
  const lastArg = lastName?.[lastName.length - 1];
  if (!lastArg || at - lastArg.hit.end > 20) return [];
  // the parties are firms: a state inside the clause only says where one is ("A의 영국 기업 B 인수가")
  return parties.map((l) => l.filter((a) => a.hit.type !== 'Country')).filter((l) => l.length > 0);
}

function korean(c: SlotCtx): Arg[][] {
  const about = aboutDeal(c);
  return about.length ? about : weighedDeal(c);
}

function aboutDeal(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  // the nearest "…에 대한/대해" before the predicate, at most a short clause away
  const lead = doc.text.slice(Math.max(s.start, t.start - 120), t.start);
  const base = Math.max(s.start, t.start - 120);
  let last: RegExpExecArray | undefined;
  DEAL_KO.lastIndex = 0;
  for (let m = DEAL_KO.exec(lead); m; m = DEAL_KO.exec(lead)) last = m;
  if (!last) return [];
  const at = base + last.index;
  const end = at + last[0].length;
  // no other predicate between the phrase and this one: "…에 대해 [X가] [이를 …로 보고] 조사"
  if (t.start - end > 60) return [];
  const clause = clauseAt(clauseBreaks(doc, s), s, at);
  // the phrase's names: after the clause start, before the deal noun; the names that follow the
  // phrase (the regulator itself) are left to the source slot
  const parties = partiesIn(s, clause.start, at);
  // the deal noun must head the phrase that holds the last name ("A와 B의 파트너십에 대해")
  const lastName = parties[parties.length - 1];
  const lastArg = lastName?.[lastName.length - 1];
  if (!lastArg || at - lastArg.hit.end > 40) return [];
  return parties;
}

/**
 * The firms the article's last regulation sentence acted on, for a probe that refers back to them:
 * "the partnership", "해당 거래", "이번 인수", or a "similar investigation" with no phrase of its own.
 */
const REGULATED = new WeakMap<Doc, { index: number; targets: Arg[] }>();
export function noteRegulated(doc: Doc, index: number, targets: Arg[]): void {
  const firms = targets.filter((a) => a.hit.type === 'Company');
  if (!firms.length) return;
  // every target list of the sentence adds to what it regulated
  const prev = REGULATED.get(doc);
  const kept = prev?.index === index ? prev.targets.filter((a) => !firms.some((b) => b.hit.id === a.hit.id)) : [];
  REGULATED.set(doc, { index, targets: [...kept, ...firms.map((a) => ({ ...a, quote: -1 }))] });
}
/** "the partnership", "the deal", "해당 거래", "이번 인수": a deal the article named before. */
const DEAL_BACK_EN =
  /^\s+(?:into\s+|of\s+)?the\s+(?:(?:planned|proposed|two\s+companies'|companies'|firms')\s+)?(?:deal|partnership|tie-up|investment|arrangement|collaboration|acquisition|merger|alliance)\b(?!\s+(?:with|between|of|in|by)\b)/;
const DEAL_BACK_KO =
  /(?:해당|이번|이|양사의?|두\s회사의?)\s(?:[가-힣]{1,4}\s)?(?:거래|인수|합병|파트너십|협력|제휴|투자|계약)(?:에\s*대한|에\s*대해|로|가|이|를|을)?\s[^.]{0,40}$/;
const DEAL_NOUN = new RegExp(`${DEAL_EN.source}|파트너십|협력|제휴|투자|인수|합병|거래|계약`);
const SIMILAR = /(?:similar|parallel|its own|유사한|비슷한|같은)\s+(?:[a-z]+\s+)?$/;

function referredBack(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  const r = REGULATED.get(doc);
  if (!r || r.index >= c.index || c.index - r.index > 3) return [];
  // the sentence names no firm of its own before its end
  if (s.args.some((a) => a.hit.type === 'Company')) return [];
  const before = doc.text.slice(Math.max(s.start, t.start - 30), t.start);
  if (SIMILAR.test(before)) return [r.targets];
  // "the partnership" refers back only to a sentence that named a deal
  const then = doc.sentences[r.index];
  const dealThen = then !== undefined && DEAL_NOUN.test(doc.text.slice(then.start, then.end));
  const back =
    doc.lang === 'en'
      ? DEAL_BACK_EN.test(doc.text.slice(t.end, s.end))
      : DEAL_BACK_KO.test(doc.text.slice(Math.max(s.start, t.start - 60), t.start));
  return back && dealThen ? [r.targets] : [];
}

/** `deal`: the parties of the deal the predicate's phrase is about, or of the one it refers back to. */
export function dealParties(c: SlotCtx): Arg[][] {
  const found = c.doc.lang === 'en' ? english(c) : korean(c);
  return found.length ? found : referredBack(c);
}

/** `opener`: the list the sentence opens with (nothing but a date or a bracket before it). */
export function opener(c: SlotCtx): Arg[][] {
  const { doc, s } = c;
  const first = s.lists[0];
  const a = first && s.args[first[0] ?? -1];
  if (!first || !a || a.hit.start >= c.t.start) return [];
  return /^[\s"'“‘([]*$/.test(doc.text.slice(s.start, a.hit.start)) ? [members(s, first)] : [];
}

/** A state named as the government that acts, not as an adjective ("their China revenue"). */
const GOVERNMENT =
  /^(?:'s|’s)?\s+(?:federal\s+)?(?:government|administration|authorities|regulators?|officials|commerce|department|ministry)\b|^\s*(?:당국|정부|행정부|상무부)|^\s*의\s/;
const ADJECTIVAL = /^\s+[a-z]/;
const LEADERS_GOVERNMENT = /^(?:'s|’s)?\s*(?:administration|government|행정부|정부)/;

/**
 * `stateIn`: the state or agency named in the sentence before the predicate's end that acts as a
 * government ("the US government", "미 당국의"), else the nearest one not used as an adjective.
 */
export function stateIn(c: SlotCtx): Arg[][] {
  const { doc, s } = c;
  let plain: Arg | undefined;
  // where the export goes ("러시아로의 수출에는") is no one who grants the licence
  const dest = new Set(destination(c).flatMap((l) => l.map((a) => a.hit.start)));
  for (let i = s.args.length - 1; i >= 0; i--) {
    const a = s.args[i];
    if (!a || a.hit.start >= c.predEnd || dest.has(a.hit.start)) continue;
    const next = doc.text.slice(a.hit.end, a.hit.end + 24);
    // "the Obama administration", "트럼프 행정부": a leader's government acts for the state
    if (a.hit.type === 'Person' && LEADERS_GOVERNMENT.test(next)) return [[a]];
    if (a.hit.type !== 'Country' && a.hit.type !== 'Organization') continue;
    if (GOVERNMENT.test(next) || a.hit.type === 'Organization') return [[a]];
    if (!plain && !(doc.lang === 'en' && ADJECTIVAL.test(next))) plain = a;
  }
  return plain ? [[plain]] : [];
}

/**
 * `regulator`: the article's current regulator — unless this sentence names, before the predicate,
 * a government or an agency that acts ("한국 정부가 … 시행하면서 A와 B가 규제 대상에 올랐다"), which
 * stands for itself: the regulator of an earlier paragraph is another story's.
 */
function regulator(c: SlotCtx): Arg[][] {
  const { doc, s } = c;
  for (let i = s.args.length - 1; i >= 0; i--) {
    const a = s.args[i];
    if (!a || a.hit.start >= c.predEnd) continue;
    // a genitive ("중국의 기업 25곳을") says whose the targets are: only a government noun or an agency acts
    if (
      a.hit.type === 'Organization' ||
      (a.hit.type === 'Country' && GOVERNMENT_NOUN.test(doc.text.slice(a.hit.end, a.hit.end + 24)))
    )
      return [[a]];
  }
  const a = regulatorBefore(doc, c.index) ?? enactor(c);
  return a ? [[a]] : [];
}

/** A measure put in force or tightened: "EU가 AI 법을 시행하면서", "미국은 … 규제도 강화했다", "the EU's AI Act". */
const ENACTS_KO =
  /(?:법|법안|규제|규정|제재|통제|조치|행정명령|시행령)[^.,]{0,30}?(?:시행|강화|도입|제정|통과|발효|발표|내놓|부과|포함시)/;
const ENACTS_EN =
  /\b(?:enact|adopt|pass|impos|introduc|tighten|unveil|issu|implement)\w*\s+(?:[\w-]+\s+){0,4}?(?:rules?|regulations?|law|controls|restrictions|curbs)\b|\bAI Act\b/;

/**
 * The state that puts a measure in force, up to four sentences back, when no regulation frame named
 * a regulator ("EU가 AI 법을 시행했다. … A, B 등 주요 AI 기업들이 대상이다"): the one state its sentence
 * names that does not just say where a firm is from ("중국 기업 25곳").
 */
function enactor(c: SlotCtx): Arg | undefined {
  const { doc } = c;
  const enacts = doc.lang === 'ko' ? ENACTS_KO : ENACTS_EN;
  for (let i = c.index; i >= Math.max(0, c.index - 4); i--) {
    const sen = doc.sentences[i];
    if (!sen) continue;
    const end = i === c.index ? c.t.start : sen.end;
    if (!enacts.test(doc.text.slice(sen.start, end))) continue;
    const named = doc.hits.filter((h) => h.start >= sen.start && h.end <= end && !describesFirm(doc, h));
    // a state, else a body with no state of its own ("유럽연합(EU)이")
    const countries = named.filter((h) => h.type === 'Country');
    const states = countries.length ? countries : named.filter((h) => h.type === 'Organization');
    const ids = new Set(states.map((h) => h.id));
    const h = states[0];
    return h && ids.size === 1 ? { hit: h, tail: h.end, role: 'subj', quote: -1 } : undefined;
  }
  return undefined;
}

/** A country that only describes a firm ("중국 딥시크", "중국 AI 기업", "Chinese firm X"). */
function describesFirm(doc: SlotCtx['doc'], x: { end: number }): boolean {
  return (
    DESCRIBES_FIRM_KO.test(doc.text.slice(x.end, x.end + 16)) ||
    /^\s+(?:[a-z-]+\s+){0,2}(?:firms?|companies|company|startups?|makers?|giants?|groups?)\b/.test(
      doc.text.slice(x.end, x.end + 40),
    ) ||
    doc.hits.some((y) => y.type === 'Company' && y.start >= x.end && y.start - x.end <= 2)
  );
}
const GOVERNMENT_NOUN =
  /^(?:'s|’s)?\s+(?:federal\s+)?(?:government|administration|authorities|regulators?|officials)\b|^\s*(?:의\s+)?(?:[가-힣]{1,4}\s+){0,2}?(?:당국|정부|행정부|규제기관|경쟁당국)/;

/** "중국에 (장비를) 수출하려면": a dative the export verb goes to, earlier in the sentence. */
const EXPORT_VERB_KO = /^[^,.]{0,30}?(?:수출|판매|공급|반입|출하)/;

/** "이란으로 반입되는 것을", "러시아로의 수출이": a state the goods flow into, then the flow verb. */
const FLOW_INTO_KO = /^(?:으로|로)(?:의)?\s[^,.]{0,24}?(?:유입|흘러|들어가|반입|배송|수출|반출|유출|넘어가|이동)/;

/**
 * `dest`: where an export needing the licence goes (a dative before the export verb),
 * or where the goods a measure keeps back would flow ("메모리가 이란으로 반입되는 것을 막는 규정").
 */
export function destination(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  const out: Arg[][] = [];
  for (const a of s.args) {
    if (a.tail > t.start) continue;
    if (a.role === 'dat' && EXPORT_VERB_KO.test(doc.text.slice(a.tail, t.start))) out.push([a]);
    else if (a.hit.type === 'Country' && FLOW_INTO_KO.test(doc.text.slice(a.hit.end, t.start))) out.push([a]);
  }
  return out;
}

/** A use or purchase noun (or verb) right before the ban's predicate: "사용 금지", "구매를 중단", "사용하는 것을 금지". */
const USE_KO =
  /(?:사용|구매|구입|주문|도입|이용|설치|테스트|탑재|접속|다운로드)(?:과|와)?\s*(?:(?:구매|구입|테스트|사용|주문)\s*)?(?:하는\s*것을|하는\s*것|하지\s*말\s*것을|을|를|에\s*대한|에\s*대해|에|이|가)?\s*(?:(?:전면|신규|즉시|일절|잠정|당분간)\s*)?$/;
/** Between the maker and the use noun: its product's noun phrase, maybe its object and a place, no clause. */
const USE_GAP_CLOSED = new Set(['JKS', 'EC', 'EF', 'SF', 'ETM', 'JKC']);
const USE_EN =
  /\b(?:use|usage|uses|purchases?|purchasing|buying|using|testing|orders?|ordering|deployment|deploying|installation|installing|downloads?|downloading)\s+(?:(?:and|or)\s+[a-z]+\s+)?(?:of\s+)?(?:(?:the|any|its|all|new)\s+)?$/;

/** An export or sale noun right before a permit's predicate: "H200 칩 중국 수출을 허용", "판매하는 것을 승인". */
const EXPORT_KO =
  /(?:수출|판매|공급|출하|선적|납품)(?:하는\s*것을|하는\s*것|을|를|에\s*대한|에\s*대해|이|가)?\s*(?:(?:다시|재개를?|일부|조건부로?|전격|최종)\s*)?$/;
const EXPORT_EN =
  /\b(?:exports?|exporting|sales?|selling|shipments?|shipping|supply|supplying)\s+(?:(?:and|or)\s+[a-z]+\s+)?(?:of\s+)?(?:(?:the|any|its|all|new|some)\s+)?$/;

/** What the measure is about (a use, or an export), by language; whether a place may stand between it and its maker. */
type Goods = { ko: RegExp; en: RegExp; pastPlace: boolean };
const USE: Goods = { ko: USE_KO, en: USE_EN, pastPlace: false };
const EXPORT: Goods = { ko: EXPORT_KO, en: EXPORT_EN, pastPlace: true };

function makerKorean(c: SlotCtx, goods: Goods): Arg[][] {
  const { doc, s, t } = c;
  const lead = doc.text.slice(c.clause.start, t.start);
  const m = goods.ko.exec(lead);
  if (!m) return [];
  const useAt = c.clause.start + m.index;
  // a destination between the maker and the export ("엔비디아의 H200 칩 중국 수출") is no maker
  const l = beforeInClause(c).find(
    (x) => lastEnd(s, x) <= useAt && (!goods.pastPlace || x.some((i) => s.args[i]?.hit.type !== 'Country')),
  );
  if (!l || useAt - lastEnd(s, l) > 40) return [];
  if (!['none', 'gen', 'obj', 'other'].includes(listRole(s, l)?.role ?? '')) return [];
  const gap = doc.text.slice(lastEnd(s, l), useAt);
  if (/[,·]/.test(gap) || gap.split(/\s+/).filter(Boolean).length > 6) return [];
  // a topic, a subject or a verb ending between them: the name belongs to another clause
  if (
    tokensIn(doc, lastEnd(s, l), useAt).some(
      (tok) => USE_GAP_CLOSED.has(tok.pos) || (tok.pos === 'JX' && /^(?:은|는|ᆫ)$/.test(tok.text)),
    )
  )
    return [];
  return [members(s, l)];
}

function makerEnglish(c: SlotCtx, goods: Goods): Arg[][] {
  const { doc, s } = c;
  for (const l of s.lists) {
    const a = s.args[l[0] ?? -1];
    if (!a || a.hit.start < c.predEnd || a.hit.start - c.predEnd > 100) continue;
    const between = doc.text.slice(c.predEnd, a.hit.start);
    if (/[.;:]|,\s+(?:which|who|while|and|but)\b/.test(between)) return [];
    if (goods.en.test(between)) return [members(s, l)];
  }
  return [];
}

/** The maker of the goods the measure is about: never a state or a person. */
function makerOf(c: SlotCtx, goods: Goods): Arg[][] {
  const found = c.doc.lang === 'en' ? makerEnglish(c, goods) : makerKorean(c, goods);
  return found.map((l) => l.filter((a) => a.hit.type !== 'Country' && a.hit.type !== 'Person')).filter((l) => l.length);
}

/** `useOf`: the maker of what the ban or the stop order keeps others from using or buying. */
export function useOf(c: SlotCtx): Arg[][] {
  return makerOf(c, USE);
}

/** `exportOf`: the maker of what a permit lets be exported or sold ("엔비디아의 H200 칩 중국 수출을 허용"). */
export function exportOf(c: SlotCtx): Arg[][] {
  return makerOf(c, EXPORT);
}

/** An agency named by its kind alone, acting in the clause: "규제 당국이", "경쟁당국은", "the regulator". */
const AUTHORITY_KO =
  /(?:규제\s?당국|경쟁\s?당국|감독\s?당국|규제\s?기관|감독\s?기관|당국|법무부|상무부|산업안보국|재무부|국무부|거래위원회|경쟁시장청)(?:이|은|는|도|가)\s/;
const DESCRIBES_FIRM_KO = /^\s*(?:[가-힣A-Za-z]{1,6}\s+){0,2}?(?:기업|업체|스타트업|회사|빅테크|테크|제조사)/;
const AUTHORITY_EN =
  /\b(?:the|its|federal|antitrust|competition)\s+(?:regulators?|watchdogs?|authorities|agency|commission)\b/i;

/**
 * `authority`: the article's regulator (the last one a regulation sentence named), for an agency
 * named by its kind or its ministry alone ("규제 당국이", "법무부가"); else, as for "정부가", the
 * country the article last named, at most eight sentences back.
 */
export function authority(c: SlotCtx): Arg[][] {
  const head = c.doc.text.slice(c.clause.start, c.t.start);
  const m = (c.doc.lang === 'ko' ? AUTHORITY_KO : AUTHORITY_EN).exec(head);
  if (!m) return [];
  // "EU 경쟁당국도", "미국 규제당국이": the state or body named right before the agency's kind is its own
  const at = c.clause.start + m.index;
  const own = c.doc.hits.find(
    (x) => (x.type === 'Country' || x.type === 'Organization') && x.end <= at && at - x.end <= 1,
  );
  if (c.doc.lang === 'ko' && own) return [[{ hit: own, tail: own.end, role: 'subj', quote: 0 }]];
  const a = regulatorBefore(c.doc, c.index);
  if (a) return [[a]];
  // a country that only describes a firm ("중국 딥시크", "중국 AI 기업") is no state that acts
  const h = [...c.doc.hits]
    .reverse()
    .find((x) => x.type === 'Country' && x.end <= c.t.start && !describesFirm(c.doc, x));
  return h && sentenceAt(c.doc, h.start) >= c.index - 8 ? [[{ hit: h, tail: h.end, role: 'subj', quote: 0 }]] : [];
}

/** "미국의 강력한 반도체 수출 규제", "미국의 강도 높은 수출 통제": modifiers, no clause, between the state and the measure. */
const GEN_FAR_KO = /^의\s+(?:[가-힣A-Za-z0-9]{1,8}\s+){1,4}$/;

/** `genFar`: a state's genitive up to four modifier words before the measure noun. */
export function genFar(c: SlotCtx): Arg[][] {
  const { doc, s, t } = c;
  if (doc.lang !== 'ko') return [];
  const l = listsIn(s, c.clause.start, t.start + 1)
    .reverse()
    .find((x) => listRole(s, x)?.role === 'gen' && lastEnd(s, x) <= t.start);
  if (!l || !GEN_FAR_KO.test(doc.text.slice(lastEnd(s, l), t.start))) return [];
  if (s.args.some((a) => a.hit.start >= lastEnd(s, l) && a.hit.end <= t.start)) return [];
  // the words between are modifiers only: no verb ending other than an adnominal one, no particle
  const toks = tokensIn(doc, lastEnd(s, l) + 1, t.start);
  if (toks.some((tok) => /^(?:J|EC|EF)/.test(tok.pos))) return [];
  return [members(s, l)];
}

/** The regulation selectors this module implements, by name. */
export function regulateSelector(c: SlotCtx, sel: string): Arg[][] | undefined {
  if (sel === 'useOf') return useOf(c);
  if (sel === 'exportOf') return exportOf(c);
  if (sel === 'authority') return authority(c);
  if (sel === 'genFar') return genFar(c);
  if (sel === 'deal') return dealParties(c);
  if (sel === 'opener') return opener(c);
  if (sel === 'stateIn') return stateIn(c);
  if (sel === 'regulator') return regulator(c);
  if (sel === 'dest') return destination(c);
  if (sel === 'affected') return affected(c);
  return undefined;
}
