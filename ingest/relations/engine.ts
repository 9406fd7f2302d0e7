/**
 * The frame engine: finds each frame's predicate in a sentence, checks its light verb, negation
 * and hedges, fills its two slots with the selectors the frame names (slots.ts), and emits the
 * relation between every pair. Coordinated lists expand to their members; one list holding both
 * sides pairs its members (reciprocal frames); two alliance blocs ("A·B 연합과 C·D 연합") pair
 * member by member, members of one bloc never; rivals pair like with like (rival-kinds.ts); a regulator
 * agency acts for its country; a restricted product brings its maker. Predicates are matched once per article and bucketed by sentence: linear in the text.
 */
import type { Doc } from '../doc.js';
import { sentenceAt } from '../doc.js';
import { entityInfo } from '../lexicon.js';
import type { MentionHit } from '../types.js';
import { amountNear } from './amount.js';
import { type Arg, chained, listRole, type SentenceArgs } from './args.js';
import { clauseAt, clauseBreaks, investmentOf, noteInvestment, noteRaiser, noteRegulator } from './clause.js';
import { type CompiledFrame, FRAMES } from './frames/index.js';
import type { Slot } from './frames/schema.js';
import { continuesFrom, type Emit, OWNERS_OF_PARTNER, type Trigger } from './lists.js';
import { newNames } from './new-names.js';
import { respectively } from './respectively.js';
import { rivalPairs, splitKinds } from './rival-kinds.js';
import { adnominalEnd, type SlotCtx, select } from './slots.js';
import { background } from './slots-elided.js';
import { leadList, measureHolder } from './slots-nominal.js';
import { noteRegulated } from './slots-regulate.js';
import { scanTriggers } from './triggers.js';

/** A sentence's predicate matches: the frames that have any there, in the file's order, each with its matches. */
type SentenceTriggers = [CompiledFrame, Trigger[]][];
const CACHE = new WeakMap<Doc, Map<number, SentenceTriggers>>();
const NONE: SentenceTriggers = [];

/**
 * The frames' predicate matches of the article, by sentence index (one scan for all frames, once
 * per article): a sentence visits only the frames whose predicate it holds, in the frames' order.
 */
function triggersIn(doc: Doc, index: number): SentenceTriggers {
  let perDoc = CACHE.get(doc);
  if (!perDoc) {
    perDoc = new Map();
    for (const [frame, found] of scanTriggers(FRAMES[doc.lang], doc.lang === 'en' ? doc.lower : doc.text)) {
      for (const t of found) {
        const i = sentenceAt(doc, t.start);
        let inSentence = perDoc.get(i);
        if (!inSentence) {
          inSentence = [];
          perDoc.set(i, inSentence);
        }
        const last = inSentence[inSentence.length - 1];
        if (last?.[0] === frame) last[1].push(t);
        else inSentence.push([frame, [t]]);
      }
    }
    CACHE.set(doc, perDoc);
  }
  return perDoc.get(index) ?? NONE;
}

/** The slot's argument lists: the first selector that finds any (or all of them, `union`). */
function fill(
  c: SlotCtx,
  slot: Slot,
  taken: Arg[][] = [],
  used: Set<string> = new Set(),
  carry: (a: Arg) => Arg[] = (a) => [a],
): Arg[][] {
  const other = new Set(taken.flat().map((a) => a.hit.id));
  const out: Arg[][] = [];
  for (const sel of slot.by) {
    const lists = (sel === 'lead' ? leadList(c) : sel === 'measure' ? measureHolder(c) : select(c, sel))
      .map((l) => (sel === 'carried' ? l.flatMap(carry) : l))
      .map((l) => l.filter((a) => slot.types.includes(a.hit.type) && !other.has(a.hit.id)))
      .filter((l) => l.length > 0 && !out.some((o) => o.includes(l[0] as Arg)));
    if (lists.length) used.add(sel);
    out.push(...lists);
    if (lists.length && !slot.union) break;
  }
  if (slot.new && (slot.union || !out.length)) out.push(...newNames(c, slot.new));
  return out;
}

/** The genitive list right before a predicate noun ("MS의 투자", "카카오와 네이버의 투자"); English has none here. */
function possessors(doc: Doc, s: SentenceArgs, at: number, gap = /^\s*$/): Arg[] {
  if (doc.lang !== 'ko') return [];
  const list = s.lists.find((l) => {
    const last = listRole(s, l);
    return last?.role === 'gen' && last.tail <= at && gap.test(doc.text.slice(last.tail, at));
  });
  // with the lists an additive connective joins to it ("A은 물론 B, C 등의 투자"); a country
  // describing the next member is no owner ("B, 일본 C 등의")
  const owners = list ? chained(s, list).flatMap((l) => l.map((i) => s.args[i] as Arg)) : [];
  return owners.filter((a) => !a.describes);
}

/** Words of alliance: a list joined by them before a rivalry noun is partners, not rivals. */
const PARTNERS =
  /연합체|연합을|동맹을|제휴|협력|손잡|손을 잡|합작|파트너십|함께|힘을 모|힘을 합|(?:와의|과의)\s|\b(?:partnered|partnering|teamed up|alliance|joint venture)\b/;

/** After "X와": words that make X a partner of the subject ("X와 손잡고"), or the partner a contest is over ("X와의 협업을 놓고 경쟁"); "X와 함께 경쟁하는" stays a rival. */
const ALLIED_WITH = /^\s*(?:손잡|손을 잡|협력|제휴|동맹|합작|파트너십|힘을 모|힘을 합|협업|협상|계약)/;

/** "바이든 정부", "the Biden administration": a head of government's administration is the state. */
const ADMINISTRATION = /^\s*(?:정부|행정부|administration|government)\b/;

/**
 * Regulators are attached to the Country (eval GUIDE): an agency acts for its country when the
 * article names that country (else the agency stays); a leader's administration is its country.
 */
function states(doc: Doc, regs: Arg[]): Arg[] {
  const out: Arg[] = [];
  for (const a of regs) {
    if (a.hit.type === 'Country') {
      out.push(a);
      continue;
    }
    const person = a.hit.type === 'Person';
    if (
      person &&
      !(a.noun === '정부' || a.noun === '행정부' || ADMINISTRATION.test(doc.text.slice(a.hit.end, a.hit.end + 16)))
    )
      continue;
    const info = doc.entities.get(a.hit.id) ?? entityInfo(a.hit.id);
    const country = info?.country;
    const state = country ? entityInfo(country) : undefined;
    if (!country || !state) {
      if (!person) out.push(a);
      continue;
    }
    // "미국 연방거래위원회(FTC)는": the agency spelled with its country, here or elsewhere in the
    // article — or another agency of that country so spelled ("미국 법무부와 FTC"): the article names it
    const names = [...state.ko, ...state.en];
    // `${n} ` at the mention without building that string for every hit and name (this runs over all hits)
    const spelledAt = (h: MentionHit) =>
      names.find((n) => doc.text.charCodeAt(h.start + n.length) === 32 && doc.text.startsWith(n, h.start));
    const sameState = (h: MentionHit) => (doc.entities.get(h.id) ?? entityInfo(h.id))?.country === country;
    const at = spelledAt(a.hit)
      ? a.hit
      : (doc.hits.find((h) => h.id === a.hit.id && spelledAt(h)) ?? doc.hits.find((h) => sameState(h) && spelledAt(h)));
    const name = at && spelledAt(at);
    const named = doc.hits.find((h) => h.id === country);
    let hit: MentionHit | undefined;
    if (at && name) hit = { start: at.start, end: at.start + name.length, id: country, type: 'Country', how: 'abbrev' };
    else if (named) hit = { ...named };
    // a leader's country is named through the person
    else if (person) hit = { start: a.hit.start, end: a.hit.end, id: country, type: 'Country', how: 'abbrev' };
    if (!hit) {
      out.push(a);
      continue;
    }
    doc.entities.set(state.id, state);
    out.push({ hit, tail: hit.end, role: a.role, quote: a.quote });
  }
  return out;
}

/** "H20 수출을 제한": the maker of a restricted model or chip is regulated too. */
function makers(doc: Doc, targets: Arg[]): Arg[] {
  const out = [...targets];
  for (const a of targets) {
    if (a.hit.type !== 'Model' && a.hit.type !== 'Product') continue;
    const dev = doc.entities.get(a.hit.id)?.developer ?? entityInfo(a.hit.id)?.developer;
    const info = dev ? (doc.entities.get(dev) ?? entityInfo(dev)) : undefined;
    // named in the article, or in the product's own mention ("엔비디아 H20")
    const named = dev && doc.hits.find((x) => x.id === dev);
    const prefix = info && [...info.ko, ...info.en].find((n) => doc.text.startsWith(`${n} `, a.hit.start));
    const h: MentionHit | undefined =
      named ||
      (info && prefix
        ? { start: a.hit.start, end: a.hit.start + prefix.length, id: info.id, type: info.type, how: 'abbrev' }
        : undefined);
    if (h && info) {
      doc.entities.set(info.id, info);
      out.push({ hit: h, tail: h.end, role: 'none', quote: a.quote });
    }
  }
  return out;
}

/** Selectors that reach outside the predicate's own clause (the topic, the sentences before). */
const OUTSIDE = new Set(['topic', 'carried', 'state', 'previous', 'regulator', 'raiser']);

/** "투자한 투자자들", "맞서는 기업들": the predicate modifies a nameless actor noun. */
function actorHeaded(doc: Doc, s: SentenceArgs, t: Trigger): boolean {
  if (doc.lang !== 'ko') return false;
  const end = adnominalEnd(doc, t.end, s.end);
  if (end < 0) return false;
  const at = end + (doc.text.slice(end).match(/^\s*/)?.[0].length ?? 0);
  const head = FRAMES.ko.actorsRe.exec(doc.text.slice(end, end + 16));
  // "X는 … 대항마로 평가받는 스타트업이다": a copula makes the topic that actor
  const copula =
    head && /^(?:들)?(?:입니|이다|이며|이고|이자|이었|였|다[.,\s]|로|으로)/.test(doc.text.slice(end + head[0].length));
  return Boolean(head) && !copula && !doc.hits.some((h) => h.start === at);
}

/** "the Singapore sovereign wealth fund GIC", "싱가포르 국부펀드 GIC": a country before the noun of a named body only says whose. */
function describesName(doc: Doc, s: SentenceArgs, a: Arg): boolean {
  const next = s.args.find((b) => b.hit.start >= a.hit.end);
  if (!next || next.hit.type === 'Country' || next.hit.start - a.hit.end > 40) return false;
  const gap = doc.text.slice(a.hit.end, next.hit.start);
  return doc.lang === 'en'
    ? /^\s+(?:[a-z][\w-]*\s+){0,3}(?:fund|investor|bank|authority|agency|corporation|company|firm|group)\s+$/.test(gap)
    : /^\s+(?:[가-힣]+\s+){0,2}(?:펀드|국부펀드|투자청|투자공사)\s+$/.test(gap);
}

function window(doc: Doc, from: number, to: number): string {
  return doc.text.slice(Math.max(0, from), Math.max(from, to));
}

export function frameRelations(doc: Doc, s: SentenceArgs, index: number, emit0: Emit): void {
  const file = FRAMES[doc.lang];
  let breaks: number[] | undefined;
  const used = (args: Arg[]) => {
    for (const a of args)
      if (a.hit.how === 'abbrev' && !doc.extraHits.some((h) => h.start === a.hit.start && h.id === a.hit.id))
        doc.extraHits.push(a.hit);
  };
  const emit: Emit = (type, from, to, conf, extra) => {
    used(from);
    used(to);
    if (type === 'INVESTS_IN') noteInvestment(doc, index, from, to);
    // like with like: a maker never rivals its own model ("the ChatGPT creator … rival to OpenAI")
    // nor another maker's ("Google vs OpenAI's GPT-5.1" is Google–OpenAI)
    if (type === 'COMPETES_WITH') for (const [x, y] of rivalPairs(doc, s, from, to)) emit0(type, [x], [y], conf, extra);
    else emit0(type, from, to, conf, extra);
  };
  for (const [f, triggers] of triggersIn(doc, index)) {
    for (const t of triggers) {
      // a predicate word inside a name is no predicate ("the Competition and Markets Authority")
      if (s.args.some((a) => a.hit.start <= t.start && t.end <= a.hit.end)) continue;
      const rest = window(doc, t.end, Math.min(s.end, t.end + 120));
      if (f.unless?.test(rest)) continue;
      const light = f.light ? f.light.exec(rest) : undefined;
      if (f.light && !light) continue;
      // English names run longer than a Korean particle phrase ("with Sequoia Capital also joining")
      const lead = window(doc, Math.max(s.start, t.start - (doc.lang === 'en' ? 64 : 24)), t.start);
      if ((f.before && !f.before.test(lead)) || f.notAfter?.test(doc.lang === 'en' ? lead.toLowerCase() : lead))
        continue;
      breaks ??= clauseBreaks(doc, s);
      const clause = clauseAt(breaks, s, t.start);
      if (
        f.context &&
        !f.context.test(window(doc, s.start, t.start)) &&
        !continuesFrom(doc, s, index, f.context, t.start)
      )
        continue;
      const predEnd = t.end + (light?.[0].length ?? 0);
      const after = window(doc, predEnd, Math.min(clause.end, predEnd + 20));
      const ahead = window(doc, Math.max(clause.start, t.start - 30), t.start);
      if (doc.lang === 'ko' ? file.negateRe.test(after) : file.negateRe.test(ahead)) continue;
      const hedged =
        doc.lang === 'ko' ? file.hedgeRe.test(after) : file.hedgeRe.test(ahead) || file.hedgeRe.test(after);
      const conf = f.confidence * (hedged ? 0.6 : 1);
      const c: SlotCtx = { doc, s, index, t, clause, predEnd, ...(f.prepRe ? { prep: f.prepRe } : {}) };
      // the slot found by the subject first ("X로부터 투자를 받은 Y": Y is no investor of itself)
      const targetFirst = !f.reciprocal && ['subj', 'topic', 'by'].includes(f.target.by[0] ?? '');
      let sources: Arg[][];
      let targets: Arg[][];
      const used = new Set<string>();
      // a subject carried into an investment keeps its side: the investors of the sentences before
      // are no raiser here (their target is), their raiser no investor (its investors are)
      const was =
        (side: 'source' | 'target') =>
        (a: Arg): Arg[] => {
          const before = f.relation === 'INVESTS_IN' ? investmentOf(doc, index, a.hit.id) : undefined;
          return before?.side === side ? before.other.map((x) => ({ ...x, role: 'subj', quote: -1 })) : [a];
        };
      const usedS = new Set<string>();
      const usedT = new Set<string>();
      if (targetFirst) {
        targets = fill(c, f.target, [], usedT, was('source'));
        sources = fill(c, f.source, targets, usedS, was('target'));
      } else {
        sources = fill(c, f.source, [], usedS, was('target'));
        targets = fill(c, f.target, f.reciprocal ? [] : sources, usedT, was('source'));
      }
      for (const u of [...usedS, ...usedT]) used.add(u);
      // "리벨리온에 투자한 벤처캐피탈 등 투자자들이": an adnominal predicate headed by a nameless actor
      // has that actor as its subject, not the sentence's topic nor the subject carried from before
      if (!f.reciprocal && actorHeaded(doc, s, t) && [...usedS, ...usedT].some((u) => OUTSIDE.has(u))) continue;
      // "英 당국, 앤트로픽 투자한 구글 조사": a relative clause's subject is its head, never the
      // headline's topic outside it
      if (used.has('topic') && used.has('head') && !f.reciprocal) continue;
      // "EU 집행위원회는 오픈AI에 대한 MS의 투자를 검토": an investment noun names its investor in
      // the genitive right before it; the sentence's subject only speaks about that investment
      // (a frame that reads its target in the genitive, "X의 지분", keeps it)
      const owners = f.relation === 'INVESTS_IN' && !f.target.by.includes('gen') ? possessors(doc, s, t.start) : [];
      if (
        owners.length &&
        owners.every((a) => f.source.types.includes(a.hit.type) && !targets.flat().some((b) => b.hit.id === a.hit.id))
      )
        sources = [owners];
      // "싱가포르의 중개업자들이 미국의 수출 제한을 우회해": a state in the genitive before the
      // regulation noun (a word between at most, "수출") is the regulator, never what it regulates
      // — unless the frame reads its target in the genitive ("중국의 접근을 제한")
      const regulators =
        f.relation === 'REGULATES' && !f.target.by.includes('gen')
          ? possessors(doc, s, t.start, /^\s*(?:[가-힣]+(?<![을를이가은는에도의])\s+)?$/).filter(
              (a) =>
                ['Country', 'Organization'].includes(a.hit.type) &&
                f.source.types.includes(a.hit.type) &&
                // "중국으로의 수출": a destination's 으로의 is no owner
                /^\)?의$/.test(doc.text.slice(a.hit.end, a.tail)),
            )
          : [];
      if (regulators.length) {
        const state = (a: Arg) => regulators.some((r) => r.hit.id === a.hit.id);
        sources = [regulators];
        targets = targets.map((l) => l.filter((a) => !state(a))).filter((l) => l.length > 0);
      }
      // a round's owner stays the referent of "the round", "this round" for the sentences after
      // (so the owner a joined round names: "A는 X의 시리즈B 라운드에 참여했다. B도 참여했다")
      const owner = f.round || usedT.has('round') ? targets[0]?.find((a) => a.hit.type === 'Company') : undefined;
      // (not from a description: "L은 S에 투자해 유명해진 VC다" names no round of the article's)
      if (owner && !background(c)) noteRaiser(doc, index, owner);
      // "A·B 연합과 C·D 연합": bloc against bloc, member by member (the leads when sizes differ); only
      // lists the bloc selector found ("A와는 …, B와는 … 경쟁": two comitatives are two rivals of the subject)
      if (usedT.has('bloc') && targets.length >= 2) {
        const [x = [], y = []] = targets;
        if (x.length === y.length) {
          for (const [i, a] of x.entries()) emit(f.relation, [a], [y[i] as Arg], conf);
        } else if (x[0] && y[0]) emit(f.relation, [x[0]], [y[0]], conf);
        continue;
      }
      const extra = f.relation === 'INVESTS_IN' ? amountNear(doc, s, t) : undefined;
      // one list holding both sides: "A와 B가 경쟁", "A와 B의 경쟁", "rivalry between A and B"
      // (a list after "with" / 와 is one side only: "competes with A and B" pairs nothing inside it)
      const inside = targets.find(
        (l) =>
          l.length > 1 &&
          ((l[l.length - 1]?.role === 'gen' &&
            !OWNERS_OF_PARTNER.test(window(doc, l[l.length - 1]?.tail ?? 0, t.start))) ||
            (doc.lang === 'ko' && l[l.length - 1]?.role === 'none' && (l[l.length - 1]?.tail ?? 0) <= t.start) ||
            /\b(?:between|among|amongst)\s+(?:the\s+)?$/.test(
              doc.lower.slice(Math.max(0, (l[0]?.hit.start ?? 0) - 12), l[0]?.hit.start),
            )),
      );
      if (f.reciprocal && (!sources.length || !targets.length || inside)) {
        // a subject list competes within itself ("A와 B가 경쟁"); the owners of a subject noun do not
        // ("A와 B 간 제휴가 … 경쟁을 약화")
        const both =
          inside ?? sources.find((l) => l.length > 1 && (doc.lang === 'en' || l[l.length - 1]?.role !== 'none'));
        // "구글과 애플은 연합체를 구성하는 등 … 경쟁": a list that allies before the contest is one side
        const allied = both && PARTNERS.test(window(doc, both[both.length - 1]?.tail ?? t.start, t.start));
        if (both && !allied)
          for (let i = 0; i < both.length; i++)
            for (let j = i + 1; j < both.length; j++) emit(f.relation, [both[i] as Arg], [both[j] as Arg], conf);
        continue;
      }
      // "A는 X에, B는 Y에 각각": respectively, member by member
      const pairs = respectively(c, sources, targets, {
        source: (a) => f.source.types.includes(a.hit.type),
        target: (a) => f.target.types.includes(a.hit.type),
      });
      if (pairs) {
        for (const [a, b] of pairs)
          emit(f.relation, f.relation === 'REGULATES' ? states(doc, [a]) : [a], [b], conf, extra);
        continue;
      }
      for (const src0 of sources) {
        // "Singapore's sovereign wealth fund GIC": a possessive country only says whose fund
        const src =
          f.relation === 'REGULATES'
            ? states(doc, src0)
            : f.relation === 'INVESTS_IN'
              ? src0.filter(
                  // ("a Singapore-based fund": a "-based" place is an adjective, never the investor)
                  (a) =>
                    !(
                      a.hit.type === 'Country' &&
                      (a.role === 'gen' || describesName(doc, s, a) || doc.text.startsWith('-based', a.hit.end))
                    ),
                )
              : src0;
        for (const tgt0 of targets) {
          const tgt = f.relation === 'REGULATES' ? makers(doc, tgt0) : tgt0;
          if (tgt0 === src0) continue;
          // a name in both slots stays a source ("LG전자, 삼성전자와 … 경쟁": the topic heads the list)
          const to = tgt.filter((a) => !src.some((b) => b.hit.id === a.hit.id));
          // "네이버는 카카오와 손잡고 … 경쟁에 대응": a partner joined by 와 is on the subject's side
          const rivals = to.filter((a) => !(a.role === 'com' && ALLIED_WITH.test(window(doc, a.tail, t.start))));
          if (f.relation === 'COMPETES_WITH')
            for (const [x, y] of splitKinds(src, rivals, doc)) emit(f.relation, x, y, conf);
          else emit(f.relation, src, to, conf, extra);
          // the state that regulates here is the actor of the regulation sentences after
          const actor = f.relation === 'REGULATES' && to.length ? src.find((a) => a.hit.type === 'Country') : undefined;
          if (actor) noteRegulator(doc, index, actor);
          if (f.relation === 'REGULATES' && src.length) noteRegulated(doc, index, to);
        }
      }
    }
  }
}
