/**
 * Cross-article, cross-language entity resolution against what the graph already holds.
 *
 * The rule (deterministic, decided by type and context, never by name alone):
 *  1. An extracted entity whose id is already in the graph is that node. Lexicon entities get
 *     the same id in every language ("딥시크" and "DeepSeek" are both company:deepseek).
 *  2. Otherwise it joins an existing node that has the same type and shares a normalised alias
 *     (aliasKey), but only when exactly one node qualifies; two candidates means the name is
 *     ambiguous, and a wrong merge is worse than a duplicate.
 *  3. Models and products are also told apart by developer: an id like model:deepseek/r1 only
 *     joins a node of the same developer, so two different "R1"s stay two entities. An id with
 *     no developer (model:r1) may join a developer-qualified node when rule 2 holds.
 *  4. A person and a company that share a name never merge (rule 2 requires the same type).
 * The look-up that applies them, one per chunk of articles, is resolve-chunk.ts.
 */

/** Lucene treats these as syntax; a name or a typed search term means the characters. */
export const luceneEscape = (term: string) => term.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
/** A Lucene query matching exactly one normalised alias in the entity_alias_keys index. */
export const aliasPhrase = (key: string) => `"${luceneEscape(key)}"`;

/** `model:deepseek/r1` → `deepseek`; `model:r1` → undefined. */
export function developerOf(id: string): string | undefined {
  const key = id.slice(id.indexOf(':') + 1);
  const slash = key.indexOf('/');
  return slash > 0 ? key.slice(0, slash) : undefined;
}

export function compatibleIds(extractedId: string, candidateId: string, type: string): boolean {
  if (type !== 'Model' && type !== 'Product') return true;
  const wanted = developerOf(extractedId);
  return wanted === undefined || wanted === developerOf(candidateId);
}
