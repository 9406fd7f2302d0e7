/**
 * Relation stage, trigger-based relations: COMPETES_WITH, REGULATES, INVESTS_IN (and DEVELOPS
 * by verb). A trigger word only yields a relation when the sentence's structure gives it its
 * arguments: in Korean the particles (X가 … Y에 맞먹는, X와 경쟁하는 Y, X는 … Y 대상 제재), in
 * English word order (X rivals Y, X's rival Y, between X and Y, Y was fined by X).
 */
import type { RelationType } from '../graph/model.js';
import { type Arg, listRole, type SentenceArgs } from './args.js';
import type { Doc } from './doc.js';
import { entityInfo, TRIGGERS } from './lexicon.js';
import type { RelationHit } from './types.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const koRe = (words: string[]) =>
  new RegExp(
    `(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map(esc)
      .join('|')})`,
    'g',
  );
const enRe = (words: string[]) =>
  new RegExp(
    `(?<![A-Za-z-])(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map(esc)
      .join('|')})(?![A-Za-z])`,
    'g',
  );

const C = TRIGGERS.COMPETES_WITH;
const R = TRIGGERS.REGULATES;
const I = TRIGGERS.INVESTS_IN;
const T = {
  koRecip: koRe(C.ko_reciprocal),
  koDirected: koRe(C.ko_directed),
  koRivalNoun: koRe(C.ko_rival_nouns),
  enRecip: enRe(C.en_reciprocal),
  enDirected: enRe(C.en_directed),
  enRivalNoun: enRe(C.en_rival_nouns),
  koReg: koRe(R.ko),
  enReg: enRe(R.en),
  koInv: koRe(I.ko),
  koRaise: koRe(I.ko_raise),
  enInv: enRe(I.en),
  enRaise: enRe(I.en_raise),
  koDev: koRe(TRIGGERS.DEVELOPS.ko),
  enDev: enRe(TRIGGERS.DEVELOPS.en),
};
const KO_EXCLUDE = new RegExp(`^(?:${C.ko_exclude.join('|')})`);
const KO_NEGATE = new RegExp(`^.{0,8}(?:${R.ko_negate.join('|')})`);
const KO_PASSIVE = new RegExp(`^[가-힣]{0,3}\\s?(?:을|를)?\\s?(?:${R.ko_passive.join('|')})`);
const EN_NEGATE = new RegExp(`(?:${R.en_negate.join('|')})\\s+(?:\\w+\\s+){0,3}$`);
const ADNOMINAL =
  /^[가-힣]{0,1}(?:하는|한|할|하던|해온|해 온|중인|인|는|할 만한|할만한|할 수 있는|하고 있는|하고있는|고 있는|해 왔던|했던)\s/;
const KO_INV_NEGATE = new RegExp(`^.{0,12}(?:${I.ko_negate.join('|')})`);
/** "X로부터 투자를 받은 Y", "투자를 유치한 Y": the target follows the adnominal verb. */
const KO_RAISE_ADNOMINAL = /^[가-힣]{0,2}(?:은|한|던)\s/;

export interface Trigger {
  start: number;
  end: number;
  word: string;
}

/** Each trigger expression runs once over the article; sentences then take their share. */
const CACHE = new WeakMap<Doc, Map<RegExp, Trigger[]>>();

export function findTriggers(doc: Doc, re: RegExp, s: SentenceArgs): Trigger[] {
  let perDoc = CACHE.get(doc);
  if (!perDoc) {
    perDoc = new Map();
    CACHE.set(doc, perDoc);
  }
  let all = perDoc.get(re);
  if (!all) {
    all = [];
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text))
      all.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
    perDoc.set(re, all);
  }
  return all.filter((t) => t.start >= s.start && t.start < s.end);
}

/** No clause break between two positions: same quotation, no ; or conjunction that starts a new clause. */
export function sameClause(doc: Doc, a: number, b: number): boolean {
  const [x, y] = a < b ? [a, b] : [b, a];
  const between = doc.text.slice(x, y);
  if (between.includes('"') || /[;:]/.test(between)) return false;
  return doc.lang === 'ko'
    ? !/(?:면서|지만|는데|으나|으며|했고|였고|이고|이며)[\s,]/.test(between)
    : !/,?\s(?:while|but|whereas|although|which|who|after|before|(?<!such )as|when)\s/.test(between);
}

export type Emit = (
  type: RelationType,
  from: Arg[],
  to: Arg[],
  confidence: number,
  extra?: { amount?: string; currency?: string },
) => void;

const isMaker = (a: Arg | undefined) => a?.hit.type === 'Company' || a?.hit.type === 'Organization';

/**
 * Members of a list; a model brings along the maker written right before it ("오픈AI ‘챗GPT’에
 * 맞먹는" → rivals OpenAI as well as ChatGPT).
 */
const members = (s: SentenceArgs, list: number[] | undefined): Arg[] => {
  const out: Arg[] = [];
  for (const i of list ?? []) {
    const a = s.args[i];
    if (!a) continue;
    const prev = s.args[i - 1];
    if (
      (a.hit.type === 'Model' || a.hit.type === 'Product') &&
      prev &&
      isMaker(prev) &&
      /^(?:의|'s)?\s*'?$/.test(s.text.slice(prev.hit.end, a.hit.start)) &&
      !(list ?? []).includes(i - 1)
    )
      out.push(prev);
    out.push(a);
  }
  return out;
};
const listStart = (s: SentenceArgs, l: number[]) => s.args[l[0] ?? 0]?.hit.start ?? 0;
const listEnd = (s: SentenceArgs, l: number[]) => listRole(s, l)?.tail ?? 0;

/** Nearest list before `pos` whose role is one of `roles`, in the same clause. */
function before(doc: Doc, s: SentenceArgs, pos: number, roles: string[], exclude?: number[]): number[] | undefined {
  for (let i = s.lists.length - 1; i >= 0; i--) {
    const l = s.lists[i];
    if (!l || l === exclude || listEnd(s, l) > pos) continue;
    if (!sameClause(doc, listStart(s, l), pos)) return undefined;
    const role = listRole(s, l)?.role ?? 'none';
    if (roles.includes(role)) return l;
  }
  return undefined;
}

/** First list starting after `pos` within `maxGap` characters, same clause. */
function after(doc: Doc, s: SentenceArgs, pos: number, maxGap: number): number[] | undefined {
  const k = s.lists.findIndex((x) => listStart(s, x) >= pos);
  const l = s.lists[k];
  if (!l || listStart(s, l) - pos > maxGap || !sameClause(doc, pos, listStart(s, l))) return undefined;
  // "OpenAI's o1": the possessor and what it possesses are one argument
  const next = s.lists[k + 1];
  if (listRole(s, l)?.role === 'gen' && next && listStart(s, next) - listEnd(s, l) <= 2) {
    // "Japan's SoftBank", "중국의 딥시크": a country before an organisation only says where it is
    const owner = listRole(s, l);
    const owned = s.args[next[0] ?? -1];
    if (owner?.hit.type === 'Country' && l.length === 1 && owned && isMaker(owned)) return next;
    return [...l, ...next];
  }
  return l;
}

/** Pairs inside one list: "美中 양강", "미국과 중국의 패권 경쟁", "Google and Meta compete". */
const inside = (emit: Emit, s: SentenceArgs, l: number[] | undefined, conf: number) => {
  const m = members(s, l);
  for (let i = 0; i < m.length; i++)
    for (let j = i + 1; j < m.length; j++) emit('COMPETES_WITH', [m[i] as Arg], [m[j] as Arg], conf);
};

function competesKo(doc: Doc, s: SentenceArgs, emit: Emit): void {
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && Boolean(seen.add(key));
  for (const [re, directed] of [
    [T.koRecip, false],
    [T.koDirected, true],
  ] as const) {
    for (const t of findTriggers(doc, re, s)) {
      if (KO_EXCLUDE.test(doc.text.slice(t.start, t.start + 4))) continue;
      const adjacent = s.lists.find(
        (l) =>
          l.length > 1 &&
          listEnd(s, l) <= t.start &&
          t.start - listEnd(s, l) <= 16 &&
          sameClause(doc, listEnd(s, l), t.start),
      );
      if (!directed && adjacent && ['none', 'gen', 'subj'].includes(listRole(s, adjacent)?.role ?? '')) {
        if (once(`in${adjacent[0]}`)) inside(emit, s, adjacent, 0.8);
        continue;
      }
      // a headline has no particles: "SK하이닉스, … 삼성전자와 HBM 경쟁" — its first name is the topic
      // (the comma after the topic also reads as a list comma: "카카오, 네이버와" is one list)
      const first = s.args[0];
      const headline =
        first && first.role === 'none' && first.hit.start === s.start && doc.text[first.tail] === ',' ? [0] : undefined;
      const subj = before(doc, s, t.start, ['subj']) ?? headline;
      let partner = before(doc, s, t.start, directed ? ['dat', 'obj', 'com'] : ['com'], subj);
      if (headline && subj === headline && partner?.[0] === 0)
        partner = partner.length > 1 ? partner.slice(1) : undefined;
      if (!directed && subj && subj.length > 1 && !partner && once(`in${subj[0]}`)) {
        inside(emit, s, subj, 0.75); // "네이버와 카카오가 … 경쟁하고 있다"
        continue;
      }
      const head = ADNOMINAL.test(doc.text.slice(t.end, t.end + 12)) ? after(doc, s, t.end, 14) : undefined;
      if (partner && head && once(`ph${partner[0]}-${head[0]}`))
        emit('COMPETES_WITH', members(s, partner), members(s, head), 0.8);
      else if (subj && partner && listStart(s, subj) < listStart(s, partner) && once(`sp${subj[0]}-${partner[0]}`)) {
        emit('COMPETES_WITH', members(s, subj), members(s, partner), 0.8);
      }
    }
  }
  // "X의 경쟁사 Y", "X의 라이벌인 Y"
  for (const t of findTriggers(doc, T.koRivalNoun, s)) {
    const owner = s.args.find((a) => a.role === 'gen' && a.tail <= t.start && t.start - a.tail <= 2);
    const other = after(doc, s, t.end, 4);
    if (owner && other) emit('COMPETES_WITH', [owner], members(s, other), 0.75);
    // "딥시크가 … 흔들자 바이트댄스, 바이두 등 경쟁사들이 반격": the list are rivals of the subject
    const rivals = s.lists.find((l) => /^\s*(?:등\s*)?$/.test(doc.text.slice(listEnd(s, l), t.start)));
    const subj = rivals && !owner && before(doc, s, listStart(s, rivals), ['subj']);
    if (rivals && subj && subj !== rivals) emit('COMPETES_WITH', members(s, subj), members(s, rivals), 0.7);
  }
}

/**
 * The English subject of a verb at `pos`: the nearest name list before it, looking past a
 * relative clause opener ("Mistral, which competes with") and a comma-enclosed appositive
 * ("Sakana AI, co-founded by …, has raised"). Farther than `maxGap` characters it is no subject.
 */
export function subjectEn(doc: Doc, s: SentenceArgs, pos: number, maxGap = 60): number[] | undefined {
  const head = doc.text.slice(s.start, pos);
  // the antecedent of "…, which/who …" is the subject of the relative clause and of the main verb
  const rel = [...head.matchAll(/,\s+(?:which|who)\s/g)].pop();
  const appos = /,\s[^,]{3,90},\s+(?:(?:has|have|had|is|was|will|would|also|said|says)\s+)*(?:\w+\s+){0,2}$/.exec(head);
  for (const cut of [rel, appos]) {
    if (!cut) continue;
    const end = s.start + (cut.index ?? 0);
    const l = [...s.lists].reverse().find((x) => listEnd(s, x) <= end && end - listEnd(s, x) <= 3);
    if (l && ['none', 'gen'].includes(listRole(s, l)?.role ?? '')) return l;
  }
  const l = before(doc, s, pos, ['none', 'gen']);
  return l && pos - listEnd(s, l) <= maxGap ? l : undefined;
}

function competesEn(doc: Doc, s: SentenceArgs, emit: Emit): void {
  for (const [re, kind] of [
    [T.enRecip, 'recip'],
    [T.enDirected, 'directed'],
    [T.enRivalNoun, 'noun'],
  ] as const) {
    for (const t of findTriggers(doc, re, s)) {
      const next = doc.text.slice(t.end, t.end + 12);
      const between = /^\s+between\s/.test(next) ? after(doc, s, t.end, 12) : undefined;
      if (between && between.length > 1) {
        inside(emit, s, between, 0.8);
        continue;
      }
      const adjacent = s.lists.find((l) => listEnd(s, l) <= t.start && t.start - listEnd(s, l) <= 3);
      if (kind === 'recip' && adjacent && adjacent.length > 1) {
        inside(emit, s, adjacent, 0.8);
        continue;
      }
      if (kind === 'noun') {
        // "X's rival Y", "X rival Y", "a rival to Y", "rivals such as Y and Z"
        const owner = s.args.find(
          (a) => a.tail <= t.start && t.start - a.tail <= 2 && !/\s(?:and|or),?$/.test(doc.text.slice(a.tail, t.start)),
        );
        const other = after(doc, s, t.end, 14);
        const subj = owner ? undefined : before(doc, s, t.start, ['none', 'gen']);
        if (owner && other) emit('COMPETES_WITH', [owner], members(s, other), 0.75);
        else if (
          subj &&
          other &&
          /^\s*(?:to|of|,|such as|like|including)?\s*$/.test(doc.text.slice(t.end, listStart(s, other)))
        ) {
          emit('COMPETES_WITH', members(s, subj), members(s, other), 0.7);
        }
        continue;
      }
      const subj = subjectEn(doc, s, t.start, 40);
      const obj = after(doc, s, t.end, 30);
      if (
        subj &&
        obj &&
        /^\s*(?:with|against|to|in|from|,)?\s*(?:the\s+)?(?:\w+\s+){0,2}$/.test(
          doc.text.slice(t.end, listStart(s, obj)),
        )
      ) {
        emit('COMPETES_WITH', members(s, subj), members(s, obj), 0.8);
      } else if (subj && subj.length > 1 && kind === 'recip' && t.start - listEnd(s, subj) < 20) {
        inside(emit, s, subj, 0.75);
      }
    }
  }
}

function regulatesKo(doc: Doc, s: SentenceArgs, emit: Emit): void {
  for (const t of findTriggers(doc, T.koReg, s)) {
    const tail = doc.text.slice(t.end, t.end + 14);
    if (KO_NEGATE.test(tail)) continue;
    const authority = (a: Arg) => a.hit.type === 'Country' || a.hit.type === 'Organization';
    const near = s.args.filter((a) => a.tail <= t.start && t.start - a.tail <= 12 && sameClause(doc, a.tail, t.start));
    if (KO_PASSIVE.test(tail)) {
      // "딥시크가 미국의 제재를 받았다": the subject is the target, the genitive the regulator
      const reg = near.reverse().find((a) => authority(a) && (a.role === 'gen' || a.role === 'none'));
      const target = before(doc, s, t.start, ['subj']);
      if (reg && target)
        emit(
          'REGULATES',
          [reg],
          members(s, target).filter((a) => a !== reg),
          0.75,
        );
      continue;
    }
    const genReg = [...near].reverse().find((a) => authority(a) && a.role === 'gen');
    const subjList = before(doc, s, t.start, ['subj']);
    const subjReg = members(s, subjList).filter(authority);
    const regs = genReg ? [genReg] : subjReg;
    if (regs.length === 0) continue;
    const from = regs[0]?.hit.start ?? s.start;
    const targets = s.args.filter(
      (a) =>
        !regs.includes(a) &&
        a.hit.start > from &&
        ((a.tail <= t.start &&
          sameClause(doc, a.tail, t.start) &&
          (a.noun === '대상' ||
            /^\s*(?:에\s*대한|에\s*대해|을\s*겨냥|를\s*겨냥|을\s*상대로|를\s*상대로)/.test(
              doc.text.slice(a.tail - 1, a.tail + 8),
            ) ||
            ((a.role === 'obj' || a.role === 'dat') && t.start - a.tail <= 20) ||
            // "엔비디아의 대중 AI 칩 판매를 전면 규제": the owner of the regulated thing
            (a.role === 'gen' &&
              !authority(a) &&
              /^[^,"]{0,24}?[을를]\s+(?:[가-힣]+\s+)?$/.test(doc.text.slice(a.tail, t.start))) ||
            (a.role === 'none' && t.start - a.tail <= 2))) ||
          (a.hit.start >= t.end && a.hit.start - t.end <= 8 && a.noun === '대상')),
    );
    if (targets.length) emit('REGULATES', regs, targets, 0.8);
  }
}

function regulatesEn(doc: Doc, s: SentenceArgs, emit: Emit): void {
  for (const t of findTriggers(doc, T.enReg, s)) {
    if (EN_NEGATE.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start))) continue;
    const authority = (a: Arg) => a.hit.type === 'Country' || a.hit.type === 'Organization';
    const byAgent = /^\s+by\s/.test(doc.text.slice(t.end, t.end + 5));
    if (byAgent) {
      const reg = after(doc, s, t.end, 10);
      const target = before(doc, s, t.start, ['none', 'gen']);
      if (reg && target) emit('REGULATES', members(s, reg).filter(authority), members(s, target), 0.8);
      continue;
    }
    const regList = subjectEn(doc, s, t.start);
    const regs = members(s, regList).filter(authority);
    const obj = after(doc, s, t.end, 70);
    if (!regs.length || !obj) continue;
    const gap = doc.text.slice(t.end, listStart(s, obj));
    if (
      (gap.length <= 40 &&
        /^[\s\w-]*?\b(?:on|against|targeting|of|over|from|to)\s+(?:the\s+)?(?:\w+\s+){0,2}$|^\s+(?:the\s+)?$/.test(
          gap,
        )) ||
      // "regulate providers of general-purpose models such as Mistral and OpenAI"
      /^\s+(?:the\s+)?(?:[\w-]+\s+){1,5}(?:such as|including|like)\s+$/.test(gap)
    ) {
      emit('REGULATES', regs, members(s, obj), 0.8);
    }
  }
}

const AMOUNT_KO =
  /(?:약\s*)?\d[\d,]*(?:\.\d+)?\s*(?:조|억|만|천)?(?:\s*\d[\d,]*(?:\.\d+)?\s*(?:억|만|천))*\s*(달러|원|엔|위안|유로|파운드)/g;
const AMOUNT_EN =
  /(?:US)?([$€£¥₩])\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:billion|million|trillion|bn|mn|[mbk])\b)?|\d[\d,]*(?:\.\d+)?\s?(?:billion|million|trillion)?\s?(dollars|won|yen|yuan|euros|pounds)\b/g;

/** The money amount nearest a trigger, preferring one after it ("투자한 1억달러", "invested $10 billion"). */
function amountNear(doc: Doc, s: SentenceArgs, t: Trigger): { amount: string; currency: string } | undefined {
  let best: { amount: string; currency: string; d: number } | undefined;
  for (const re of [AMOUNT_KO, AMOUNT_EN]) {
    re.lastIndex = Math.max(s.start, t.start - 40);
    for (let m = re.exec(doc.text); m && m.index < Math.min(s.end, t.end + 40); m = re.exec(doc.text)) {
      const d = m.index >= t.end ? m.index - t.end : (t.start - m.index - m[0].length) * 1.5 + 5;
      const sym = m[1] ?? m[2] ?? '';
      const currency = TRIGGERS.currencies[sym] ?? TRIGGERS.currencies[sym.toLowerCase()];
      if (currency && (!best || d < best.d)) best = { amount: m[0].replace(/^약\s*/, '').trim(), currency, d };
    }
  }
  return best && { amount: best.amount, currency: best.currency };
}

function investsKo(doc: Doc, s: SentenceArgs, emit: Emit): void {
  for (const t of findTriggers(doc, T.koRaise, s)) {
    if (KO_INV_NEGATE.test(doc.text.slice(t.end, t.end + 16))) continue;
    // "한국산업은행과 삼성벤처투자 등으로부터": every member of a 로부터 list is an investor
    const investors = s.lists
      .filter(
        (l) => listRole(s, l)?.role === 'from' && listEnd(s, l) <= t.start && sameClause(doc, listEnd(s, l), t.start),
      )
      .flatMap((l) => members(s, l));
    if (!investors.length) continue;
    const adnominal = KO_RAISE_ADNOMINAL.test(doc.text.slice(t.end, t.end + 4));
    const target = adnominal ? after(doc, s, t.end, 8) : before(doc, s, t.start, ['subj']);
    if (target) emit('INVESTS_IN', investors, members(s, target), 0.75, amountNear(doc, s, t));
  }
  for (const t of findTriggers(doc, T.koInv, s)) {
    if (/^투자(?:자|가들|은행|사|처|심리|의견|전략|비용)/.test(doc.text.slice(t.start, t.start + 6))) continue;
    // "지분 투자는 하지 않기로 했다": a denied investment is no relation
    if (KO_INV_NEGATE.test(doc.text.slice(t.end, t.end + 16))) continue;
    // "X로부터 투자를 받았다" is the raise rule's, the subject there is the target
    if (/^[를을]?\s?받/.test(doc.text.slice(t.end, t.end + 4))) continue;
    const investor = before(doc, s, t.start, ['subj']);
    if (!investor) continue;
    const target = before(doc, s, t.start, ['dat', t.word === '인수' ? 'obj' : 'dat'], investor);
    if (target && listStart(s, target) > listStart(s, investor)) {
      emit('INVESTS_IN', members(s, investor), members(s, target), 0.8, amountNear(doc, s, t));
    }
  }
}

function investsEn(doc: Doc, s: SentenceArgs, emit: Emit): void {
  for (const t of findTriggers(doc, T.enRaise, s)) {
    const target = subjectEn(doc, s, t.start);
    const rest = doc.text.slice(t.end, s.end);
    const m =
      /\b(?:from|led by|backed by)\s+(?:the\s+)?(?:[\w.-]+-based\s+|investors\s+(?:including|such as)\s+)?/.exec(rest);
    const investors = m ? after(doc, s, t.end + m.index + m[0].length, 4) : undefined;
    if (target && investors) emit('INVESTS_IN', members(s, investors), members(s, target), 0.75, amountNear(doc, s, t));
  }
  for (const t of findTriggers(doc, T.enInv, s)) {
    const next = doc.text.slice(t.end, t.end + 8);
    if (/^\s+by\s/.test(next)) {
      const investors = after(doc, s, t.end, 10);
      const target = before(doc, s, t.start, ['none', 'gen']);
      if (investors && target)
        emit('INVESTS_IN', members(s, investors), members(s, target), 0.75, amountNear(doc, s, t));
      continue;
    }
    const investor = subjectEn(doc, s, t.start);
    const target = after(doc, s, t.end, 45);
    if (!investor || !target) continue;
    const gap = doc.text.slice(t.end, listStart(s, target));
    if (
      /^(?:\s+(?:an?\s+)?(?:(?:additional|further|about|roughly|nearly|around|some|more than|over|up to|another)\s+)*(?:[$€£¥₩]?[\d,.]+\s*(?:billion|million|trillion|bn|m)?\s*)?(?:stake\s+)?(?:in|into)\s+(?:the\s+)?|\s+(?:the\s+)?)$/.test(
        gap,
      )
    ) {
      emit('INVESTS_IN', members(s, investor), members(s, target), 0.8, amountNear(doc, s, t));
    }
  }
}

/**
 * "미국 상무부는 … 수출을 금지", "U.S. Commerce Department restricts …": an agency whose name
 * spells out its country acts for that country, so the country regulates the target too.
 */
function stateOf(doc: Doc, a: Arg): Arg | undefined {
  const country = a.hit.type === 'Organization' ? doc.entities.get(a.hit.id)?.country : undefined;
  const info = country ? entityInfo(country.includes(':') ? country : `country:${country}`) : undefined;
  if (!info) return undefined;
  const surface = doc.text.slice(a.hit.start, a.hit.end);
  const name = [...info.ko, ...info.en].find((n) => surface.startsWith(`${n} `));
  if (!name) return undefined;
  doc.entities.set(info.id, info);
  const hit = {
    start: a.hit.start,
    end: a.hit.start + name.length,
    id: info.id,
    type: info.type,
    how: 'abbrev' as const,
  };
  doc.extraHits.push(hit);
  return { hit, tail: hit.end, role: a.role, quote: a.quote };
}

export function triggerRelations(doc: Doc, s: SentenceArgs, emit0: Emit): void {
  const emit: Emit = (type, from, to, confidence, extra) => {
    emit0(type, from, to, confidence, extra);
    const states = type === 'REGULATES' ? from.flatMap((a) => stateOf(doc, a) ?? []) : [];
    if (states.length) emit0(type, states, to, confidence - 0.05, extra);
  };
  if (doc.lang === 'ko') {
    competesKo(doc, s, emit);
    regulatesKo(doc, s, emit);
    investsKo(doc, s, emit);
  }
  // English sentences appear in Korean articles too (quotes, names); the English rules are cheap.
  competesEn(doc, s, emit);
  regulatesEn(doc, s, emit);
  investsEn(doc, s, emit);
}

export { T as TRIGGER_RES };
