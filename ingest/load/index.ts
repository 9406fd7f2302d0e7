/**
 * Stage 1, load: one input (a .txt/.md/.html file, a folder searched recursively, or an
 * http(s) URL) becomes a RawArticle. Bytes are decoded whatever their charset (decode.ts),
 * HTML is reduced to the article's text and metadata (html.ts), and a bad input fails alone
 * with an InputError naming it (load.ts). Nothing here knows about language or entities.
 */
export * from './load.js';
