/**
 * Relation stage, shared machinery of the trigger rules: the compiled trigger lexicons (each runs
 * once per article), clause boundaries, argument lists before/after a position, the English
 * subject of a verb, and money amounts near a trigger. The rules themselves are in
 * relations-ko.ts and relations-en.ts.
 */
import type { RelationType } from '../graph/model.js';
import { type Arg, listRole, type SentenceArgs } from './args.js';
import type { Doc } from './doc.js';
import { TRIGGERS } from './lexicon.js';

export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
export const T = {
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
  koHolder: koRe(I.ko_holder),
  enHolder: new RegExp(
    `\\bcounts?\\s+(?=[^\\n]{0,160}?\\bamong\\s+(?:its|their)\\s+(?:${I.en_holder.join('|')})\\b)`,
    'g',
  ),
  koDev: koRe(TRIGGERS.DEVELOPS.ko),
  enDev: enRe(TRIGGERS.DEVELOPS.en),
};
export const KO_EXCLUDE = new RegExp(`^(?:${C.ko_exclude.join('|')})`);
export const KO_NEGATE = new RegExp(`^.{0,8}(?:${R.ko_negate.join('|')})`);
export const KO_PASSIVE = new RegExp(`^[가-힣]{0,3}\\s?(?:을|를)?\\s?(?:${R.ko_passive.join('|')})`);
export const EN_NEGATE = new RegExp(`(?:${R.en_negate.join('|')})\\s+(?:\\w+\\s+){0,3}$`);
export const ADNOMINAL =
  /^[가-힣]{0,1}(?:하는|한|할|하던|해온|해 온|중인|인|는|할 만한|할만한|할 수 있는|하고 있는|하고있는|고 있는|해 왔던|했던)\s/;
export const KO_INV_NEGATE = new RegExp(`^.{0,12}(?:${I.ko_negate.join('|')})`);
/** "X로부터 투자를 받은 Y", "투자를 유치한 Y": the target follows the adnominal verb. */
export const KO_RAISE_ADNOMINAL = /^[가-힣]{0,2}(?:은|한|던)\s/;

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

export const isMaker = (a: Arg | undefined) => a?.hit.type === 'Company' || a?.hit.type === 'Organization';

/**
 * Members of a list; a model brings along the maker written right before it ("오픈AI ‘챗GPT’에
 * 맞먹는" → rivals OpenAI as well as ChatGPT).
 */
export const members = (s: SentenceArgs, list: number[] | undefined): Arg[] => {
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
export const listStart = (s: SentenceArgs, l: number[]) => s.args[l[0] ?? 0]?.hit.start ?? 0;
export const listEnd = (s: SentenceArgs, l: number[]) => listRole(s, l)?.tail ?? 0;

/** Nearest list before `pos` whose role is one of `roles`, in the same clause. */
export function before(
  doc: Doc,
  s: SentenceArgs,
  pos: number,
  roles: string[],
  exclude?: number[],
): number[] | undefined {
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
export function after(doc: Doc, s: SentenceArgs, pos: number, maxGap: number): number[] | undefined {
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
    // "OpenAI's GPT-4.1 mini and Alibaba's Qwen3": the chain of possessives goes on
    const out = [...l, ...next];
    for (let j = k + 2; ; j++) {
      const prev = s.lists[j - 1];
      const cur = s.lists[j];
      if (!prev || !cur || listRole(s, prev)?.role !== 'gen' || listStart(s, cur) - listEnd(s, prev) > 2) break;
      out.push(...cur);
    }
    return out;
  }
  return l;
}

/** Pairs inside one list: "美中 양강", "미국과 중국의 패권 경쟁", "Google and Meta compete". */
export const inside = (emit: Emit, s: SentenceArgs, l: number[] | undefined, conf: number) => {
  const m = members(s, l);
  for (let i = 0; i < m.length; i++)
    for (let j = i + 1; j < m.length; j++) emit('COMPETES_WITH', [m[i] as Arg], [m[j] as Arg], conf);
};

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
  if (l && pos - listEnd(s, l) <= maxGap) return l;
  // "Upstage said it will open an office … as it seeks to compete with OpenAI": a subject
  // pronoun right before the verb stands for the name the sentence opened with
  if (PRONOUN_SUBJECT.test(head.slice(-40))) {
    const first = s.lists[0];
    const a = first && s.args[first[0] ?? -1];
    if (a && a.hit.type !== 'Person' && a.hit.type !== 'Country' && listStart(s, first) - s.start <= 70) return first;
  }
  return undefined;
}
const PRONOUN_SUBJECT = /(?:^|[\s,])(?:it|they)\s+(?:[a-z]+\s+){0,3}$/;

const AMOUNT_KO =
  /(?:약\s*)?\d[\d,]*(?:\.\d+)?\s*(?:조|억|만|천)?(?:\s*\d[\d,]*(?:\.\d+)?\s*(?:억|만|천))*\s*(달러|원|엔|위안|유로|파운드)/g;
const AMOUNT_EN =
  /(?:US)?([$€£¥₩])\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:billion|million|trillion|bn|mn|[mbk])\b)?|\d[\d,]*(?:\.\d+)?\s?(?:billion|million|trillion)?\s?(dollars|won|yen|yuan|euros|pounds)\b/g;

/** The money amount nearest a trigger, preferring one after it ("투자한 1억달러", "invested $10 billion"). */
export function amountNear(doc: Doc, s: SentenceArgs, t: Trigger): { amount: string; currency: string } | undefined {
  let best: { amount: string; currency: string; d: number } | undefined;
  for (const re of [AMOUNT_KO, AMOUNT_EN]) {
    re.lastIndex = Math.max(s.start, t.start - 40);
    // searched in a window just past the limit, not to the end of the text (quadratic on long inputs)
    const text = doc.text.slice(0, Math.min(s.end, t.end + 40) + 64);
    for (let m = re.exec(text); m && m.index < Math.min(s.end, t.end + 40); m = re.exec(text)) {
      const d = m.index >= t.end ? m.index - t.end : (t.start - m.index - m[0].length) * 1.5 + 5;
      const sym = m[1] ?? m[2] ?? '';
      const currency = TRIGGERS.currencies[sym] ?? TRIGGERS.currencies[sym.toLowerCase()];
      if (currency && (!best || d < best.d)) best = { amount: m[0].replace(/^약\s*/, '').trim(), currency, d };
    }
  }
  return best && { amount: best.amount, currency: best.currency };
}

/**
 * The list a sentence opens with ("MGX, an Abu Dhabi investor …, has joined X and backed Y"):
 * the subject of a verb coordinated after "and", whose own left neighbour is an object.
 */
export function openingList(s: SentenceArgs): number[] | undefined {
  const l = s.lists[0];
  return l && listStart(s, l) - s.start <= 4 ? l : undefined;
}

/**
 * Investors named between two positions: "counts Nvidia, SoftBank's Vision Fund 2 and Amazon
 * founder Jeff Bezos among its backers". A name that only modifies the next one (a possessor,
 * "Amazon founder", "the U.S. private equity firm") is not an investor itself; nor is a country.
 */
export function holdersBetween(s: SentenceArgs, from: number, to: number): Arg[] {
  const inRange = s.args.filter((a) => a.hit.start >= from && a.hit.end <= to);
  return inRange.filter((a, i) => {
    if (a.hit.type === 'Country') return false;
    const next = inRange[i + 1];
    if (!next) return true;
    const gap = s.text.slice(a.hit.end, next.hit.start);
    return !/^'s\s*$|^(?:'s)?\s+(?:(?!(?:and|or)\s)[a-z][\w-]*\s+){1,3}$/.test(gap);
  });
}
