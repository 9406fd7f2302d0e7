/**
 * The one-pass trigger scan gives each frame exactly the matches of its own predicate expression:
 * over every frame's example and must-NOT sentences, and over constructions where frames'
 * words overlap, nest, glue to a name or touch letters.
 */
import { type CompiledFile, FRAMES, predicatePattern } from '../../../ingest/relations/frames/index.js';
import { scanTriggers } from '../../../ingest/relations/triggers.js';

function viaRegex(file: CompiledFile, text: string): string[][] {
  return file.frames.map((f) => {
    const out: string[] = [];
    const re = new RegExp(predicatePattern(file.lang, f.predicate), 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m[0]}`);
    return out;
  });
}

function viaScan(file: CompiledFile, text: string): string[][] {
  const found = scanTriggers(file, text);
  return file.frames.map((f) => (found.get(f) ?? []).map((t) => `${t.start}:${t.word}`));
}

const OWN: Record<'ko' | 'en', string[]> = {
  ko: [
    '가나전자는 다라소프트와 양강 구도를 이루며 경쟁하고, 투자를 유치했다.',
    '마바AI가 사아랩에 지분 투자를 단행했고 규제 당국은 조사에 착수했다.',
    '자차 모델은 카타 모델을 능가하는 성능으로 VS 구도를 만들었다.',
  ],
  en: [
    'Orbital-backed Nimbus raised money in a round led by Zephyr, and the rivalry deepened.',
    'Quillon competes with Vantor; rivals such as Tessly took on the co-led, Kerb-co-led deal.',
    'A non-compete clause, a competitor vs. a racer: Brightline outpaced, outscored and overtook Corvid.',
    'regulators-backed 2024-funded x-led probe into curbs on exports to Nareth',
  ],
};

test.each(['ko', 'en'] as const)('%s: the one-pass scan finds what each frame’s own expression finds', (lang) => {
  const file = FRAMES[lang];
  const texts = [...OWN[lang], ...file.frames.flatMap((f) => [...f.examples, ...f.not].map((e) => e.text))];
  let matches = 0;
  for (const raw of texts)
    for (const text of lang === 'en' ? [raw.toLowerCase()] : [raw]) {
      const want = viaRegex(file, text);
      expect(viaScan(file, text)).toEqual(want);
      matches += want.flat().length;
    }
  expect(matches).toBeGreaterThan(file.frames.length);
});

test('a word inside a longer word is no English trigger; a glued word needs the name before it', () => {
  const found = scanTriggers(FRAMES.en, 'noncompetes -backed orbital-backed');
  const words = [...found.values()].flat().map((t) => t.word);
  expect(words).toContain('-backed');
  expect(words.filter((w) => w === '-backed')).toHaveLength(1);
  expect(words.some((w) => w.startsWith('compete'))).toBe(false);
});
