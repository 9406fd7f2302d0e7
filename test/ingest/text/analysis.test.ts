import { createAnalyser, sharedAnalyser, type Token, TokenSchema } from '../../../ingest/text/analysis.js';

const analyser = sharedAnalyser();
const show = (tokens: Token[]) => tokens.map((t) => `${t.text}/${t.pos}`);

/** Every token lies inside the text; a token whose text is not the slice is a fused morpheme. */
function expectExactOffsets(text: string, tokens: Token[]): void {
  for (const t of tokens) {
    TokenSchema.parse(t);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(t.start).toBeLessThan(t.end);
  }
  const surface = tokens.filter((t) => t.text === text.slice(t.start, t.end));
  expect(surface.length).toBeGreaterThan(tokens.length / 2);
  for (let i = 1; i < tokens.length; i++) expect(tokens[i]?.start).toBeGreaterThanOrEqual(tokens[i - 1]?.start ?? 0);
}

describe('Korean (Lucene Nori)', () => {
  test("particles split off the name: '딥시크가' → 딥시크 + 가/JKS, with exact offsets", async () => {
    const text = '딥시크가 새 모델을 공개했다.';
    const tokens = await analyser.analyse(text, 'ko');
    expect(show(tokens).slice(0, 2)).toEqual(['딥시크/NNP', '가/JKS']);
    expect(tokens[0]).toMatchObject({ start: 0, end: 3 });
    expect(tokens[1]).toMatchObject({ start: 3, end: 4 });
    expect(show(tokens)).toContain('모델/NNG');
    expect(show(tokens)).toContain('을/JKO');
    expectExactOffsets(text, tokens);
  });

  test('each particle gets its mecab-ko-dic tag: subject, object, genitive, adverbial, topic, conjunction', async () => {
    const tokens = show(await analyser.analyse('정부는 회사의 자료를 서울에서 검토했고 구글과 애플이 참여했다.', 'ko'));
    for (const expected of ['는/JX', '의/JKG', '를/JKO', '에서/JKB', '과/JC', '이/JKS'])
      expect(tokens).toContain(expected);
  });

  test('lexicon names stay one token even where the 2018 dictionary would split them', async () => {
    const text = '오픈AI와 앤트로픽, 딥시크는 경쟁한다.';
    const tokens = await analyser.analyse(text, 'ko');
    const nouns = tokens.filter((t) => t.pos === 'NNP').map((t) => text.slice(t.start, t.end));
    expect(nouns).toEqual(['오픈AI', '앤트로픽', '딥시크']);
  });

  test('endings: a relative clause (ETM), a connective (EC), a sentence end (EF); predicates carry their lemma', async () => {
    const text = '삼성이 개발한 칩은 빠르다고 회사가 밝혔다.';
    const tokens = await analyser.analyse(text, 'ko');
    const tags = show(tokens);
    expect(tags).toContain('ᆫ/ETM');
    expect(tags).toContain('다고/EC');
    expect(tags[tags.length - 2]).toBe('다/EF');
    expect(tokens.find((t) => t.pos === 'XSA' || t.pos === 'XSV')?.lemma).toBe('개발하다');
    expect(tokens.find((t) => t.pos === 'VV')?.lemma).toBe('밝히다');
    // the fused morphemes of 밝혔 share its span; the ending after them has its own
    const fused = tokens.filter((t) => text.slice(t.start, t.end) === '밝혔');
    expect(fused.map((t) => `${t.text}/${t.pos}`)).toEqual(['밝히/VV', '었/EP']);
    expectExactOffsets(text, tokens);
  });

  test('one process serves every article of a run, including texts analysed at the same time', async () => {
    const own = createAnalyser();
    try {
      const texts = Array.from({ length: 40 }, (_, i) => `회사 ${i}곳이 투자를 받았다. 오픈AI는 ${i}번째 모델을 냈다.`);
      const results = await Promise.all(texts.map((t) => own.analyse(t, 'ko')));
      results.forEach((tokens, i) => {
        expect(show(tokens)).toContain('오픈AI/NNP');
        expect(tokens.find((t) => t.pos === 'SN')?.text).toBe(String(i));
      });
      await own.analyse('한 번 더.', 'ko');
      expect(own.pids()).toHaveLength(1);
    } finally {
      await own.close();
    }
  });

  test('an empty text gives no tokens', async () => {
    expect(await analyser.analyse('', 'ko')).toEqual([]);
  });

  test('without Java the analyser fails with one clear line naming Java', async () => {
    await analyser.analyse('준비.', 'ko'); // provisioned (Maven, javac) with the real Java first
    const broken = createAnalyser({ env: { ...process.env, JAVA_HOME: '/nonexistent-jdk' } });
    try {
      const failure = broken.analyse('딥시크가 말했다.', 'ko');
      await expect(failure).rejects.toThrow(/Korean analyser.*JDK 17\+/);
      await expect(failure).rejects.toThrow(/^[^\n]+$/);
    } finally {
      await broken.close();
    }
  });
});

describe('English (wink-nlp)', () => {
  test('UPOS tags, lemmas and exact offsets', async () => {
    const text = 'Nvidia has led the funding round for Arcrobot, which builds robots.';
    const tokens = await analyser.analyse(text, 'en');
    expect(show(tokens).slice(0, 4)).toEqual(['Nvidia/PROPN', 'has/AUX', 'led/VERB', 'the/DET']);
    expect(tokens.find((t) => t.text === 'led')?.lemma).toBe('lead');
    expect(tokens.find((t) => t.text === 'robots')?.lemma).toBe('robot');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test('noun and verb groups come as B-/I- chunks', async () => {
    const text = 'The U.S. Commerce Department opened a probe into curbs on exports.';
    const tokens = await analyser.analyse(text, 'en');
    const groups: string[] = [];
    for (const t of tokens) {
      if (t.chunk?.startsWith('B-')) groups.push(`${t.chunk.slice(2)}:${t.text}`);
      else if (t.chunk?.startsWith('I-')) groups[groups.length - 1] += ` ${t.text}`;
    }
    expect(groups).toEqual(['NP:The U.S. Commerce Department', 'VP:opened', 'NP:a probe', 'NP:curbs', 'NP:exports']);
  });

  test('offsets stay exact across line breaks, quotes and contractions', async () => {
    const text = 'Anthropic\'s chief said:\n\n"We can\'t wait," and left.';
    const tokens = await analyser.analyse(text, 'en');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text).join('')).toBe(text.replace(/\s/g, ''));
  });
});
