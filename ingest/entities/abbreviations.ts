/**
 * Entity stage, country abbreviations: a country written as one syllable or one Hanja (美, 中,
 * 미·중, 한미일, "미 정부"). Apart from match.ts because it needs no trie walk, only patterns built
 * from the lexicon's abbreviation table.
 */
import type { EntityType } from '../../graph/model.js';
import type { Doc } from '../doc.js';
import { COUNTRY_EXTRA, ENTITIES, HANGUL_ABBREV } from '../lexicon.js';
import { addEntity, type Candidate } from './match.js';

const ABBR = [...HANGUL_ABBREV.keys()].join('');
const SEPARATED = new RegExp(`(?<![가-힣A-Za-z0-9])([${ABBR}])((?:[·/,-][${ABBR}])+)(?![가-힣])`, 'g');
const COMPOUND = new RegExp(
  `(?<![가-힣0-9])(${COUNTRY_EXTRA.hangulCompounds.join('|')})(?=[\\s,.·)'"]|$|(?:의|간|이|가|은|는|과|와|도)(?![가-힣]))`,
  'g',
);
/**
 * "미 정부", "중 당국", "미 상무부": one syllable before a state body stands for the country; after a
 * digit it is a date's day ("7일 의회에", "3일 정부는"), not Japan.
 */
const STATE_BODY = new RegExp(
  `(?<![가-힣A-Za-z0-9])([${ABBR}])(?=\\s(?:정부|당국|행정부|의회|상원|하원|법원|대통령|정보당국|규제당국)(?![가-힣]{2}))`,
  'g',
);

/** 美, 中 … from normalisation; 미·중, 한미일 in Hangul: one country mention per syllable. */
export function abbreviationMentions(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, id: string) => {
    const info = ENTITIES.get(id);
    if (!info) return;
    addEntity(doc, info);
    out.push({ start, end: start + 1, id, type: info.type as EntityType, how: 'abbrev', kind: 'name' });
  };
  for (const h of doc.norm.hanja) push(h.start, h.id);
  for (const re of [SEPARATED, COMPOUND, STATE_BODY]) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const seen = new Set<string>();
      for (let k = m.index; k < m.index + m[0].length; k++) {
        const id = HANGUL_ABBREV.get(doc.text[k] ?? '');
        if (id && !seen.has(id)) {
          seen.add(id);
          push(k, id);
        }
      }
    }
  }
  return out;
}
