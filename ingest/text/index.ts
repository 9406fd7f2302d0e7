/**
 * Stage 2, text: what every later stage reads. normalise.ts maps quotes, dashes, full-width
 * letters and invisible characters to one form, keeping offsets back to the original;
 * sentences.ts splits the normalised text into sentences; analysis.ts gives its tokens
 * (Korean morphemes from Lucene Nori in one long-lived JVM, nori/ + nori.ts, tags refined in
 * korean-tags.ts; English words, tags and chunks from wink-nlp, english.ts), all with offsets
 * into the normalised text.
 */
export * from './analysis.js';
export * from './normalise.js';
export * from './sentences.js';
