/** Korean particles that depend on whether the word before ends in a consonant (받침). */
const DIGIT_BATCHIM = new Set(['0', '1', '3', '6', '7', '8']); // 영 일 삼 육 칠 팔

export function batchim(word: string): boolean {
  const last = word.trim().slice(-1);
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  if (/\d/.test(last)) return DIGIT_BATCHIM.has(last);
  return /[lmnLMN]/.test(last);
}

type Pair = '은는' | '이가' | '을를' | '과와' | '으로';

/** `josa('루나랩', '은는')` → `루나랩은`. */
export function josa(word: string, pair: Pair): string {
  const has = batchim(word);
  if (pair === '으로') return word + (has ? '으로' : '로');
  const [withBatchim, without] = [...pair];
  return word + (has ? withBatchim : without);
}

/** A quoted name with its particle after the closing quote: `'Nova-3'을`. */
export function josaQuoted(word: string, pair: Pair): string {
  return `'${word}'${josa(word, pair).slice(word.length)}`;
}
