/**
 * Entity discovery, persons named in a known employer's possessive: "루나랩의 연구 부문 부사장 카를로
 * 벤티는", "루나랩의 카를로 벤티 CEO는", "루나랩의 왕레이 총재는". After "ORG의", a title with a
 * name on either side names a person of that employer, so a foreign or Chinese name the lexicon
 * lacks, and that the analysis cuts into odd pieces, is taken on the frame's word alone: two
 * Hangul words around the title (the second with its particle), or one word of a surname and a
 * given syllable right before it. No word of the name may be vocabulary, a verb form or a title.
 */
import { type Doc, tokensIn } from '../doc.js';
import { GRAMMAR, isParticleRun } from '../lexicon.js';
import { NOT_EMPLOYER } from './discover-person.js';
import { plainWord, stem } from './discover-role.js';
import { alt, covered, type Emit, FIRM_END_KO, inflectedKo, personEntity, SURNAMES } from './discover-shared.js';
import { addEntity, type Candidate, hangulRunAfter } from './match.js';

const TITLE = alt(GRAMMAR.titlesKo);
/** "의 로봇 부문 부사장 카를로 벤티는": at most two words of a unit, a title, two name words. */
const TITLE_FIRST = new RegExp(`^의\\s+((?:[가-힣A-Za-z0-9]+\\s){0,2})(${TITLE})\\s+([가-힣]{1,5})\\s([가-힣]{1,8})`);
/** "의 카를로 벤티 CEO는", "의 왕레이 총재는": one or two name words, then the title. */
const NAME_FIRST = new RegExp(`^의\\s+([가-힣]{2,5})(?:\\s([가-힣]{1,5}))?\\s(${TITLE})(?![A-Za-z])`);
/** The particles of a subject, object or apposition that may close a name ("벤티는"); "노린다" is a verb. */
const CLOSING = new Set([...GRAMMAR.subj, ...GRAMMAR.obj, ...GRAMMAR.gen, ...GRAMMAR.com, ...GRAMMAR.dat]);
/** Modifiers that stand where a one-word name would: 차기 대표, 전임 CEO, 고위 임원. */
const MODIFIERS = new Set([...NOT_EMPLOYER, '차기', '전임', '후임', '고위', '임시', '최초', '역대']);

/**
 * A word of a foreign name in Hangul at [at, at + w.length): plain, no verb form, and not one
 * dictionary noun (로봇, 출신). The analysis cuts such names into nouns and particles ("카를로"
 * 카를/NNG 로/JKB), so a noun with a particle on it is allowed here.
 */
function foreignWord(doc: Doc, w: string, at: number): boolean {
  const end = at + w.length;
  const toks = tokensIn(doc, at, end).filter((t) => t.end <= end);
  const oneNoun = toks.length === 1 && toks[0]?.pos === 'NNG';
  // "자리를 노린다": a word with an object, topic or genitive particle is no part of a name
  if (/[을를은는의에도와과]$/.test(w)) return false;
  return plainWord(w) && !FIRM_END_KO.test(w) && !oneNoun && !inflectedKo(doc, at, end, false);
}

/** "왕레이", "장원": a Chinese name of two syllables, surname first; vocabulary to the analysis, so no modifier. */
const chineseName = (w: string) => w.length === 2 && SURNAMES.has(w[0] ?? '') && plainWord(w) && !MODIFIERS.has(w);

export function possessivePersons(doc: Doc, hits: Candidate[], emit: Emit, titles: Map<string, string>): void {
  if (doc.lang !== 'ko') return;
  const { text } = doc;
  const take = (start: number, end: number, title: string) => {
    if (covered(hits, start, end)) return;
    const info = addEntity(doc, personEntity(text.slice(start, end)));
    titles.set(info.id, title);
    emit(start, end, info, 'discovered');
  };
  for (const h of hits) {
    if (h.type !== 'Company' && h.type !== 'Organization') continue;
    const after = text.slice(h.end, h.end + 60);
    const t = TITLE_FIRST.exec(after);

    if (t) {
      const unit = (t[1] ?? '').trim();
      const given = t[3] ?? '';
      const family = stem(t[4] ?? '');
      const start = h.end + t[0].length - (t[4] ?? '').length - 1 - given.length;
      const end = start + given.length + 1 + family.length;
      // the name ends at its particle, a comma or a bracket, as a subject or an apposition does
      const particle = (t[4] ?? '').slice(family.length);
      const closed = particle ? CLOSING.has(particle) : /^[(,]/.test(text.slice(end, end + 1));
      const unitOk = unit.split(/\s+/).every((w, i, all) => {
        const at = h.end + t[0].indexOf(t[1] ?? '') + all.slice(0, i).join(' ').length + (i ? 1 : 0);
        return !w || !(inflectedKo(doc, at, at + w.length) || /[의에을를은는이가와과도]$/.test(w));
      });
      if (closed && unitOk && foreignWord(doc, given, start) && foreignWord(doc, family, end - family.length)) {
        take(start, end, t[2] ?? '');
        continue;
      }
    }
    const n = NAME_FIRST.exec(after);
    if (!n) continue;
    const titleEnd = h.end + n[0].length;
    if (!isParticleRun(hangulRunAfter(text, titleEnd))) continue;
    const first = n[1] ?? '';
    const second = n[2];
    const start = h.end + n[0].indexOf(first);
    if (second) {
      const at2 = start + first.length + 1;
      if (foreignWord(doc, first, start) && foreignWord(doc, second, at2)) take(start, at2 + second.length, n[3] ?? '');
    } else if (chineseName(first)) take(start, start + first.length, n[3] ?? '');
  }
}
