/**
 * Entity discovery, a firm's full name with its short name in brackets: "반도체 스타트업인 항저우
 * 루미나 마이크로 테크(루미나)". After a company noun, a run of words whose bracket repeats one of
 * them is one firm: the whole run is its full name, the bracketed word its short name (what later
 * mentions use). Without this, a place opening the name (항저우, 상하이) is taken alone, or cut as
 * if it ended in a particle (상하이 → 상하).
 */
import type { Doc } from '../doc.js';
import {
  COMPANY_NOUN_KO,
  covered,
  type Emit,
  inflectedKo,
  isLexicalForm,
  newEntity,
  STOP_KO,
} from './discover-shared.js';
import { addEntity, type Candidate } from './match.js';

const WORD = '[가-힣A-Za-z][가-힣A-Za-z0-9&.-]*';
const FULL_THEN_SHORT = new RegExp(
  `(?<![가-힣])(?:${COMPANY_NOUN_KO})(?:인|이자)?\\s+((?:${WORD}\\s){1,4}${WORD})\\(\\s*(${WORD})\\s*\\)`,
  'g',
);

/** The firms so named, emitted and returned as candidates (the callers' other patterns skip their words). */
export function shortNamedFirmsKo(doc: Doc, hits: Candidate[], emit: Emit): Candidate[] {
  const { text } = doc;
  const out: Candidate[] = [];
  if (!/[가-힣]/.test(text)) return out;
  FULL_THEN_SHORT.lastIndex = 0;
  for (let m = FULL_THEN_SHORT.exec(text); m; m = FULL_THEN_SHORT.exec(text)) {
    const full = m[1] ?? '';
    const short = m[2] ?? '';
    const words = full.split(' ');
    // the bracket must repeat a word of the run: "X 테크(X)" is a short name, "X 테크(대표 김철수)" an aside
    if (!words.includes(short) || STOP_KO.has(short)) continue;
    const start = m.index + m[0].indexOf(full);
    const end = start + full.length;
    // a known name inside is the known one's mention (or part of another name), not this firm's
    if (covered(hits, start, end) || isLexicalForm(short) || isLexicalForm(full)) continue;
    let at = start;
    const verbal = words.some((w) => {
      const hit = /^[가-힣]+$/.test(w) && inflectedKo(doc, at, at + w.length);
      at += w.length + 1;
      return hit;
    });
    if (verbal) continue;
    const info = newEntity('Company', short);
    info.ko = [...new Set([...info.ko, ...(/[가-힣]/.test(full) ? [full] : [])])];
    if (!/[가-힣]/.test(full)) info.en = [...new Set([...info.en, full])];
    const added = addEntity(doc, info);
    if (added !== info) for (const f of info.ko) if (!added.ko.includes(f)) added.ko.push(f);
    emit(start, end, added, 'discovered');
    out.push({ start, end, id: added.id, type: added.type, how: 'discovered', kind: 'name' });
  }
  return out;
}
