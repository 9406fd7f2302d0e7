import { run } from './helpers.js';

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
