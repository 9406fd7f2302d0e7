/**
 * Navigation over a sentence's argument lists for the relation frames and links: the nearest
 * list before / after a position in the same clause, a list's members (a model brings its maker
 * along), the English subject of a verb, and the compiled predicate matches (each expression runs
 * once per article; sentences take their share). Searches never leave the sentence.
 */
import type { RelationType } from '../../graph/model.js';
import type { Doc } from '../doc.js';
import { type Arg, listRole, type SentenceArgs } from './args.js';
import { raiserBefore } from './clause.js';

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
    : // "emerged as a rival to", "as well as": a role or an addition, no clause
      !/,?\s(?:while|but|whereas|although|which|who|after|before|(?<!such |well )as(?!\s+(?:a|an|well|one)\s)|when)\s/.test(
        between,
      );
}

export type Emit = (
  type: RelationType,
  from: Arg[],
  to: Arg[],
  confidence: number,
  extra?: { amount?: string; currency?: string },
) => void;

/** "A, B 등의 (인공지능(AI)) 모델과 경쟁": the genitive list owns the partner noun, so it is one side */
export const OWNERS_OF_PARTNER = /^\s*(?:[가-힣A-Za-z()]+\s+){0,2}[가-힣A-Za-z()]+(?:와|과)\s+$/;

export const isMaker = (a: Arg | undefined) => a?.hit.type === 'Company' || a?.hit.type === 'Organization';
export const isModel = (a: Arg | undefined) => a?.hit.type === 'Model' || a?.hit.type === 'Product';

/**
 * Members of a list; a model brings along the maker written right before it ("오픈AI ‘챗GPT’에
 * 맞먹는" → rivals OpenAI as well as ChatGPT).
 */
export const members = (s: SentenceArgs, list: number[] | undefined): Arg[] => {
  const out: Arg[] = [];
  for (const i of list ?? []) {
    const a = s.args[i];
    const prev = s.args[i - 1];
    // "A와 일본 소프트뱅크": a country describing the next member is no member; the company of a
    // person's title ("손정의 소프트뱅크그룹 회장은") acts with the person, so it is one
    if (!a || (a.describes && !(isMaker(a) && prev?.hit.type === 'Person'))) continue;
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

/** The head noun a model's or a product's name may carry: "the Kimi K2 model", "its Gaudi chips". */
export const NAME_HEAD_WORDS =
  '\\s+(?:model|models|chip|chips|chatbot|system|engine|platform|processor|processors|family)';
const NAME_HEAD = new RegExp(`^${NAME_HEAD_WORDS}$`);

/**
 * The English subject of a verb at `pos`: the nearest name list before it, looking past a
 * relative clause opener ("Mistral, which competes with"; "A and B, both of which invested") and a comma-enclosed appositive
 * ("Sakana AI, co-founded by …, has raised"). Farther than `maxGap` characters it is no subject.
 */
export function subjectEn(doc: Doc, s: SentenceArgs, pos: number, maxGap = 60): number[] | undefined {
  const head = doc.text.slice(s.start, pos);
  // the antecedent of "…, which/who …" is the subject of the relative clause and of the main verb
  const rel = [
    ...head.matchAll(/,\s+(?:(?:both|all|each|some|most|several|two|three) of\s+)?(?:which|who|whom)\s/g),
  ].pop();
  const appos = /,\s[^,]{3,90},\s+(?:(?:has|have|had|is|was|will|would|also|said|says)\s+)*(?:\w+\s+){0,2}$/.exec(head);
  for (const cut of [rel, appos]) {
    if (!cut) continue;
    const end = s.start + (cut.index ?? 0);
    // ("its Kimi K2 model, which …": the name's head noun may stand before the relative pronoun)
    const l = [...s.lists]
      .reverse()
      .find(
        (x) =>
          listEnd(s, x) <= end &&
          (end - listEnd(s, x) <= 3 || (cut === rel && NAME_HEAD.test(doc.text.slice(listEnd(s, x), end)))),
      );
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
// "it", "they", or what it owns ("its latest model surpasses …": the owner stands for the model's maker)
const PRONOUN_SUBJECT =
  /(?:^|[\s,])(?:it|they|its(?:\s+[a-z-]+){0,2}\s+(?:model|models|chatbot|chip|chips|system|assistant))\s+(?:[a-z]+\s+){0,3}$/;

/**
 * "퓨리오사AI는 투자를 유치했다. KT와 네이버도 참여했다": a Korean sentence whose subject list is
 * additive (도) goes on with the sentence before it in the paragraph when a round was named in the
 * last two sentences, so the context the sentence before gave the predicate holds for it too.
 */
export function continuesFrom(doc: Doc, s: SentenceArgs, index: number, context: RegExp, at: number): boolean {
  if (doc.lang !== 'ko') return false;
  // "X는 자금을 유치했으며 여기에는 A·B가 참여했다", "… 조달했다. 이번 투자에는 A도 참여": a clause
  // that opens on a pointer back ("여기에는") to a round named in this sentence or the one before
  // speaks of that round
  const lead = doc.text.slice(s.start, at);
  if (BACK_TO_ROUND.test(lead) && raiserBefore(doc, index, 1)) return true;
  const prev = doc.sentences[index - 1];
  if (!prev || doc.text.slice(prev.end, s.start).includes('\n\n')) return false;
  const round = raiserBefore(doc, index, 2);
  const additive = s.args.some(
    (a) => a.tail <= at && a.role === 'subj' && /도$/.test(doc.text.slice(a.hit.end, a.tail)),
  );
  return Boolean(round) && additive && context.test(doc.text.slice(prev.start, prev.end));
}
const BACK_TO_ROUND =
  /(?:^|[\s,])(?:여기에는|여기엔|여기에도|이번 (?:투자|펀딩|라운드|자금 조달)에는|이 (?:투자|라운드)에는)\s/;
