/**
 * The words Nori must keep whole: the Korean names of the lexicon (companies, models, people,
 * organisations). Its 2018 dictionary splits new names (딥시크 → 딥 + 시크); as user-dictionary
 * words they come out as one token, tagged NNP. Weak forms (ordinary words that are also names,
 * like 알파벳) stay out, so the word keeps its ordinary analysis.
 */
import { readLexicon } from '../lexicon.js';

type Entry = { ko?: string[]; short?: string[]; weak?: string[] };

/** A user-dictionary word: Hangul with Latin letters or digits, no spaces, two characters or more. */
const WORD = /^(?=.*[\uac00-\ud7a3])[\uac00-\ud7a3A-Za-z0-9]{2,}$/;

export function userDictionary(): string[] {
  const words = new Set<string>();
  for (const file of ['companies.json', 'models.json', 'people.json', 'organizations.json']) {
    for (const entry of readLexicon<Entry[]>(file)) {
      const weak = new Set(entry.weak ?? []);
      for (const form of [...(entry.ko ?? []), ...(entry.short ?? [])])
        if (WORD.test(form) && !weak.has(form)) words.add(form);
    }
  }
  return [...words].sort();
}
