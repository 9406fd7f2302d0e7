/**
 * English analysis with wink-nlp and its English web model: tokens with UPOS tags and lemmas,
 * and noun/verb groups from wink's custom-entity patterns over those tags (its documented
 * way of chunking). wink keeps every character (tokens plus their preceding spaces), so
 * offsets are a running sum and always match the text.
 */
import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemCustomEntity, type PartOfSpeech } from 'wink-nlp';
import type { Token, Upos } from './token.js';

const nlp = winkNLP(model, ['pos', 'cer']);
const its = nlp.its;

/** A noun group: an optional determiner, up to three modifiers, a noun; or a pronoun. A verb group: auxiliaries, an adverb, a verb. */
const MOD = '[|PROPN|ADJ|NOUN|NUM]';
nlp.learnCustomEntities(
  [
    { name: 'NP', patterns: [`[|DET] ${MOD} ${MOD} ${MOD} [PROPN|NOUN]`, '[PRON]'] },
    { name: 'VP', patterns: ['[|AUX] [|AUX] [|ADV] [VERB]', '[AUX]'] },
  ],
  { matchValue: false, usePOS: true, useEntity: false },
);

export function analyseEnglish(text: string): Token[] {
  const doc = nlp.readDoc(text);
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
  doc.customEntities().each((entity: ItemCustomEntity) => {
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    const kind = entity.out(its.type) as 'NP' | 'VP';
    for (let i = first; i <= last; i++) {
      const token = out[at[i] ?? -1];
      if (token) token.chunk = i === first ? `B-${kind}` : `I-${kind}`;
    }
  });
  return out;
}
