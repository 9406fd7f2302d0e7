/**
 * Argument structure of a sentence for the relation rules: each mention with its grammatical
 * role (from the Korean particle after it, looking through nouns like 정부/AI/개발/대상 that pass
 * the particle on: "중국 정부는" is a subject, "챗GPT 개발에" a dative), coordination lists
 * ("독일과 프랑스, 캐나다", "Google and Meta"), and quotation segments.
 */
import { type Doc, tokensIn } from '../doc.js';
import { hangulRunAfter } from '../entities/match.js';
import { GRAMMAR, isParticleRun } from '../lexicon.js';
import type { MentionHit } from '../types.js';
import { buildLists } from './coordination.js';

export type Role = 'subj' | 'com' | 'dat' | 'obj' | 'gen' | 'from' | 'quot' | 'none' | 'other';

export interface Arg {
  hit: MentionHit;
  /** end of the mention plus the particle / transparent noun that decided its role */
  tail: number;
  role: Role;
  /** the transparent noun read through, if any (대상, 개발, 정부 …) */
  noun?: string;
  /** quotation segment index: args in different quotes do not share a clause */
  quote: number;
  /** a country inside a list that only says where the next member is ("A와 일본 소프트뱅크") */
  describes?: boolean;
}

const ROLE_OF = new Map<string, Role>();
for (const [role, words] of [
  ['subj', GRAMMAR.subj],
  ['com', GRAMMAR.com],
  ['dat', GRAMMAR.dat],
  ['obj', GRAMMAR.obj],
  ['gen', GRAMMAR.gen],
  ['from', GRAMMAR.from],
] as const) {
  for (const w of words) ROLE_OF.set(w, role);
}
for (const w of ['이라는', '라는', '이란', '란', '인']) ROLE_OF.set(w, 'quot');
// "오픈AI의 o1-미니나 중국 딥시크를": 나/이나 ("or") coordinates as 와/과 does
for (const w of ['나', '이나']) if (!ROLE_OF.has(w)) ROLE_OF.set(w, 'com');
const TRANSPARENT = [...GRAMMAR.transparentNouns];

function roleOf(particles: string): Role {
  if (particles === '') return 'none';
  const direct = ROLE_OF.get(particles);
  if (direct) return direct;
  // "에서는", "과의", "에게는": the first particle decides, except a trailing 의 makes a genitive
  if (particles.endsWith('의')) return particles.startsWith('와') || particles.startsWith('과') ? 'com' : 'gen';
  // "텐센트와 알리바바 등으로부터", "기업들에": 등/들 close the list, the particle after them decides
  if (/^(?:등|들)./.test(particles)) return roleOf(particles.slice(1));
  for (let k = particles.length - 1; k > 0; k--) {
    const r = ROLE_OF.get(particles.slice(0, k));
    if (r && isParticleRun(particles.slice(k))) return r;
  }
  return 'other';
}

/** Role of a mention from what follows it (Korean); English mentions get 'none'. */
function roleAfter(doc: Doc, hit: MentionHit): { role: Role; tail: number; noun?: string } {
  const { text } = doc;
  let pos = hit.end;
  // possessive 's is a genitive in both languages
  if (text.startsWith("'s", pos) && !/[A-Za-z]/.test(text[pos + 2] ?? '')) return { role: 'gen', tail: pos + 2 };
  if (text[pos] === "'" || text[pos] === '"') pos++; // ‘챗GPT’에
  // "미국 연방거래위원회(FTC)는", "FTC)는": the particle after the bracket is the name's
  if (text[pos] === ')') pos++;
  else if (text[pos] === '(') {
    const close = text.indexOf(')', pos);
    if (close > pos && close - pos <= 30 && !text.slice(pos, close).includes('\n')) pos = close + 1;
  }
  // "‘앤트로픽(Anthropic)’이": the quote closes after the bracket
  if ((text[pos] === "'" || text[pos] === '"') && text[pos - 1] === ')') pos++;
  // "엑사원 딥의 경우 …": "as for X" marks the topic
  const asFor = AS_FOR.exec(text.slice(pos, pos + 10));
  if (asFor) return { role: 'subj', tail: pos + asFor[0].length };
  let run = hangulRunAfter(text, pos);
  if (run) return { role: roleOf(run), tail: pos + run.length };
  const etc = etcHead(doc, pos);
  if (etc) return etc;
  // "A와 B 모두 X에 투자", "양사 모두", "C 역시": a floating quantifier after the list takes the
  // particle; with none it marks the subject
  const float = FLOATING.exec(text.slice(pos, pos + 12));
  if (float) {
    const rest = float[1] ?? '';
    const role = rest ? roleOf(rest) : 'subj';
    if (role !== 'other') return { role, tail: pos + float[0].length };
  }
  // look through up to two transparent nouns: "중국 정부는", "미국 AI에", "챗GPT 개발에"
  let noun: string | undefined;
  for (let step = 0; step < 2; step++) {
    let k = pos;
    while (text[k] === ' ') k++;
    if (k === pos && step === 0 && text[k] !== ' ') break;
    const word = /^([A-Za-z]+|[가-힣]+)/.exec(text.slice(k, k + 12))?.[1];
    if (!word) break;
    const base = TRANSPARENT.find((t) => word.startsWith(t) && isParticleRun(word.slice(t.length)));
    if (!base) break;
    noun = base;
    pos = k + base.length;
    run = hangulRunAfter(text, pos);
    if (run) return { role: roleOf(run), tail: pos + run.length, noun };
  }
  return noun ? { role: 'none', tail: pos, noun } : { role: 'none', tail: hit.end };
}

/**
 * "외교부·국방부 등 주요 부처들도", "X, Y 등 15개 컨소시엄이": after 등 the list's head noun comes
 * (one to four words on: "등 주요 AI 모델 기업에"), and its particle gives the whole list its role.
 */
function etcHead(doc: Doc, pos: number): { role: Role; tail: number; noun: string } | undefined {
  const { text } = doc;
  const m = ETC.exec(text.slice(pos, pos + 40));
  if (!m) return undefined;
  let k = (m.index ?? 0) + m[0].length;
  for (let w = 0; w < 4; w++) {
    const word = /^[가-힣A-Za-z0-9]+/.exec(text.slice(pos + k, pos + k + 16))?.[0];
    if (!word) return undefined;
    for (let c = 1; c < word.length; c++) {
      const rest = word.slice(c);
      // ("등 대표적인 벤처캐피털들이": an adnominal 인 on a modifier is no particle of the head noun)
      if (rest === '인' && w < 3) continue;
      if (/[가-힣]/.test(word[c - 1] ?? '') && isParticleRun(rest) && ROLE_OF.has(rest.replace(/^들/, '') || rest)) {
        const role = roleOf(rest);
        // "등 금융기관과 벤처캐피털이": a coordinated head noun; the last one's particle decides
        const more =
          role === 'com'
            ? /^ ([가-힣A-Za-z]{1,10}?)(이|가|은|는|도|을|를|에|의|로부터|으로부터)(?![가-힣])/.exec(
                text.slice(pos + k + word.length, pos + k + word.length + 16),
              )
            : null;
        // ("등 빅테크와 겨루는 스타트업": a verb after the list is its predicate, no second head noun)
        const from = pos + k + word.length + 1;
        const verb = more && tokensIn(doc, from, from + more[0].length - 1).some((x) => VERBAL.has(x.pos));
        if (more && !verb)
          return { role: roleOf(more[2] ?? ''), tail: pos + k + word.length + more[0].length, noun: '등' };
        return { role, tail: pos + k + word.length, noun: '등' };
      }
    }
    k += word.length;
    // "등 대규모언어모델(LLM)에도": a bracket after the head noun, then its particle
    const bracket = /^\([^()\n]{1,20}\)([가-힣]+)/.exec(text.slice(pos + k, pos + k + 30));
    if (bracket?.[1] && isParticleRun(bracket[1]) && ROLE_OF.has(bracket[1].replace(/^들/, '') || bracket[1]))
      return { role: roleOf(bracket[1]), tail: pos + k + bracket[0].length, noun: '등' };
    const gap = /^ +/.exec(text.slice(pos + k, pos + k + 3))?.[0];
    if (!gap) return undefined;
    k += gap.length;
  }
  return undefined;
}
const AS_FOR = /^의 경우(?:에는|엔|에)?(?=[\s,])/;
const FLOATING = /^ (?:양사 |양국 |두 회사 )?(?:모두|역시|둘 다)([가-힣]*)(?=[\s,])/;
// "A, B 같은 기술 업체들에도": 같은 closes a list of examples as 등 does
const ETC = /^\s*(?:등|같은|과 같은|와 같은)\s+/;

export interface SentenceArgs {
  /** the article's normalised text */
  text: string;
  start: number;
  end: number;
  args: Arg[];
  /** lists of coordinated args (indices into args), every arg in exactly one list */
  lists: number[][];
  /** lists joined by an additive connective ("A에 이어 B로부터", "A은 물론 B에게도"): one group */
  chains: Map<number[], number[][]>;
}

/** "에 이어", "은 물론", "뿐만 아니라", "에 더해", "외에": the list before it shares the role of the list after. */
const VERBAL = new Set(['VV', 'VA', 'XSV', 'XSA', 'VX']);
const ADDITIVE =
  /^\s*(?:\([^()]{0,30}\))?\s*(?:에\s*이어(?:서)?|[은는]\s*물론(?:이고|이며)?|뿐(?:만)?\s*아니라|에\s*더해|[을를]\s*비롯(?:해|하여)|\s?외에(?:도)?)[\s,]/;

/**
 * Additive chains: the list after the connective (the next one with a role of its own, a bare
 * country descriptor like "영국 반도체 기업" passed over) gives the list before it its role, and
 * the two form one group for the selectors.
 */
function additiveChains(doc: Doc, args: Arg[], lists: number[][]): Map<number[], number[][]> {
  const { text } = doc;
  const chains = new Map<number[], number[][]>();
  for (const [k, l] of lists.entries()) {
    const last = args[l[l.length - 1] ?? -1];
    const conn = last && ADDITIVE.exec(text.slice(last.hit.end, last.hit.end + 48));
    if (!last || !conn) continue;
    // a genitive list counts when 등 closes it ("A은 물론 B, C 등의 투자를"): the owners named as
    // examples, not the one owner of a noun ("A은 물론 B의 칩도")
    const next = lists.slice(k + 1).find((m) => {
      const end = args[m[m.length - 1] ?? -1];
      if (end?.role === 'gen') return end.noun === '등' || /등의$/.test(text.slice(end.hit.end, end.tail));
      return !['none', 'other', 'gen'].includes(end?.role ?? 'none');
    });
    const head = next && args[next[0] ?? -1];
    const end = next && args[next[next.length - 1] ?? -1];
    if (
      !next ||
      !head ||
      !end ||
      head.hit.start - last.tail > 60 ||
      /[.!?"]/.test(text.slice(last.tail, head.hit.start))
    )
      continue;
    // "엔비디아에 이어 두 번째로 큰 기업인 애플": a verb or adjective between makes it a ranking
    if (tokensIn(doc, last.hit.end + conn[0].length, head.hit.start).some((t) => VERBAL.has(t.pos))) continue;
    last.role = end.role;
    const group = [...(chains.get(l) ?? [l]), ...(chains.get(next) ?? [next])].filter((x, i, a) => a.indexOf(x) === i);
    for (const x of group) chains.set(x, group);
  }
  return chains;
}

/** A list with the lists an additive connective joins to it ("A에 이어 B"), in text order. */
export function chained(s: SentenceArgs, l: number[]): number[][] {
  return s.chains.get(l) ?? [l];
}

export function sentenceArgs(doc: Doc, sIndex: number, hits: MentionHit[]): SentenceArgs {
  const s = doc.sentences[sIndex] ?? { start: 0, end: 0 };
  const { text } = doc;
  const args: Arg[] = [];
  let quote = 0;
  let qpos = s.start;
  for (const hit of hits) {
    for (; qpos < hit.start; qpos++) if (text[qpos] === '"') quote++;
    const r = roleAfter(doc, hit);
    args.push({ hit, tail: r.tail, role: r.role, ...(r.noun ? { noun: r.noun } : {}), quote });
  }
  // "미중", "한미": two one-syllable country names glued together are a pair, the first no particle
  for (const [i, a] of args.entries()) {
    const b = args[i + 1];
    if (b && a.hit.type === 'Country' && b.hit.type === 'Country' && a.hit.end === b.hit.start) {
      a.role = 'none';
      a.tail = a.hit.end;
      delete a.noun;
    }
  }
  const joined = possessedJoin(text, args, buildLists(text, args, roleOf));
  return { text, start: s.start, end: s.end, args, lists: joined, chains: additiveChains(doc, args, joined) };
}

/**
 * "알리바바의 '큐원3'와 딥시크의 'R1'을": a list that ends in a maker's genitive goes on with the
 * model the maker possesses, so the list's role is the model's.
 */
function possessedJoin(text: string, args: Arg[], lists: number[][]): number[][] {
  const out: number[][] = [];
  for (const l of lists) {
    const prev = out[out.length - 1];
    const owner = prev && args[prev[prev.length - 1] ?? -1];
    const owned = args[l[0] ?? -1];
    if (
      prev &&
      prev.length > 1 &&
      owner?.role === 'gen' &&
      (owner.hit.type === 'Company' || owner.hit.type === 'Organization') &&
      owned &&
      (owned.hit.type === 'Model' || owned.hit.type === 'Product') &&
      /^\s*['"]?$/.test(text.slice(owner.tail, owned.hit.start))
    )
      prev.push(...l);
    else out.push(l);
  }
  return out;
}

/** Role of a whole list: its last member's, the particle comes at the end ("독일과 프랑스가"). */
export function listRole(sa: SentenceArgs, list: number[]): Arg | undefined {
  return sa.args[list[list.length - 1] ?? -1];
}
