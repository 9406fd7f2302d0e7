/**
 * Nori's binary dictionary keeps one tag, J, for every particle and one, E, for every verbal
 * ending; the frames need to tell a subject (가/JKS) from an object (를/JKO) and a relative
 * clause (개발한 → ETM) from a sentence end (EF). mecab-ko-dic lists these by form, so the form
 * (and, for endings, the place in the word) restores the finer tag. Predicates get their
 * dictionary form as lemma (개발 + 하 → 개발하다).
 */
import { JvmError } from '../../graph/jvm.js';
import type { Morphemes } from './nori.js';
import { KO_TAGS, type KoTag, type Token } from './token.js';

const PARTICLES: Record<string, KoTag> = {};
const particle = (tag: KoTag, forms: string) => {
  for (const f of forms.split(' ')) PARTICLES[f] = tag;
};
particle('JKS', '이 가 께서');
particle('JKO', '을 를 ᆯ');
particle('JKG', '의');
particle(
  'JKB',
  '에 에서 에게 에게서 께 한테 한테서 로 으로 서 보다 처럼 같이 만큼 로서 으로서 로써 으로써 로부터 으로부터 에다 에다가 대로 더러',
);
particle('JC', '와 과 하고 이랑 랑 이며 며');
particle('JKQ', '라고 이라고 고 라는');
particle('JX', '은 는 ᆫ 도 만 까지 부터 조차 마저 이나 나 든지 이든지 야 이야 뿐 밖에 요 마다 씩');

const ETM = new Set(['ᆫ', '은', '는', 'ᆯ', '을', '던', '었던', '았던']);
const EP = new Set(['았', '었', '였', '겠', '시', '으시', '았었', '었었']);
const ETN = new Set(['ᆷ', '음', '기']);
const PREDICATES = new Set<KoTag>(['VV', 'VA', 'VX', 'VCP', 'VCN', 'XSV', 'XSA']);
const KNOWN = new Set<string>(KO_TAGS);

/** The raw morphemes of `text` as tokens with mecab-ko-dic tags and predicate lemmas. */
export function refineKorean(text: string, m: Morphemes): Token[] {
  const out: Token[] = new Array(m.length);
  let sorted = true;
  for (let i = 0; i < m.length; i++) {
    const start = m.start[i] as number;
    const end = m.end[i] as number;
    const raw = m.tag[i] as string;
    const form = m.form[i] ?? text.slice(start, end);
    const tag = raw === 'J' ? (PARTICLES[form] ?? 'JX') : raw === 'E' ? ending(m, i, form) : raw;
    if (!KNOWN.has(tag)) throw new JvmError(`the Korean analyser sent an unknown tag ${tag}`);
    let lemma: string | undefined;
    if (PREDICATES.has(tag as KoTag)) {
      const before = i > 0 ? out[i - 1] : undefined;
      // a noun right before a light verb (개발 + 하) is part of the predicate's dictionary form
      const stem = (tag === 'XSV' || tag === 'XSA') && before && before.end === start ? before.text : '';
      lemma = `${stem}${form}다`;
    }
    // one shape for every token (lemma and chunk present, maybe undefined) keeps property access monomorphic
    out[i] = { start, end, text: form, pos: tag as KoTag, lemma, chunk: undefined };
    if (i > 0 && start < (out[i - 1] as Token).start) sorted = false;
  }
  return sorted ? out : out.sort((a, b) => a.start - b.start);
}

/** EP inside a word, ETM/ETN at its end before a noun, EF before a full stop or the end, else EC. */
function ending(m: Morphemes, i: number, form: string): KoTag {
  const end = m.end[i] as number;
  let j = i + 1;
  // the other morphemes fused in the same span belong to the same word
  while (j < m.length && (m.start[j] as number) < end) j++;
  const sameSpanAfter = j > i + 1;
  const next = j < m.length ? j : -1;
  const nextTag = next >= 0 ? (m.tag[next] as string) : '';
  const nextStart = next >= 0 ? (m.start[next] as number) : -1;
  const attached = sameSpanAfter || (next >= 0 && nextStart === end && !nextTag.startsWith('S'));
  if (attached) return EP.has(form) ? 'EP' : 'EC';
  if (ETM.has(form)) return 'ETM';
  if (ETN.has(form)) return 'ETN';
  if (next < 0 || nextTag === 'SF') return 'EF';
  if (nextStart === end && (nextTag === 'SSC' || nextTag === 'SY')) return 'EF';
  return 'EC';
}
