/**
 * Slot selectors: where a frame's argument is, relative to its predicate. Each selector returns
 * the argument lists it finds (coordinated names stay one list); the engine keeps those whose
 * entities fit the slot. The selector names and what they mean are documented in
 * frames/schema.ts. Every search stays inside the sentence, most inside the clause. Korean ones
 * are here, English ones in slots-en.ts, the language-neutral ones in slots-common.ts.
 */
import { type Doc, tokensIn } from '../doc.js';
import type { Token } from '../text/analysis.js';
import { amountSubjects } from './amount.js';
import { type Arg, chained, listRole, type SentenceArgs } from './args.js';
import { listsIn, openingTopic } from './clause.js';
import type { Selector } from './frames/schema.js';
import { after, isMaker, listStart, members, OWNERS_OF_PARTNER, type Trigger } from './lists.js';
import { anaphor } from './slots-anaphor.js';
import { beforeInClause, common, isTopic, lastEnd } from './slots-common.js';
import { rivalSelector } from './slots-contest.js';
import { copulaList, etcOwner, shareList } from './slots-copula.js';
import { elided } from './slots-elided.js';
import { english } from './slots-en.js';
import { betweenList, NOUNISH, sourceIn, THAN } from './slots-ko-phrases.js';
import { mainSubject } from './slots-ko-subject.js';
import { regulateSelector } from './slots-regulate.js';
import { SERIES_BASES, series, subjectSeries } from './slots-series.js';

export interface SlotCtx {
  doc: Doc;
  s: SentenceArgs;
  index: number;
  t: Trigger;
  clause: { start: number; end: number };
  /** end of the predicate with its light verb / particle */
  predEnd: number;
  prep?: RegExp;
}

const roleIs = (s: SentenceArgs, l: number[], role: string) => listRole(s, l)?.role === role;

/**
 * Where the predicate's adnominal clause ends (투자한 | 꼽히는 | 경쟁하고 있는): an ETM ending in the
 * predicate's word or the next one, not after the copula (조직인 is an apposition). -1 if none.
 */
export function adnominalEnd(doc: Doc, from: number, limit: number): number {
  let words = 0;
  let prev: Token | undefined;
  for (const tok of tokensIn(doc, from, Math.min(limit, from + 24))) {
    if (prev && tok.start > prev.end && doc.text.slice(prev.end, tok.start).trim() === '') words++;
    if (words > 1 || tok.pos === 'SF' || tok.pos === 'SC') return -1;
    if (tok.pos === 'ETM' && prev?.pos !== 'VCP') return Math.max(tok.end, prev?.end ?? tok.end);
    prev = tok;
  }
  return -1;
}

/**
 * "A와 B가 투자를 약정했으며, C 등이 합류했다": a subject in 이/가 whose clause a coordinating ending
 * closes stays in that clause (C joins no round of A's); a topic in 은/는 reaches every clause.
 */
function boundSubject(doc: Doc, s: SentenceArgs, l: number[], clauseStart: number): boolean {
  const last = listRole(s, l);
  if (!last || last.tail > clauseStart) return false;
  if (!/(?:이|가)$/.test(doc.text.slice(last.hit.end, last.tail))) return false;
  const before = tokensIn(doc, Math.max(s.start, clauseStart - 4), clauseStart);
  const end = before[before.length - 1];
  // only a coordinating ending (하고, 하며): "X가 …내놓자 Y 등 경쟁사들이" still speaks of X
  return end?.pos === 'EC' && /^(?:고|며|으며)$/.test(end.text);
}

/** "딥시크의": a possessor; "중국으로의", "미국과의" are no owners of what follows. */
const plainGenitive = (doc: Doc, a: Arg | undefined) =>
  Boolean(a) && !/(?:으로|로|에서|에|과|와)의$/.test(doc.text.slice(a?.hit.end ?? 0, a?.tail ?? 0));

/** "딥시크의 새 모델은 …": after the genitive only nouns, then a subject or topic particle. */
function ownerOfSubject(doc: Doc, from: number, limit: number): boolean {
  for (const tok of tokensIn(doc, from, Math.min(limit, from + 30))) {
    if (NOUNISH.has(tok.pos) || tok.pos === 'SY' || tok.pos === 'SSO' || tok.pos === 'SSC') continue;
    return isTopic(tok);
  }
  return false;
}

const ABOUT_KO =
  /^['"]?(?:\([^)]{0,30}\))?(?:의?\s+(?:[가-힣A-Za-z0-9]+\s+){0,2}?[가-힣A-Za-z0-9]+?)?\s*(?:에\s*대한|에\s*대해|에\s*대해서|[을를]\s*겨냥|[을를]\s*상대로|[을를]\s*대상으로|\s*대상)/;
const ROUND_OWNED = /^(?:\d\.\d|[^,."]){0,48}?(?:투자|펀딩|라운드|시리즈)[가-힣]*\s(?:[가-힣]+\s)?$/;
/**
 * "X 초기 펀딩 라운드에 참여", "X 시리즈B 투자에 참여": a bare name heading the round's compound noun
 * (quoted too: "'X' 투자에 참여").
 */
const ROUND_COMPOUND =
  /^['"]?\s(?:[가-힣A-Za-z0-9]{1,6}\s){0,2}?(?:투자|펀딩|라운드|시리즈\s?[A-H]\d?)(?:\s?(?:투자|펀딩|라운드))?(?:에|에도)\s$/;
/** "X의 시드머니 확보는 Y가 주도했다", "X의 이번 시리즈B에는 Y도 참여": the round X owns is the topic. */
const ROUND_TOPIC = /^\s(?:[^\s,."]+\s){0,3}?[^\s,."]*(?:투자|펀딩|라운드|시리즈|시드)[^\s,."]*\s(?:[^\s,."]+\s)?$/;
const TOPIC_END = /(?:은|는|에는|에서는|에선)\s$/;
const LIST_BEFORE = /^(?:\([^()]{0,30}\))?\s*(?:등|등의|같은|과 같은|와 같은)?\s*(?:[가-힣A-Za-z]{1,6}\s+){0,2}$/;
const LOCATIVE = /^\s*(?:시장|내|안|현지|지역|국내)/;
const INCLUDING = /^\s*(?:포함한|비롯한|포함해|비롯해|위시한)\s/;
// a leading ")" closes the member's bracketed twin: "유럽연합(EU) 조사"
/** "한국의 ", "영국 반도체 회사 ": from a country to the firm it places */
const COUNTRY_OF_NEXT = /^(?:의)?\s+(?:[가-힣A-Za-z]+\s+){0,2}$/;
const BARE_GAP_KO =
  /^['"]?\)?(?:\([^)]{0,30}\))?(?:의)?\s*(?:[가-힣A-Za-z0-9]{1,8}\s*){0,3}?(?:[을를]\s+(?:[가-힣]+\s+)?)?$/;
/** "화웨이 AI 칩 사용에 전 세계 금지": the name heads a noun phrase with its own particle. */
const NP_GAP_KO =
  /^['"]?\)?(?:\([^)]{0,30}\))?\s+(?:[가-힣A-Za-z0-9]{1,8}\s+){0,2}[가-힣A-Za-z0-9]{1,8}(?:을|를|에|에 대한)\s+(?:[가-힣]+\s+){0,2}$/;
const HEADLINE_LEAD = /^(?:\s*(?:[•·▲■\-–—…]|\.{3}|\d{1,2}[.)]?|"[^"\n]{0,40}"|“[^”\n]{0,40}”|\[[^\]\n]{0,30}\]))*\s*$/;
/** " 데이터 보호 당국은", " 연방 규제 기관이": the agency noun phrase a country heads, as subject. */
const AGENCY_NP = /^\s(?:[가-힣A-Za-z]+\s){0,3}(?:당국|정부|규제기관|기관|위원회|감독청|행정부)(?:은|는|이|가|도)\s/;
/**
 * What closes an embedded clause whose subject is what a regulator acts on: "…것에 대해 조사",
 * "X가 …했다는 이유로 블랙리스트에", "X가 …했는지(에 대해서도) 조사", "X가 …한 혐의로 제재".
 */
const CLAUSE_CLOSED =
  /(?:것|점|행위|의혹)(?:에\s*대해|에\s*대한|을\s*두고|를\s*두고)|[가-힣](?:다는|라는)\s*(?:이유|혐의|의혹|점)(?:로|으로|에서)?\s|[가-힣](?:는지|은지)(?:에\s*대해서?|에\s*대한|를|여부를)?(?:도|는)?\s|[가-힣](?:한|했던)\s*혐의(?:로|를)\s/;
/**
 * "…것에 대해 조사", "X가 …했다는 이유로": the subject lists of the clause it closes. The sentence's own
 * subject comes first ("미국 FTC는 X가 …한 것에 대해"); a lone subject is the embedded clause's.
 */
function embeddedSubjects(c: SlotCtx): number[][] {
  const { doc, s } = c;
  const m = CLAUSE_CLOSED.exec(doc.text.slice(c.clause.start, c.t.start));
  if (!m) return [];
  const end = c.clause.start + m.index;
  const subjects = listsIn(s, c.clause.start, end + 1).filter((l) => roleIs(s, l, 'subj'));
  return subjects.length > 1 ? subjects.slice(1) : subjects;
}

/**
 * "오픈AI에서 갈라져 나온 스타트업 앤스로픽에": a name in 에서 before a relative clause that heads a
 * later name is where that name comes from, not the predicate's subject.
 */
function sourceOfRelative(doc: Doc, s: SentenceArgs, l: number[], limit: number): boolean {
  const last = listRole(s, l);
  if (!last || doc.text.slice(last.hit.end, last.tail).replace(/^[)'"]+/, '') !== '에서') return false;
  const etm = tokensIn(doc, last.tail, limit).find((tok) => tok.pos === 'ETM');
  return Boolean(etm && s.args.some((a) => a.hit.start > etm.end && a.hit.start - etm.end <= 30 && a.tail <= limit));
}

/** What a regulator acts on when the clause is closed by "것에 대해", "다는 이유로", "는지". */
function aboutClause(c: SlotCtx): Arg[][] {
  return embeddedSubjects(c).map((l) => members(c.s, l));
}

/**
 * "A에 1억달러, B(150억원), C 등에 투자": datives in a series, each with its amount, share the
 * predicate. From the nearest one back, a dative joins while only an amount, a comma and a
 * descriptor (토종 스타트업인) stand between it and the next: no other predicate.
 */
function datSeries(doc: Doc, s: SentenceArgs, dats: number[][]): number[][] {
  const first = dats[0];
  if (!first) return [];
  const out = [first];
  for (let k = 1; k < dats.length; k++) {
    const prev = dats[k] as number[];
    const gapStart = listRole(s, prev)?.tail ?? 0;
    const gapEnd = listStart(s, out[out.length - 1] as number[]);
    const gap = doc.text.slice(gapStart, gapEnd);
    if (gap.length > 48 || !gap.includes(',') || !/\d/.test(gap)) break;
    const verbal = tokensIn(doc, gapStart, gapEnd).some(
      (tok) => SERIES_VERBAL.has(tok.pos) && !(tok.pos === 'VCP' || tok.pos === 'ETM'),
    );
    if (verbal) break;
    out.push(prev);
  }
  return out;
}
/**
 * "KT가 투자한 A와 SK텔레콤 계열사 B": a later member with its own owner ("아마존의 죽스" too) has its
 * own description, parallel to the clause; the clause heads the members before it only.
 */
function ownHeadOnly(s: SentenceArgs, l: number[]): number[] {
  const k = l.findIndex((i, j) => {
    const a = s.args[i];
    return j > 0 && a?.describes === true && isMaker(a) && s.args[i - 1]?.hit.type !== 'Person';
  });
  return k > 0 ? l.slice(0, k) : l;
}
/**
 * Between an adnominal clause and the name it modifies stand nouns, symbols and an apposition
 * ("꼽히는 AI 기업 X", "막을 후보로 X를", "대응하는 모델인 X"), never another clause or a subject.
 */
const HEAD_CLOSED = new Set(['JKS', 'JX', 'VV', 'VA', 'XSV', 'XSA', 'EC', 'EF']);
const SERIES_VERBAL = new Set(['VV', 'VA', 'VX', 'XSV', 'XSA', 'EF', 'EC']);

function korean(c: SlotCtx, sel: Selector): Arg[][] {
  const { doc, s, t } = c;
  const near = beforeInClause(c);
  // a list brings the lists an additive connective joins to it ("A에 이어 B로부터")
  const one = (l: number[] | undefined) => (l ? chained(s, l).map((x) => members(s, x)) : []);
  switch (sel) {
    case 'subj': {
      // "미국 정부도 X가 …했는지 조사": the embedded clause's subject is not the predicate's
      const embedded = embeddedSubjects(c);
      // "A는 X에 10억달러를, B는 20억달러를 각각 투자": every subject of the gapped series acts
      if (/각각\s*$/.test(doc.text.slice(c.clause.start, t.start).replace(/\s*[가-힣]*[을를]\s*$/, ''))) {
        const all = near.filter((x) => roleIs(s, x, 'subj') && !embedded.includes(x));
        if (all.length > 1) return all.map((x) => members(s, x));
      }
      // "딥시크의 새 모델은": the owner of the subject noun phrase stands for it; a subject in 이/가/은/는
      // comes before one in 에서 ("X도 A에서 투자를 받았다": A is where the money comes from)
      const l = [...near.filter((x) => !sourceIn(doc, s, x)), ...near.filter((x) => sourceIn(doc, s, x))].find(
        (x) =>
          !embedded.includes(x) &&
          !sourceOfRelative(doc, s, x, t.start) &&
          (roleIs(s, x, 'subj') ||
            // "엑사원 4.0 전문가 모델은": a name that modifies the subject noun stands for it too
            ((roleIs(s, x, 'none') || (roleIs(s, x, 'gen') && plainGenitive(doc, listRole(s, x)))) &&
              ownerOfSubject(doc, listRole(s, x)?.tail ?? 0, t.start))),
      );
      if (l) {
        // "앤스로픽의 AI 모델 '클로드'는": the model's owner can fill a slot the model cannot
        const k = near.indexOf(l);
        const owner = near[k + 1];
        const ownerOk =
          owner &&
          roleIs(s, owner, 'gen') &&
          plainGenitive(doc, listRole(s, owner)) &&
          ownerOfSubject(doc, listRole(s, owner)?.tail ?? 0, t.start) &&
          // "X의 시드 투자는 Y가": the owner's own noun phrase ends before the subject, it is no part of it
          !tokensIn(doc, listRole(s, owner)?.tail ?? 0, listStart(s, l)).some(isTopic);
        return ownerOk ? [members(s, l), members(s, owner)] : one(l);
      }
      // an opening topic governs the clauses after it: "미국 정부는 …했으나, … 제한했다"
      const topic = openingTopic(doc, s);
      if (topic) return lastEnd(s, topic) <= c.clause.start ? one(topic) : [];
      // "화웨이 테크놀로지스(HWT.UL)는 …하며, …": the opening name heads the topic noun phrase
      const first = s.lists[0];
      const lead = first && doc.text.slice(s.start, listStart(s, first));
      return first &&
        lastEnd(s, first) <= c.clause.start &&
        roleIs(s, first, 'none') &&
        /^[\s\d일월년()현지시간,]*$/.test(lead ?? '') &&
        ownerOfSubject(doc, listRole(s, first)?.tail ?? 0, c.clause.start)
        ? one(first)
        : [];
    }
    case 'topic': {
      // "이탈리아 데이터 보호 당국은": a country heading the agency noun phrase that opens the sentence
      const opening = s.lists[0];
      const head = opening && listRole(s, opening);
      if (
        opening &&
        head?.role === 'none' &&
        head.hit.type === 'Country' &&
        lastEnd(s, opening) <= t.start &&
        /^[\s\d일월년()현지시간,]*$/.test(doc.text.slice(s.start, s.args[opening[0] ?? 0]?.hit.start)) &&
        AGENCY_NP.test(doc.text.slice(head.tail, head.tail + 30))
      )
        return one(opening);
      const topic = openingTopic(doc, s);
      if (topic && lastEnd(s, topic) <= t.start && !boundSubject(doc, s, topic, c.clause.start)) return one(topic);
      // a headline has no particles: "LG전자, 삼성전자와 AI 가전 경쟁" — its first name is the topic
      // ("美 제재 이겨내나…화웨이·SMIC 어센드 AI칩, 엔비디아에 도전장": a headline's last part after an
      // ellipsis, before the predicate, opens with its own topic)
      const upTo = doc.text.slice(s.start, t.start);
      const dots = upTo.lastIndexOf('...');
      const cut = Math.max(upTo.lastIndexOf('…'), dots < 0 ? -1 : dots + 2);
      const from = cut > 0 ? s.start + cut + 1 : s.start;
      const k = s.args.findIndex((x) => x.hit.start >= from);
      const first = s.args[k];
      const headline = !/[.!?다]["']?\s*$/.test(doc.text.slice(s.start, s.end));
      // ("• 1 미국, …", "\"…!\" 미국, …": a bullet, a number or a quote may come first)
      const lead = doc.text.slice(from, first?.hit.start ?? from);
      if (!headline || !first || !HEADLINE_LEAD.test(lead)) return [];
      // ("英 경쟁당국, …": the name may head a one-word noun phrase before the comma; after an
      // ellipsis "A·B 어센드 AI칩, …": the names joined by · before the comma, two words on at most)
      const out = [first];
      if (cut > 0)
        for (let j = k + 1; s.args[j] && /^·$/.test(doc.text.slice(s.args[j - 1]?.hit.end, s.args[j]?.hit.start)); j++)
          out.push(s.args[j] as Arg);
      const end = out[out.length - 1]?.hit.end ?? 0;
      const comma = (cut > 0 ? /^(?: [가-힣A-Za-z0-9]{1,8}){0,2},/ : /^(?: [가-힣A-Za-z]{1,8})?,/).test(
        doc.text.slice(end, end + 20),
      );
      return comma ? [out] : [];
    }
    case 'obj': {
      const l = near.find((x) => roleIs(s, x, 'obj'));
      // "H20을 포함한 AI 칩의 수출": a name the object noun phrase includes is part of it
      const part = near.filter(
        (x) => x !== l && roleIs(s, x, 'obj') && INCLUDING.test(doc.text.slice(listRole(s, x)?.tail ?? 0, t.start)),
      );
      return [...one(l), ...part.map((x) => members(s, x))];
    }
    case 'dat':
    case 'com':
    case 'from': {
      const all = near.filter((x) => roleIs(s, x, sel) || (sel === 'from' && sourceIn(doc, s, x)));
      if (sel === 'from' || sel === 'com') return all.map((l) => members(s, l));
      return datSeries(doc, s, all).flatMap((l) => one(l));
    }
    case 'gen':
      // "X의 대항마", "X의 최대 경쟁자", "X의 투자를 받은"
      return one(
        near.find((x) => {
          const tail = listRole(s, x)?.tail ?? 0;
          return (
            roleIs(s, x, 'gen') &&
            (t.start - tail <= 10 || (t.start - tail <= 24 && OWNERS_OF_PARTNER.test(doc.text.slice(tail, t.start))))
          );
        }),
      );
    case 'round':
      // "X의 7억 달러 규모 투자 유치에 참여": the owner of the round the predicate joins
      return one(
        // and no other name between: "X의 AI 스타트업 Y가 … 투자 유치" is Y's round, not X's
        near.find(
          (x) =>
            roleIs(s, x, 'gen') &&
            ROUND_OWNED.test(doc.text.slice(listRole(s, x)?.tail ?? 0, t.start)) &&
            !s.lists.some((l) => listStart(s, l) >= (listRole(s, x)?.tail ?? 0) && listStart(s, l) < t.start),
        ) ??
          near.find((x) => {
            if (!roleIs(s, x, 'gen')) return false;
            // the round's phrase ends in a topic particle; the investor comes after it
            const tail = listRole(s, x)?.tail ?? 0;
            const phrase = /^[^,."]{0,40}?(?:은|는|에는|에서는|에선)\s/.exec(doc.text.slice(tail, t.start))?.[0];
            return Boolean(phrase && TOPIC_END.test(phrase) && ROUND_TOPIC.test(phrase.replace(TOPIC_END, ' ')));
          }) ??
          near.find(
            (x) => roleIs(s, x, 'none') && ROUND_COMPOUND.test(doc.text.slice(listRole(s, x)?.tail ?? 0, t.start)),
          ),
      );
    case 'bare':
    case 'np':
      return one(
        near.find(
          (x) =>
            ['none', 'gen', 'obj', 'other'].includes(listRole(s, x)?.role ?? '') &&
            t.start - lastEnd(s, x) <= 24 &&
            (sel === 'bare' ? BARE_GAP_KO : NP_GAP_KO).test(doc.text.slice(lastEnd(s, x), t.start)),
        ),
      );
    case 'laterObj': {
      // "챗GPT 대항마로 한국어 특화 언어모델인 하이퍼클로바X를 내놨다": the object the phrase describes
      const l = s.lists.find((x) => listStart(s, x) >= c.predEnd && listStart(s, x) - c.predEnd <= 50);
      if (!l || !roleIs(s, l, 'obj')) return [];
      const between = tokensIn(doc, c.predEnd, listStart(s, l));
      const clauseInBetween = between.some(
        (tok, i) =>
          (SERIES_VERBAL.has(tok.pos) && tok.pos !== 'VA') ||
          isTopic(tok) ||
          (tok.pos === 'ETM' && between[i - 1]?.pos !== 'VCP'),
      );
      return clauseInBetween ? [] : one(l);
    }
    case 'later': {
      // "미국의 수출 규제로 화웨이·알리바바 등도 …": the subject right after the predicate's phrase,
      // when no other subject or predicate comes between ("…로 시장이 위축됐다고 X는" is X's saying)
      const l = s.lists.find((x) => listStart(s, x) >= c.predEnd && listStart(s, x) - c.predEnd <= 30);
      if (!l || !roleIs(s, l, 'subj')) return [];
      const between = tokensIn(doc, c.predEnd, listStart(s, l));
      const clauseInBetween = between.some(
        (tok) => (SERIES_VERBAL.has(tok.pos) && tok.lemma !== '인하다') || isTopic(tok) || tok.pos === 'ETM',
      );
      return clauseInBetween ? [] : one(l);
    }
    case 'head': {
      const end = adnominalEnd(doc, t.end, s.end);
      const l = end < 0 ? undefined : after(doc, s, end, 30);
      // "대항마로 꼽히는 곳으로 최근 출시한 클로드3": another clause between, the name is not the head
      const gap = l ? tokensIn(doc, end, listStart(s, l)) : [];
      // "능가한 만큼 오픈AI …": a dependent noun (만큼, 것, 뒤) heads the clause, no name after it
      const closed =
        gap[0]?.pos === 'NNB' ||
        gap.some((tok, i) => HEAD_CLOSED.has(tok.pos) || (tok.pos === 'ETM' && gap[i - 1]?.pos !== 'VCP'));
      return closed ? [] : one(l && ownHeadOnly(s, l));
    }
    case 'appos': {
      let l = s.lists.find((x) => listStart(s, x) >= t.end && listStart(s, x) - t.end <= 16);
      if (!l) return [];
      // "경쟁사인 한국의 삼성전자", "경쟁사인 영국 반도체 회사 암": a country that says where the rival is
      const place = l.length === 1 ? s.args[l[0] ?? -1] : undefined;
      const next = place?.hit.type === 'Country' ? s.lists[s.lists.indexOf(l) + 1] : undefined;
      if (place && next && COUNTRY_OF_NEXT.test(doc.text.slice(place.hit.end, listStart(s, next)))) l = next;
      const gap = doc.text.slice(t.end, listStart(s, l));
      // ("경쟁 스타트업 중 하나인 X": one of the rivals the noun names)
      return /^(?:사|자)?(?:들)?(?:\s(?:중|가운데)\s(?:하나|한\s?곳))?(?:인|이자|으로는|로는|으로|로)?['"]?\s+(?:[가-힣A-Za-z]+\s+)?$/.test(
        gap,
      )
        ? one(l)
        : [];
    }
    case 'listBefore':
      return one(
        near.find(
          (x) =>
            betweenList(doc, lastEnd(s, x), t.start) ||
            // "삼성전자(005930)와 SK하이닉스(000660) 간 경쟁": a bracket after the name is part of it
            (LIST_BEFORE.test(doc.text.slice(lastEnd(s, x), t.start)) &&
              // "영국 시장 내 경쟁": a country before a market noun is where, not who
              !(
                s.args[x[x.length - 1] ?? -1]?.hit.type === 'Country' &&
                LOCATIVE.test(doc.text.slice(lastEnd(s, x), lastEnd(s, x) + 8))
              )),
        ) ??
          // "오픈AI, 앤스로픽 등 경쟁사들을": 등 makes the noun after it the list's head
          s.lists.find(
            (x) =>
              listStart(s, x) < t.start &&
              lastEnd(s, x) <= t.start &&
              /^\s*등\s*$/.test(doc.text.slice(lastEnd(s, x), t.start)),
          ),
      );
    case 'laterSubj': {
      // "제재 대상에는 A와 B도 포함됐다": the subject after the predicate's phrase, in its clause
      const l = s.lists.find((x) => listStart(s, x) >= t.end && lastEnd(s, x) <= c.clause.end && roleIs(s, x, 'subj'));
      return l ? one(l) : [];
    }
    case 'than': {
      // "A는 X 대비 크기는 작지만 성능은 비슷": the standard may stand in an earlier clause of the sentence
      const l = listsIn(s, s.start, t.start + 1)
        .filter((x) => lastEnd(s, x) <= t.start)
        .reverse()
        .find((x) => THAN.test(doc.text.slice(lastEnd(s, x), lastEnd(s, x) + 48)));
      return one(l);
    }
    case 'about': {
      // "X에 대해 … 가능성을 제기하며 조사에 나섰다": a clause with no names of its own shares
      // the "에 대해" phrase of the clause before it
      const own = near.length
        ? near
        : listsIn(s, s.start, t.start + 1)
            .filter((l) => lastEnd(s, l) <= t.start)
            .reverse();
      const lists = own.filter((x) =>
        s.args.some((a, i) => {
          if (!x.includes(i)) return false;
          if (a.noun === '대상') return true;
          const m = ABOUT_KO.exec(doc.text.slice(a.hit.end, a.hit.end + 40));
          // "틱톡 모회사 바이트댄스에 대해": another name before the postposition is what it is about
          const end = a.hit.end + (m?.[0].length ?? 0);
          // (a country there only describes: "A·B 등 중국 업체에 대한")
          return (
            Boolean(m) &&
            !s.args.some(
              (b, j) => !x.includes(j) && b.hit.type !== 'Country' && b.hit.start > a.hit.end && b.hit.start < end,
            )
          );
        }),
      );
      return lists.length ? lists.flatMap((l) => one(l)) : aboutClause(c);
    }
    default:
      return [];
  }
}

export function select(c: SlotCtx, sel: Selector): Arg[][] {
  if (sel === 'anaphor') return anaphor(c, select);
  if (sel === 'mainSubj') return mainSubject(c, select);
  if (sel === 'elided') return elided(c);
  if (sel === 'copulaList') return copulaList(c);
  if (sel === 'shareList') return shareList(c);
  if (sel === 'etcOwner') return etcOwner(c);
  if (sel === 'amountSubj') return amountSubjects(c);
  if (sel === 'series')
    return series(
      c,
      SERIES_BASES.flatMap((b) => select(c, b)),
    );
  if (sel === 'subjSeries') return subjectSeries(c, select(c, 'subj'));
  const rival = rivalSelector(c, sel);
  if (rival) return rival;
  return regulateSelector(c, sel) ?? common(c, sel) ?? (c.doc.lang === 'ko' ? korean(c, sel) : english(c, sel));
}
