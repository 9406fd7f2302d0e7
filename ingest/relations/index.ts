/**
 * Stage 4, relations: who competes with, regulates, invests in, develops, works for and is based
 * in what. Per sentence: the argument lists with their roles (args.ts), then
 *   - frames (engine.ts + frames/LANG/*.json): COMPETES_WITH, REGULATES, INVESTS_IN, stated by a
 *     predicate whose slots are found by particle, preposition, word order or apposition;
 *   - links (links.ts, links-country.ts): DEVELOPS, WORKS_FOR, BASED_IN from tight local
 *     structures ("알리바바의 큐원", "Nvidia CEO Jensen Huang", "중국 스타트업 딥시크").
 * Every pair is checked against the graph schema before it is kept.
 */
import { relationAllowed, SYMMETRIC_RELATIONS } from '../../graph/model.js';
import type { Doc } from '../doc.js';
import type { RelationHit } from '../types.js';
import { type Arg, sentenceArgs } from './args.js';
import { frameRelations } from './engine.js';
import { lexiconLinks, structuralLinks } from './links.js';
import { describedCountryLinks, nationalAnaphora } from './links-country.js';
import { DEV_RES, developVerbs } from './links-develops.js';
import { topicEmployers } from './links-topic.js';
import { type Emit, findTriggers } from './lists.js';

export function relations(doc: Doc, onSentences?: (done: number, total: number) => void): RelationHit[] {
  const out: RelationHit[] = [];
  const articleHas = new Set(doc.hits.map((h) => h.id));
  let h = 0;
  doc.sentences.forEach((sentence, index) => {
    if (onSentences && index % 500 === 0) onSentences(index, doc.sentences.length);
    while (h < doc.hits.length && (doc.hits[h]?.start ?? 0) < sentence.start) h++;
    let k = h;
    while (k < doc.hits.length && (doc.hits[k]?.end ?? 0) <= sentence.end) k++;
    const hits = doc.hits.slice(h, k);
    const emit: Emit = (type, from, to, confidence, extra) => {
      for (const a of from) {
        for (const b of to) {
          if (a.hit.id === b.hit.id || !relationAllowed(type, a.hit.type, b.hit.type)) continue;
          let s: Arg = a;
          let t: Arg = b;
          if (SYMMETRIC_RELATIONS.has(type) && a.hit.id > b.hit.id) [s, t] = [b, a];
          // a symmetric pair may only fit the schema one way round
          if (!relationAllowed(type, s.hit.type, t.hit.type)) [s, t] = [t, s];
          out.push({
            type,
            source: s.hit.id,
            target: t.hit.id,
            confidence,
            sentence: index,
            ...(extra?.amount ? extra : {}),
          });
        }
      }
    };
    const sa = sentenceArgs(doc, index, hits);
    // a sentence with no names can still state a relation between names it refers to (the state,
    // the round's raiser, a counted group listed later): only the frames read it
    if (hits.length === 0) {
      frameRelations(doc, sa, index, emit);
      // "The French startup plans …": a nationality phrase refers back to the sentence before
      nationalAnaphora(doc, sa, emit);
      return;
    }
    structuralLinks(doc, sa, emit);
    frameRelations(doc, sa, index, emit);
    if (hits.length > 1) developVerbs(doc, sa, emit);
    const cue = findTriggers(doc, doc.lang === 'ko' ? DEV_RES.ko : DEV_RES.en, sa).length > 0;
    lexiconLinks(doc, sa, emit, cue, articleHas);
    describedCountryLinks(doc, sa, emit);
  });
  topicEmployers(doc, out);
  return out;
}
