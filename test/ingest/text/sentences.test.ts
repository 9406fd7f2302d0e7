import { splitSentences } from '../../../ingest/text/sentences.js';

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
  test('a lower-case word after a stop continues an English sentence, but not a name like xAI or a Korean ending', async () => {
    expect(texts('Prices rose approx. ten percent. xAI shipped a model.')).toEqual([
      'Prices rose approx. ten percent.',
      'xAI shipped a model.',
    ]);
    expect(texts('머스크가 새 모델을 공개했다. xAI는 투자도 받았다.')).toEqual([
      '머스크가 새 모델을 공개했다.',
      'xAI는 투자도 받았다.',
    ]);
    expect(texts('The deal was signed at 3 p.m. on Monday.')).toEqual(['The deal was signed at 3 p.m. on Monday.']);
  });
  test('lines are sentences (headlines)', async () => {
    expect(texts('제목 한 줄\n본문이다. 또 있다.')).toEqual(['제목 한 줄', '본문이다.', '또 있다.']);
  });
});
