/**
 * WORKS_FOR from a founding or an ownership phrase, the person's own company: "X, a startup
 * founded in 2022 by A and B", "X was co-founded by A", "X는 A, B가 공동 창업한 스타트업이다",
 * "Jane Doe's Acme", "Acme, Jane Doe's new AI venture". Split from links.ts, which reads titles
 * and appositions; this module reads who founded or owns a company.
 */

import { type Doc, tokensIn } from '../doc.js';
import { alt } from '../entities/discover-shared.js';
import { GRAMMAR } from '../lexicon.js';
import type { Arg, SentenceArgs } from './args.js';
import type { Emit } from './lists.js';

const TITLE_KO = alt(GRAMMAR.titlesKo);

/** "X, a chip startup founded in 2019 by A and B", "X, an investment firm headed by A", "X was co-founded by A" */
const NOUN_FOUNDED_BY =
  /^(?:,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:startup|start-up|company|firm|lab|fund|venture|group|maker|developer)\s+(?:(?:co-?)?founded|established|led|run|headed|started)|\s+(?:was|is)\s+(?:co-?)?founded)\s+(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?by\s+/;
/** Between two founders: "A and B", "A, B, and C", "A (its CEO), B". */
const FOUNDER_GAP = /^\s*(?:\([^()]{0,60}\))?\s*(?:,\s*(?:and\s+)?|,?\s+and\s+|\s*&\s*)$/;

/** The persons named right at `from` and joined to it by a list: "A, B and C". */
function founderList(doc: Doc, args: Arg[], from: number): Arg[] {
  const out: Arg[] = [];
  let at = from;
  for (const p of args) {
    if (p.hit.start < at) continue;
    const gap = doc.text.slice(at, p.hit.start);
    if (p.hit.type !== 'Person' || !(out.length ? FOUNDER_GAP.test(gap) : /^\s*$/.test(gap))) break;
    out.push(p);
    at = p.hit.end;
  }
  return out;
}

/** "X, a chip startup founded in 2019 by A and B", "X was co-founded by A, B and C" */
export function foundedByEn(doc: Doc, args: Arg[], a: Arg, emit: Emit): void {
  if (doc.lang !== 'en') return;
  const m = NOUN_FOUNDED_BY.exec(doc.text.slice(a.hit.end, a.hit.end + 90));
  if (m) emit('WORKS_FOR', founderList(doc, args, a.hit.end + m[0].length), [a], 0.8);
}

const OWN_NOUN_EN = 'venture|startup|start-up|company|firm|fund|lab|outfit';
/** "Jane Doe's Acme", "Jane Doe's AI venture, Acme" */
const PERSON_OWNS_EN = new RegExp(`^['’]s\\s+(?:(?:[a-z][\\w-]*|AI)\\s+){0,3}?(?:${OWN_NOUN_EN}),\\s+$|^['’]s\\s+$`);
/** "Acme, Jane Doe's new AI venture" */
const OWNED_BY_EN = new RegExp(`^['’]s\\s+(?:(?:[a-z][\\w-]*|AI)\\s+){0,3}?(?:${OWN_NOUN_EN})\\b`);

/**
 * A person's own company in English: "Jane Doe's Acme", "Acme, Jane Doe's new venture". A bare
 * possessive followed by another noun ("Doe's Acme stake", "Doe's Acme lawsuit") is about a
 * thing, not the company, unless that noun is the company's own kind ("Doe's Acme fund").
 */
export function ownedCompanyEn(doc: Doc, p: Arg, prev: Arg | undefined, next: Arg | undefined, emit: Emit): void {
  const { text } = doc;
  if (next?.hit.type === 'Company' && next.hit.start - p.hit.end < 40) {
    const gap = text.slice(p.hit.end, next.hit.start);
    const after = tokensIn(doc, next.hit.end, next.hit.end + 30)[0];
    const nounAfter =
      after &&
      /^\s*$/.test(text.slice(next.hit.end, after.start)) &&
      (after.pos === 'NOUN' || after.pos === 'PROPN') &&
      !new RegExp(`^(?:${OWN_NOUN_EN})$`).test(after.text);
    if (PERSON_OWNS_EN.test(gap) && !(nounAfter && /^['’]s\s+$/.test(gap))) emit('WORKS_FOR', [p], [next], 0.8);
  }
  if (
    prev?.hit.type === 'Company' &&
    /^,\s+$/.test(text.slice(prev.hit.end, p.hit.start)) &&
    OWNED_BY_EN.test(text.slice(p.hit.end, p.hit.end + 50))
  )
    emit('WORKS_FOR', [p], [prev], 0.8);
}

/** A founding verb: "설립한", "공동 창업했다", "창립하였다". */
const FOUNDING_KO = /(?:공동\s?)?(?:창업|설립|창립)(?:한|했|하였)/g;
/** When and where, between the founders and the verb: "2020년 3월", "지난해", "미국 실리콘밸리에서". */
const FOUNDED_WHEN_KO =
  '(?:지난|올해|작년|지난해|\\d{4}년(?:에)?|\\d{1,2}월(?:에)?|[가-힣]{1,8}에서|함께|같이|공동으로)';
/** From the last founder to the verb: "A가 ", "A 대표 등이 2020년 ", "A(Latin)이 함께 ". */
const FOUNDER_TAIL_KO = new RegExp(
  `^\\s*(?:\\([^()]{0,30}\\))?\\s*(?:(?:${TITLE_KO})\\s*(?:\\([A-Za-z]+\\))?\\s*)?(?:등)?(?:이|가)\\s+(?:${FOUNDED_WHEN_KO}\\s+){0,4}$`,
);
/** Between two founders: "A, B", "A 대표와 B", "A(Latin), B". */
const FOUNDER_JOIN_KO = new RegExp(
  `^\\s*(?:\\([^()]{0,30}\\))?\\s*(?:(?:${TITLE_KO})\\s*(?:\\([A-Za-z]+\\))?\\s*)?(?:,|와|과|및)\\s*$`,
);
/** An organisation inside a founder's description: "구글 연구원인 ", "칭화대 교수인 ". */
const FORMER_KO = new RegExp(`^\\s*(?:[가-힣A-Za-z]+\\s+){0,2}?(?:${TITLE_KO})(?:인|이었던|출신인?)\\s+$`);
/** After the verb: finite ("창업했다") or a relative clause on a company noun ("설립한 AI 스타트업이다"). */
const FOUNDED_WHAT_KO =
  /^(?:다|습니다|으며|고)|^\s+(?:[가-힣A-Za-z]+\s+){0,3}?[가-힣]{0,4}(?:회사|기업|스타트업|업체|곳)(?:이다|입니다|이며|으로|로|다)/;

/**
 * "X는 A, B, C가 함께 설립한 회사다", "X는 2020년 A 대표와 B CTO 등이 공동 창업한 스타트업이다":
 * the company is the topic before the founders, no other organisation between.
 */
export function foundersKo(doc: Doc, s: SentenceArgs, emit: Emit): void {
  if (doc.lang !== 'ko') return;
  const { text } = doc;
  const part = text.slice(s.start, s.end);
  FOUNDING_KO.lastIndex = 0;
  for (let m = FOUNDING_KO.exec(part); m; m = FOUNDING_KO.exec(part)) {
    const v = s.start + m.index;
    if (!FOUNDED_WHAT_KO.test(text.slice(v + m[0].length, v + m[0].length + 30))) continue;
    // a name's bracketed spelling, "데이비드 하(David Ha)", is the same founder
    const before = s.args.filter(
      (a, i, all) =>
        a.hit.end <= v &&
        !(all[i - 1]?.hit.id === a.hit.id && /^\s*\($/.test(text.slice(all[i - 1]?.hit.end ?? 0, a.hit.start))),
    );
    let k = before.length - 1;
    const last = before[k];
    if (last?.hit.type !== 'Person' || !FOUNDER_TAIL_KO.test(text.slice(last.hit.end, v))) continue;
    const founders = [last];
    for (k--; k >= 0; k--) {
      const p = before[k] as Arg;
      if (p.hit.type !== 'Person' || !FOUNDER_JOIN_KO.test(text.slice(p.hit.end, (founders[0] as Arg).hit.start)))
        break;
      founders.unshift(p);
    }
    // "전직 구글 연구원인 A": a former employer in the first founder's description is skipped
    while (
      before[k] &&
      before[k]?.hit.type !== 'Person' &&
      FORMER_KO.test(text.slice(before[k]?.hit.end ?? 0, (founders[0] as Arg).hit.start))
    )
      k--;
    const company = before[k];
    if (
      company?.hit.type === 'Company' &&
      company.role === 'subj' &&
      (founders[0] as Arg).hit.start - company.tail < 60
    )
      emit('WORKS_FOR', founders, [company], 0.8);
  }
}
