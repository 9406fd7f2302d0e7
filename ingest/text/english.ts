/**
 * English analysis with wink-nlp and its English web model: tokens with UPOS tags and lemmas,
 * and noun/verb groups chunked over those tags (chunks.ts). wink keeps every character (tokens
 * plus their preceding spaces), so offsets are a running sum and always match the text.
 */
import { createRequire } from 'node:module';
import type { PartOfSpeech, WinkMethods } from 'wink-nlp';
import { chunkGroups } from './chunks.js';
import type { Token, Upos } from './token.js';

const require = createRequire(import.meta.url);

let loaded: WinkMethods | undefined;

/** The model loads on the first English text (about half a second), not on every `kg` start. */
function nlp(): WinkMethods {
  if (loaded) return loaded;
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
  const model = require('wink-eng-lite-web-model') as import('wink-nlp').Model;
  loaded = winkNLP(model, ['pos']);
  return loaded;
}

export function analyseEnglish(text: string): Token[] {
  const winkNlp = nlp();
  const its = winkNlp.its;
  const doc = winkNlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const tags = tokens.out(its.pos) as PartOfSpeech[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  // wink's typings give its.lemma another signature than the tokens' out() accepts
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const out: Token[] = [];
  const at: number[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    offset += (spaces[i] as string).length;
    // wink's value is the text itself; should a future model normalise one, find it again
    if (!text.startsWith(value, offset)) {
      const found = text.indexOf(value, offset);
      if (found >= 0) offset = found;
    }
    const pos = tags[i] as PartOfSpeech;
    at[i] = -1;
    if (pos !== 'SPACE') {
      at[i] = out.length;
      // wink lower-cases every lemma; a name's dictionary form is the name
      const lemma = pos === 'PROPN' ? value : lemmas[i];
      out.push({ start: offset, end: offset + value.length, text: value, pos: pos as Upos, lemma, chunk: undefined });
    }
    offset += value.length;
  }
  chunkGroups(tags, (first, last, kind) => {
    for (let i = first; i <= last; i++) {
      const token = out[at[i] ?? -1];
      if (token) token.chunk = i === first ? `B-${kind}` : `I-${kind}`;
    }
  });
  return out;
}
