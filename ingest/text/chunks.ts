/**
 * English noun and verb groups over part-of-speech tags, longest match first, left to right,
 * never overlapping (the way a chunker over tags reads): a noun group is an optional determiner,
 * up to three modifiers (proper noun, adjective, noun, number) and a noun or proper noun, or a
 * pronoun alone; a verb group is up to two auxiliaries, an optional adverb and a verb, or an
 * auxiliary alone. One pass over the tags, no pattern machine: this runs on every English
 * token, and wink's custom-entity matcher cost a sixth of the English analysis for the same groups.
 */
export type GroupKind = 'NP' | 'VP';

const isModifier = (t: string | undefined) => t === 'PROPN' || t === 'ADJ' || t === 'NOUN' || t === 'NUM';
const isNoun = (t: string | undefined) => t === 'PROPN' || t === 'NOUN';

/** Length of the noun group starting at i, or 0. */
function nounGroup(tags: readonly string[], i: number): number {
  if (tags[i] === 'PRON') return 1;
  const k = tags[i] === 'DET' ? i + 1 : i;
  let run = 0;
  while (run < 4 && isModifier(tags[k + run])) run++;
  // the group ends at its last noun within the run: modifiers need a noun after them
  while (run > 0 && !isNoun(tags[k + run - 1])) run--;
  return run > 0 ? k + run - i : 0;
}

/** Length of the verb group starting at i, or 0. */
function verbGroup(tags: readonly string[], i: number): number {
  let aux = 0;
  while (aux < 3 && tags[i + aux] === 'AUX') aux++;
  if (aux <= 2) {
    let k = i + aux;
    if (tags[k] === 'ADV') k++;
    if (tags[k] === 'VERB') return k + 1 - i;
  }
  return aux > 0 ? 1 : 0;
}

/** Calls `found` with each group's first and last index into `tags`, in order. */
export function chunkGroups(
  tags: readonly string[],
  found: (first: number, last: number, kind: GroupKind) => void,
): void {
  for (let i = 0; i < tags.length; ) {
    const np = nounGroup(tags, i);
    if (np) {
      found(i, i + np - 1, 'NP');
      i += np;
      continue;
    }
    const vp = verbGroup(tags, i);
    if (vp) {
      found(i, i + vp - 1, 'VP');
      i += vp;
      continue;
    }
    i++;
  }
}
