import { normalise, toRaw } from '../../ingest/normalise.js';
import { splitSentences } from '../../ingest/sentences.js';
import { run } from './helpers.js';

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
  test('NFKC expansion (㈜) keeps later offsets right', async () => {
    const raw = '㈜딥시크 and 오픈AI';
    const n = normalise(raw);
    expect(n.text.startsWith('(주)')).toBe(true);
    const at = n.text.indexOf('오픈AI');
    const span = toRaw(n, at, at + 4);
    expect(raw.slice(span.start, span.end)).toBe('오픈AI');
  });
  test('Hanja inside a Hanja word or after a digit is not a country', async () => {
    expect(normalise('中國 3日 中央').hanja).toEqual([]);
  });
});

describe('sentences', () => {
  const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
  test('U.S. and decimals do not end a sentence', async () => {
    expect(texts('The U.S. Commerce Department acted. Qwen 2.5 is out.')).toEqual([
      'The U.S. Commerce Department acted.',
      'Qwen 2.5 is out.',
    ]);
  });
  test('a quotation followed by 라고 continues the sentence', async () => {
    expect(texts('그는 "우리는 이긴다. 반드시 이긴다."라고 말했다. 다음 문장이다.')).toEqual([
      '그는 "우리는 이긴다. 반드시 이긴다."라고 말했다.',
      '다음 문장이다.',
    ]);
  });
  test('lines are sentences (headlines)', async () => {
    expect(texts('제목 한 줄\n본문이다. 또 있다.')).toEqual(['제목 한 줄', '본문이다.', '또 있다.']);
  });
});

describe('article', () => {
  test('id is a content hash; lang from Hangul share', async () => {
    const a = await run('오픈AI가 새 모델을 공개했다.');
    const b = await run('오픈AI가 새 모델을 공개했다.', 'other.txt');
    expect(a.article.id).toBe(b.article.id);
    expect(a.article.id).toMatch(/^[0-9a-f]{24}$/);
    expect(a.article.lang).toBe('ko');
    expect((await run('OpenAI released a new GPT model.')).article.lang).toBe('en');
  });
  test('every mention and evidence indexes the original text', async () => {
    const text =
      '\u201c美中 패권\u201d \u2014 중국 스타트업 딥시크가 오픈AI\u2019s ‘챗GPT’에 맞먹는 모델을 내놨다.\r\n엔비디아 CEO 젠슨 황은 말했다.';
    const x = await run(text);
    expect(x.entities.length).toBeGreaterThan(4);
    for (const e of x.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const r of x.relations) for (const ev of r.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
  });
});
