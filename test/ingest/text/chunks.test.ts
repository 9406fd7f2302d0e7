import { describe, expect, test } from '@jest/globals';
import { chunkGroups } from '../../../ingest/text/chunks.js';

const groups = (tags: string) => {
  const list = tags.split(' ');
  const out: string[] = [];
  chunkGroups(list, (first, last, kind) => out.push(`${kind}:${list.slice(first, last + 1).join(' ')}`));
  return out;
};

describe('noun and verb groups over tags', () => {
  test('a determiner, modifiers and a noun make one noun group; a pronoun is one alone', () => {
    expect(groups('DET ADJ NOUN VERB PRON')).toEqual(['NP:DET ADJ NOUN', 'VP:VERB', 'NP:PRON']);
  });

  test('a noun group takes at most three modifiers before its noun, and ends at its last noun', () => {
    expect(groups('PROPN PROPN NOUN NOUN NOUN')).toEqual(['NP:PROPN PROPN NOUN NOUN', 'NP:NOUN']);
    expect(groups('DET NOUN ADJ PUNCT')).toEqual(['NP:DET NOUN']);
    expect(groups('ADJ ADJ PUNCT')).toEqual([]);
  });

  test('auxiliaries and an adverb join the verb; an auxiliary with no verb is a group alone', () => {
    expect(groups('AUX AUX ADV VERB')).toEqual(['VP:AUX AUX ADV VERB']);
    expect(groups('AUX ADV ADJ')).toEqual(['VP:AUX']);
    expect(groups('AUX AUX AUX VERB')).toEqual(['VP:AUX', 'VP:AUX AUX VERB']);
  });

  test('a space or punctuation token breaks a group', () => {
    expect(groups('ADJ SPACE NOUN PUNCT VERB')).toEqual(['NP:NOUN', 'VP:VERB']);
  });
});
