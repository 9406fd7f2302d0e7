/**
 * Stage 3, entities: who and what the article names. The lexicon (ingest/lexicon/*.json, trie in
 * ../lexicon.ts) gives known names (match.ts); discovery finds new ones from their context
 * (discover*.ts: "스타트업 X", "X CEO Y", "X의 새 모델 'M'"); mentions.ts keeps the supported,
 * non-overlapping spans, list-names.ts adds the unknown members of lists of known names,
 * variants.ts makes other spellings of one name one entity; coref.ts turns "이 회사", "the
 * startup" into mentions of the company the previous sentences were about; developers.ts keys a model by the developer the text states
 * ("아크로봇이 개발한 R1" is not DeepSeek's R1). Relations (../relations/) read these mentions.
 */
export { nounPhraseCoref } from './coref.js';
export { demonymCountries } from './demonyms.js';
export { statedDevelopers } from './developers.js';
export { findMentions } from './mentions.js';
