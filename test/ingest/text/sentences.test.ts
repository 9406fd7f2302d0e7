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
  test('lines are sentences (headlines)', async () => {
    expect(texts('제목 한 줄\n본문이다. 또 있다.')).toEqual(['제목 한 줄', '본문이다.', '또 있다.']);
  });
});
