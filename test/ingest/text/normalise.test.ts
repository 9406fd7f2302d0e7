import { normalise, toRaw } from '../../../ingest/text/normalise.js';

describe('normalise', () => {
  test('quotes, dashes, full-width letters and invisible characters, with offsets into the original', async () => {
    const raw = '\u201cＡＩ\u201d \u2014 \u2018챗GPT\u2019\u200b 美中';
    const n = normalise(raw);
    expect(n.text).toBe('"AI" - \'챗GPT\' 美中');
    const at = n.text.indexOf('챗GPT');
    const span = toRaw(n, at, at + '챗GPT'.length);
    expect(raw.slice(span.start, span.end)).toBe('챗GPT');
    expect(n.hanja.map((h) => h.id)).toEqual(['country:us', 'country:cn']);
  });
  test('a dateline dash glued to the first word moves before the space, offsets unchanged', async () => {
    const raw = '(AP) -Cohere said it raised money. A well-known co-founder (left) -not a name- stays.';
    const n = normalise(raw);
    expect(n.text.startsWith('(AP)- Cohere said')).toBe(true);
    const at = n.text.indexOf('Cohere');
    const span = toRaw(n, at, at + 'Cohere'.length);
    expect(raw.slice(span.start, span.end)).toBe('Cohere');
    // must not: a dash before a lowercase word is no dateline
    expect(n.text).toContain('(left) -not a name-');
  });
  test('NFKC expansion (㈜) keeps later offsets right', async () => {
    const raw = '㈜딥시크 and 오픈AI';
    const n = normalise(raw);
    expect(n.text.startsWith('(주)')).toBe(true);
    const at = n.text.indexOf('오픈AI');
    const span = toRaw(n, at, at + 4);
    expect(raw.slice(span.start, span.end)).toBe('오픈AI');
  });
  test('a Hanja gloss inside a Hangul word goes (대(對)중국 → 대중국), offsets still map back', async () => {
    const raw = '미국은 대(對)중국 수출을 막고 반(反)화웨이 전선을 넓혔다. 한국(韓國) 정부';
    const n = normalise(raw);
    expect(n.text).toBe('미국은 대중국 수출을 막고 반화웨이 전선을 넓혔다. 한국(韓國) 정부');
    const at = n.text.indexOf('화웨이');
    const span = toRaw(n, at, at + 3);
    expect(raw.slice(span.start, span.end)).toBe('화웨이');
  });
  test('Hanja inside a Hanja word or after a digit is not a country', async () => {
    expect(normalise('中國 3日 中央').hanja).toEqual([]);
  });
});
