/**
 * Relation stage, DEVELOPS from a development verb: the maker that is the verb's subject and the
 * model that is its object ("딥시크는 … 'R1'을 개발했다", "OpenAI released o3", "o3, developed
 * by OpenAI"). The verbs come from triggers.json; relations/index.ts also uses them as the cue
 * that a sentence talks about development at all.
 */

import type { Doc } from '../doc.js';
import { esc } from '../entities/discover-shared.js';
import { TRIGGERS } from '../lexicon.js';
import type { Arg, SentenceArgs } from './args.js';
import { type Emit, findTriggers, isMaker, isModel, sameClause, subjectEn } from './lists.js';

/** Development verbs: Korean stems, English whole words (triggers.json). */
export const DEV_RES = {
  ko: new RegExp(
    `(?:${[...TRIGGERS.DEVELOPS.ko]
      .sort((a, b) => b.length - a.length)
      .map((w) => esc(w))
      .join('|')})`,
    'g',
  ),
  en: new RegExp(
    `(?<![A-Za-z-])(?:${[...TRIGGERS.DEVELOPS.en]
      .sort((a, b) => b.length - a.length)
      .map((w) => esc(w))
      .join('|')})(?![A-Za-z])`,
    'g',
  ),
};

/** "큐원 2.5를 바탕으로 A.X를 만들었다": the model built upon is not what the subject develops. */
const BASE_MODEL_KO =
  /^\s*(?:바탕으로|기반으로|토대로|베이스로|활용해|활용하여|이용해|이용하여|사용해|사용하여|가져와|미세조정해)/;

/** Development verbs: "딥시크는 … 'R1'을 개발했다", "OpenAI released o3", "o3, developed by OpenAI". */
export function developVerbs(doc: Doc, s: SentenceArgs, emit: Emit): void {
  const re = doc.lang === 'ko' ? DEV_RES.ko : DEV_RES.en;
  for (const t of findTriggers(doc, re, s)) {
    if (doc.lang === 'en' && /^\s+by\s/.test(doc.text.slice(t.end, t.end + 5))) {
      const dev = s.args.find((a) => a.hit.start > t.end && a.hit.start - t.end < 12 && isMaker(a));
      const model = [...s.args]
        .reverse()
        .find((a) => a.tail <= t.start && isModel(a) && sameClause(doc, a.tail, t.start));
      if (dev && model) emit('DEVELOPS', [dev], [model], 0.85);
      continue;
    }
    const subjRoles = doc.lang === 'ko' ? ['subj'] : ['none', 'gen'];
    // English: the clause's subject, past relative clauses and appositives
    const enSubj = doc.lang === 'en' ? subjectEn(doc, s, t.start) : undefined;
    const enDev = enSubj
      ?.map((k) => s.args[k])
      .find((a): a is Arg => Boolean(a && (isMaker(a) || a.hit.type === 'Person')));
    const dev =
      enDev ??
      [...s.args]
        .reverse()
        .find(
          (a) =>
            a.tail <= t.start &&
            subjRoles.includes(a.role) &&
            (isMaker(a) || a.hit.type === 'Person') &&
            sameClause(doc, a.tail, t.start),
        );
    if (!dev) continue;
    let model: Arg | undefined;
    if (doc.lang === 'ko') {
      model = [...s.args]
        .reverse()
        .find(
          (a) =>
            a.tail <= t.start &&
            a.hit.start > dev.hit.start &&
            isModel(a) &&
            a.role === 'obj' &&
            t.start - a.tail < 25 &&
            !/(?:해|하고|고|며|서|면)\s/.test(doc.text.slice(a.tail, t.start)) &&
            !BASE_MODEL_KO.test(doc.text.slice(a.tail, a.tail + 12)),
        );
      // "머스크가 이끄는 xAI의 그록": a maker between the verb and the model is the model's owner
      model ??= s.args.find(
        (a) =>
          a.hit.start >= t.end &&
          a.hit.start - t.end < 16 &&
          isModel(a) &&
          !s.args.some((o) => isMaker(o) && o.hit.start >= t.end && o.hit.end <= a.hit.start),
      );
    } else {
      model = s.args.find(
        (a) =>
          a.hit.start >= t.end &&
          a.hit.start - t.end < 40 &&
          isModel(a) &&
          sameClause(doc, t.end, a.hit.start) &&
          !/\b(?:on|with|using|from|for|by|via|in)\b/.test(doc.text.slice(t.end, a.hit.start)),
      );
    }
    if (model) emit('DEVELOPS', [dev], [model], 0.85);
  }
}
