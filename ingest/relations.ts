/**
 * Relation stage, trigger-based relations: COMPETES_WITH, REGULATES, INVESTS_IN (and DEVELOPS
 * by verb). A trigger word only yields a relation when the sentence's structure gives it its
 * arguments: in Korean the particles (X가 … Y에 맞먹는, X와 경쟁하는 Y, X는 … Y 대상 제재), in
 * English word order (X rivals Y, X's rival Y, between X and Y, Y was fined by X).
 */
import type { Arg, SentenceArgs } from './args.js';
import type { Doc } from './doc.js';
import { entityInfo } from './lexicon.js';
import { type Emit, T } from './relations-core.js';
import { competesEn, investsEn, regulatesEn } from './relations-en.js';
import { competesKo, investsKo, regulatesKo } from './relations-ko.js';

export { type Emit, findTriggers, sameClause, subjectEn, type Trigger } from './relations-core.js';

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

const isModelArg = (a: Arg) => a.hit.type === 'Model' || a.hit.type === 'Product';
/** When a model is compared with models, it rivals those models only, not their makers. */
function splitKinds(from: Arg[], to: Arg[]): (readonly [Arg[], Arg[]])[] {
  const fm = from.filter(isModelArg);
  const tm = to.filter(isModelArg);
  const fo = from.filter((a) => !isModelArg(a));
  const to_ = to.filter((a) => !isModelArg(a));
  // a maker set against a model ("딥시크가 오픈AI '챗GPT'에 맞먹는") rivals both; a model set
  // against makers only ("R1 rivals OpenAI") keeps the pair as written
  if (!fm.length || !tm.length) return [[from, to]];
  return [
    [fm, tm],
    [fo, to_],
  ];
}

export function triggerRelations(doc: Doc, s: SentenceArgs, emit0: Emit): void {
  const emit: Emit = (type, from0, to0, confidence, extra) => {
    // rivalry pairs like with like: a model against a model, a maker against a maker
    // ("Solar Pro 2 outscored OpenAI's GPT-4.1 mini" is no edge between Solar Pro 2 and OpenAI)
    const pairs = type === 'COMPETES_WITH' ? splitKinds(from0, to0) : [[from0, to0] as const];
    for (const [from, to] of pairs) emitOne(type, from, to, confidence, extra);
  };
  const emitOne: Emit = (type, from, to, confidence, extra) => {
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
