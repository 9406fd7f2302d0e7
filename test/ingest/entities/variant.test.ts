/** The variant key: transliterations of one foreign name share it; different names do not. */
import { MIN_UNITS, variantKey } from '../../../ingest/entities/variant.js';

test('vowel and consonant alternations of one transliteration give one key', () => {
  expect(variantKey('세쿼이아캐피탈')).toBe(variantKey('세쿼이어 캐피털'));
  expect(variantKey('세콰이어캐피탈')).toBe(variantKey('세쿼이아캐피털'));
  expect(variantKey('지푸')).toBe(variantKey('즈푸'));
  expect(variantKey('래리 앨리슨')).toBe(variantKey('래리 엘리슨'));
  expect(variantKey('빠이두')).toBe(variantKey('바이두'));
});

test('a generic ending (AI, 테크, 랩스, Labs) is cut when it stands apart or is Hangul', () => {
  expect(variantKey('스태빌리티AI')).toBe(variantKey('스테빌리티'));
  // a two-syllable rest is too short to stand alone: 즈푸AI is no key of 즈푸 (the lexicon lists both)
  expect(variantKey('즈푸AI')).not.toBe(variantKey('즈푸'));
  expect(variantKey('Moonshot AI')).toBe(variantKey('Moonshot'));
  expect(variantKey('퓨리오사에이아이')).toBe(variantKey('퓨리오사'));
  expect(variantKey('루나 랩스')).toBe(variantKey('루나랩스'));
});

test('must NOT: different names, a glued Latin ending, or a rest too short to be a name stay apart', () => {
  expect(variantKey('앤트로픽')).not.toBe(variantKey('앤스로픽 벤처스'));
  expect(variantKey('지푸')).not.toBe(variantKey('지프'));
  // "Hon Hai" keeps its "ai"; 엑스에이아이 (xAI) is not 엑스 (X)
  expect(variantKey('Hon Hai')).toBe('honhai');
  expect(variantKey('엑스에이아이')).not.toBe(variantKey('엑스'));
  expect(variantKey('메타')).not.toBe('');
  expect([...variantKey('메타')].length).toBeGreaterThanOrEqual(MIN_UNITS);
  expect(variantKey('미')).toBe('');
});

test('the whole name keeps its ending when asked (running text: 스케일 is a word, 스케일AI a firm)', () => {
  expect(variantKey('스케일AI', 4, false)).not.toBe(variantKey('스케일', 4, false));
});
