/**
 * Names no lexicon has, inside a list of names it has: the one place that finds list members,
 * at the entity stage (relations read the mentions it adds, and coordination then keeps the
 * whole list as arguments). Four shapes:
 *   - a list that a company noun closes after 등/같은 ("싱텔·도이치텔레콤·소프트뱅크 등 글로벌
 *     통신사", "A(독일), B(일본) 등 주요 통신사") with a known company in it: its other one-word
 *     members are companies unless the analysis reads them as ordinary words;
 *   - an item between two known companies, or after them before 등 ("블랙록, 블랙스톤, 피델리티
 *     등", "Nvidia, Lux Capital and AMD"), whose analysis makes it a proper noun (Nori NNP /
 *     foreign letters, English capitalised words);
 *   - bulleted lists ("▲산업은행(300억원) ▲퀀텀벤처스(15억원) 등으로부터"): each one-word item after
 *     a bullet, when the list is one of makers (a known company, amounts, an investment word);
 *   - priced items before a known maker with its own amount ("모레(150억원), 매스프레소(100억원)").
 * Searches stay inside a sentence. Later mentions of the names found are found too.
 */
import type { Doc } from '../doc.js';
import { tokensIn } from '../doc.js';
import { ENTITIES, GRAMMAR, isParticleRun } from '../lexicon.js';
import type { MentionHit, Sentence } from '../types.js';
import { inflectedKo, isCommonNounKo, isLexicalForm, newEntity, ordinaryWordKo, STOP_KO } from './discover-shared.js';
import { addEntity, type Candidate, leftBoundaryOk, rightBoundaryOk } from './match.js';
import { occurrences, spanIndex } from './spans.js';

const ITEM = '[가-힣A-Za-z][가-힣A-Za-z0-9&.]{1,11}(?:\\([^()\\n]{1,20}\\))?';
const HEAD = '기업|업체|회사|통신사|법인|스타트업|빅테크|팹리스|제조사|개발사|투자사|게임사|벤처캐피털|파운드리';
const KO_LIST = new RegExp(
  `(?<![가-힣A-Za-z0-9&.])((?:${ITEM}\\s*[·,]\\s*)+${ITEM})\\s+(?:등|같은|과 같은|와 같은)\\s+(?:[가-힣A-Za-z0-9]+\\s+){0,3}?(?:\\d+개\\s*)?[가-힣]*(?:${HEAD})`,
  'g',
);
const ITEM_RE = new RegExp(ITEM, 'g');

const COMMON = new Set([...GRAMMAR.commonNounsKo, ...STOP_KO]);
const PROPER = new Set(['NNP', 'SL', 'SN', 'SH']);
const isMaker = (h: MentionHit) => h.type === 'Company' || h.type === 'Organization';
// each member may carry an amount or an aside in brackets: "모레(150억원), 매스프레소(100억원) 등";
// a gap opens with a lone ")" after a mention inside its own brackets ("엔비디아(NVIDIA), …")
const KO_GAP =
  /^(?:\([^()\n]{1,20}\)|\))?(?:,|·|와|과)\s*((?:[^\s,·()'"]{2,16}(?: [^\s,·()'"]{2,10}){0,2}(?:\([^()\n]{1,20}\))?\s*[,·]\s*){1,4})$/;
const KO_TAIL =
  /^(?:\([^()\n]{1,20}\)|\))?[,·]\s*((?:[^\s,·()'"]{2,16}(?: [^\s,·()'"]{2,10}){0,2}(?:\([^()\n]{1,20}\))?\s*[,·]\s*){0,3}[^\s,·()'"]{2,16}(?: [^\s,·()'"]{2,10}){0,2})(?:\([^()\n]{1,20}\))?\s+등/;
const BRACKET_AFTER = /\s*\([^()\n]{1,20}\)\s*$/;
const BRACKET_NEXT = /^\([^()\n]{1,20}\)/;
const EN_ITEM = /^(?:[A-Z][\w&.-]*)(?:\s(?:[A-Z][\w&.-]*|of|&))*$/;
const EN_GAP = /^,\s*((?:[A-Z][^,]{1,40},\s*){1,4})(?:and\s+)?$/;

function isName(doc: Doc, start: number, end: number): boolean {
  const item = doc.text.slice(start, end);
  if (doc.lang === 'en') return EN_ITEM.test(item) && !GRAMMAR.stopNamesEn.includes(item);
  if (COMMON.has(item)) return false;
  const toks = tokensIn(doc, start, end);
  // "IMM인베스트먼트", "유진투자증권": one word that opens with a proper noun is a name, however
  // the dictionary splits the rest of it
  if (!item.includes(' ') && toks[0] && PROPER.has(toks[0].pos)) return true;
  return toks.length > 0 && toks.every((t) => PROPER.has(t.pos));
}

/** "A·B·C 등 글로벌 통신사" with a known maker among the items: the other one-word items are companies. */
function headedList(doc: Doc, s: Sentence, hits: MentionHit[]): MentionHit[] {
  if (doc.lang !== 'ko') return [];
  const text = doc.text.slice(s.start, s.end);
  const index = spanIndex(hits);
  const out: MentionHit[] = [];
  KO_LIST.lastIndex = 0;
  for (let m = KO_LIST.exec(text); m; m = KO_LIST.exec(text)) {
    const items: { start: number; end: number }[] = [];
    ITEM_RE.lastIndex = 0;
    const body = m[1] ?? '';
    for (let it = ITEM_RE.exec(body); it; it = ITEM_RE.exec(body)) {
      const word = it[0].replace(/\(.*$/, '');
      const start = s.start + m.index + it.index;
      items.push({ start, end: start + word.length });
    }
    const known = items.filter((i) =>
      index.overlapping(i.start, i.end).some((h) => isMaker(h) && h.start === i.start && h.end === i.end),
    );
    if (known.length === 0) continue;
    for (const i of items) {
      if (index.overlaps(i.start, i.end)) continue;
      const name = doc.text.slice(i.start, i.end);
      if (STOP_KO.has(name) || isCommonNounKo(name, name) || isLexicalForm(name)) continue;
      // "떠올랐고, 애플·구글 등 빅테크": a verb form ending the clause before the list is no member
      if (/^[가-힣]+$/.test(name) && (ordinaryWordKo(doc, i.start, i.end) || inflectedKo(doc, i.start, i.end)))
        continue;
      // "모델에 적용되며, A, B 등 기업": a clause ending before the list is no member of it
      if (/(?:하며|되며|으며|이며)$/.test(name)) continue;
      const info = addEntity(doc, newEntity('Company', name));
      out.push({ start: i.start, end: i.end, id: info.id, type: info.type, how: 'discovered' });
    }
  }
  return out;
}

const BULLET_ITEM = /[▲△■□◆◇•]\s*([^\s▲△■□◆◇•(),.'"]{2,20})(\s*\([^()\n]{0,20}\))?(?=\s*[▲△■□◆◇•]|\s+등|\s*$)/g;
const AMOUNT = /\d/;
const INVEST_CUE_KO = /투자|조달|유치|펀딩|라운드|출자|주주/;
const INVEST_CUE_EN = /\b(?:invest|investors?|backers?|funding|round|raised?|stake)/i;

// the last word of an investor's name that the dictionary reads as vocabulary: "DST 글로벌"
const FUND_WORD_KO =
  /^(?:캐피털|캐피탈|벤처스|파트너스|인베스트먼트|그룹|글로벌|펀드|홀딩스|에쿼티|매니지먼트|자산운용|어드바이저스)$/;

/**
 * In a sentence about money going in, a member of a list of makers is an investor's name unless
 * one of its (at most three) words is vocabulary: "한울캐피털, XYZ 글로벌, 새솔 인베스트먼트 그룹 등".
 * Fund names mix foreign words the dictionary splits or reads as nouns, so the proper-noun test
 * of `isName` is too strict for them; a word the analysis reads as one ordinary noun still refuses
 * the item ("반도체 기업"), and so does a word with a particle on it ("아부다비의 무바달라").
 */
function investorItemKo(doc: Doc, start: number, end: number): boolean {
  const words = [...doc.text.slice(start, end).matchAll(/\S+/g)];
  if (words.length > 3) return false;
  return words.every((w, i) => {
    const word = w[0];
    const at = start + (w.index ?? 0);
    if (i === words.length - 1 && i > 0 && FUND_WORD_KO.test(word)) return true;
    if (COMMON.has(word) || isParticleRun(word) || /(?:다|고|며|서|기|함|됨|음|의|에|을|를|은|는|들)$/.test(word))
      return false;
    return !(/^[가-힣]+$/.test(word) && ordinaryWordKo(doc, at, at + word.length));
  });
}

/** A bullet item is a name unless it is a common noun, a particle run or a verb form. */
function isBulletName(doc: Doc, item: string): boolean {
  if (doc.lang === 'en') return /^[A-Z0-9]/.test(item) && !GRAMMAR.stopNamesEn.includes(item);
  return !COMMON.has(item) && !isParticleRun(item) && !/(?:다|고|며|서|기|함|됨|음)$/.test(item);
}

/**
 * "▲A(300억원) ▲B(70억원) ▲C 등으로부터": the items of a bulleted run of two or more, when the run
 * lists makers. Items no lexicon has become entities of the type the known items have (Company
 * when none is known).
 */
function bulletNames(doc: Doc, s: Sentence, hits: MentionHit[]): MentionHit[] {
  const text = doc.text.slice(s.start, s.end);
  const runs: { start: number; end: number; amount: boolean }[][] = [];
  let last = -1;
  BULLET_ITEM.lastIndex = 0;
  for (let m = BULLET_ITEM.exec(text); m; m = BULLET_ITEM.exec(text)) {
    const start = s.start + m.index + m[0].indexOf(m[1] ?? '');
    const item = { start, end: start + (m[1] ?? '').length, amount: AMOUNT.test(m[2] ?? '') };
    const run = runs[runs.length - 1];
    if (run && /^\s*$/.test(doc.text.slice(last, s.start + m.index))) run.push(item);
    else runs.push([item]);
    last = s.start + m.index + m[0].length;
  }
  const out: MentionHit[] = [];
  const cue = (doc.lang === 'ko' ? INVEST_CUE_KO : INVEST_CUE_EN).test(text);
  for (const run of runs) {
    if (run.length < 2) continue;
    const known = run.map((it) => hits.find((h) => h.start < it.end && it.start < h.end));
    const makers = known.filter((h): h is MentionHit => Boolean(h && isMaker(h)));
    if (!makers.length && !cue && !run.some((it) => it.amount)) continue;
    const type = makers[0]?.type ?? 'Company';
    const found: MentionHit[] = [];
    let ok = true;
    for (const [i, it] of run.entries()) {
      if (known[i]) continue;
      const item = doc.text.slice(it.start, it.end);
      if (!isBulletName(doc, item)) {
        ok = false;
        break;
      }
      const info = addEntity(doc, newEntity(type, item));
      found.push({ start: it.start, end: it.end, id: info.id, type: info.type, how: 'discovered' });
    }
    if (ok) out.push(...found);
  }
  return out;
}

const PRICED_RUN = /(?:^|[\s,])((?:[^\s,·()'"]{2,12}\([^()\n]*\d[^()\n]*\)\s*,\s*){1,4})$/;
const PRICED_ITEM = /([^\s,·()'"]{2,12})\([^()\n]*\d[^()\n]*\)/g;

/**
 * "모레(150억원), 매스프레소(100억원), 업스테이지(100억원) 등": priced items right before a known maker
 * that has its own amount are members of its list, though the list opens with names no lexicon has.
 */
function pricedBefore(doc: Doc, s: Sentence, hits: MentionHit[]): MentionHit[] {
  // only in a sentence about money going in: "매출은 1분기(30억원), 2분기(40억원)" lists no makers
  if (doc.lang !== 'ko' || !INVEST_CUE_KO.test(doc.text.slice(s.start, s.end))) return [];
  const out: MentionHit[] = [];
  for (const [i, b] of hits.entries()) {
    if (!isMaker(b) || !AMOUNT.test(BRACKET_NEXT.exec(doc.text.slice(b.end, b.end + 24))?.[0] ?? '')) continue;
    const from = Math.max(s.start, hits[i - 1]?.end ?? s.start);
    const head = doc.text.slice(from, b.start);
    const run = PRICED_RUN.exec(head)?.[1];
    if (!run) continue;
    const runStart = from + head.length - run.length;
    PRICED_ITEM.lastIndex = 0;
    for (let m = PRICED_ITEM.exec(run); m; m = PRICED_ITEM.exec(run)) {
      const item = m[1] ?? '';
      const start = runStart + m.index;
      if (
        /^\d/.test(item) ||
        COMMON.has(item) ||
        isParticleRun(item) ||
        hits.some((h) => h.start < start + item.length && start < h.end)
      )
        continue;
      const info = addEntity(doc, newEntity(b.type, item));
      out.push({ start, end: start + item.length, id: info.id, type: info.type, how: 'discovered' });
    }
  }
  return out;
}

/** Is hits[i] a maker listed right after another maker ("A·B", "A, B")? */
function listedAfterMaker(doc: Doc, hits: MentionHit[], i: number): boolean {
  const prev = hits[i - 1];
  const cur = hits[i];
  return Boolean(
    prev && cur && isMaker(prev) && /^(?:\([^()\n]{1,20}\))?\s*[,·]\s*$/.test(doc.text.slice(prev.end, cur.start)),
  );
}

/** "…, and Singapore's Temasek": a country in the possessive heads the next member of the list. */
const possessiveCountry = (doc: Doc, h: MentionHit) =>
  h.type === 'Country' && /^['’]s\s/.test(doc.text.slice(h.end, h.end + 3));

/** The list members no lexicon has in one sentence, given its mentions (sorted by start). */
function sentenceListNames(doc: Doc, s: Sentence, hits: MentionHit[]): MentionHit[] {
  const extra: MentionHit[] = [...headedList(doc, s, hits), ...bulletNames(doc, s, hits)];
  for (let i = 0; i < hits.length; i++) {
    const a = hits[i] as MentionHit;
    const b = hits[i + 1];
    if (!isMaker(a) || (b && !isMaker(b) && b.type !== 'Country')) continue;
    const gapEnd = b ? b.start : Math.min(doc.text.length, a.end + 60);
    const gap = doc.text.slice(a.end, gapEnd);
    const m =
      doc.lang === 'ko'
        ? b && isMaker(b)
          ? KO_GAP.exec(gap)
          : KO_TAIL.exec(gap)
        : b && (isMaker(b) || possessiveCountry(doc, b))
          ? EN_GAP.exec(gap)
          : null;
    const body = m?.[1];
    if (!m || !body) continue;
    const cue = doc.lang === 'ko' && INVEST_CUE_KO.test(doc.text.slice(s.start, s.end));
    const bodyStart = a.end + gap.indexOf(body);
    const found: MentionHit[] = [];
    let ok = true;
    for (const part of body.matchAll(/[^,·]+/g)) {
      const raw = part[0];
      const lead = raw.length - raw.trimStart().length;
      const item = raw
        .trim()
        .replace(/^and\s+/, '')
        .replace(BRACKET_AFTER, '');
      if (!item) continue;
      const start = bodyStart + (part.index ?? 0) + lead + (raw.trim().replace(BRACKET_AFTER, '').length - item.length);
      const end = start + item.length;
      // "모레(150억원)": a member with its own amount is a name in a list of makers, whatever the
      // dictionary says of the word (모레 "the day after tomorrow")
      const priced = AMOUNT.test(BRACKET_NEXT.exec(doc.text.slice(end, end + 24))?.[0] ?? '');
      // "파두·퓨리오사AI·리벨리온·세미파이브 등": the last item of a run of known makers before 등
      const run = !b && listedAfterMaker(doc, hits, i);
      const loose =
        (priced && !COMMON.has(item) && !isParticleRun(item)) ||
        (run && isBulletName(doc, item)) ||
        (cue && investorItemKo(doc, start, end));
      if (!(isName(doc, start, end) || loose)) {
        ok = false;
        break;
      }
      const info = addEntity(doc, newEntity(a.type, item));
      found.push({ start, end, id: info.id, type: info.type, how: 'discovered' });
    }
    if (ok) extra.push(...found);
  }
  extra.push(...pricedBefore(doc, s, hits));
  return extra;
}

/** "한솔 파트너스(Hansol Partners)": a name in letters bracketed right after a maker's name. */
const GLOSS_OPEN = /^\s?\($/;
const GLOSS_CLOSE = /^\s*(?:[),]|$)/;
const GLOSS_REST = /^((?: [A-Z][\w&.-]*){1,3})\)/;

/**
 * A maker's Hangul name with its letters in brackets ("토렌 캐피탈(Toren Capital)") is one
 * maker: the bracketed name, found as a second company by its suffix word, becomes a mention of
 * the first. Only a discovered bracketed name moves (the lexicon's entries stay apart).
 */
function mergeGlosses(doc: Doc, kept: Candidate[]): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i] as Candidate;
    const b = kept[i + 1] as Candidate;
    if (!isMaker(a) || !isMaker(b) || a.id === b.id || !GLOSS_OPEN.test(doc.text.slice(a.end, b.start))) continue;
    if (!/[가-힣]/.test(doc.text.slice(a.start, a.end)) || !/^[A-Za-z]/.test(doc.text.slice(b.start, b.end))) continue;
    if (b.how === 'discovered' && !ENTITIES.has(b.id) && GLOSS_CLOSE.test(doc.text.slice(b.end, b.end + 2))) {
      const from = b.id;
      for (const c of kept) if (c.id === from) Object.assign(c, { id: a.id, type: a.type });
      continue;
    }
    // "피델리티 파트너스(Fidelity Partners)": the lexicon's Fidelity opens the gloss of a firm found
    // in the article; the whole gloss is that firm's
    const rest = GLOSS_REST.exec(doc.text.slice(b.end, b.end + 40));
    const next = kept[i + 2];
    if (a.how !== 'discovered' || ENTITIES.has(a.id) || !rest) continue;
    if (next && next.start < b.end + (rest[1]?.length ?? 0)) continue;
    Object.assign(b, { id: a.id, type: a.type, how: 'discovered', end: b.end + (rest[1]?.length ?? 0) });
  }
}

/**
 * "알리바바 그룹과 텐센트 홀딩스도": a maker's name followed by the word for its group or holding
 * company names the same maker, and the mention takes the word in, so that the particle after it
 * is read ("알리바바 그룹과" is 알리바바 with 과).
 */
const GROUP_WORD =
  /^ (?:그룹|홀딩스)(?=[^가-힣A-Za-z0-9]|(?:과|와|도|이|가|은|는|을|를|의|에|로|으로|까지|마저|만)(?![가-힣]))/;

function takeGroupWord(doc: Doc, kept: Candidate[]): void {
  if (doc.lang !== 'ko') return;
  for (const [i, c] of kept.entries()) {
    if (!isMaker(c) || !/[가-힣A-Za-z0-9]$/.test(doc.text.slice(c.start, c.end))) continue;
    const m = GROUP_WORD.exec(doc.text.slice(c.end, c.end + 8));
    const next = kept[i + 1];
    if (!m || (next && next.start < c.end + m[0].length)) continue;
    c.end += m[0].length;
  }
}

/**
 * The list members of the whole text that no mention covers yet, and their later mentions:
 * candidates to add to `kept` (the non-overlapping mentions, sorted by start). First, a maker's
 * bracketed name in letters and its group word join its mention (mergeGlosses, takeGroupWord).
 */
export function listNames(doc: Doc, kept: Candidate[]): Candidate[] {
  mergeGlosses(doc, kept);
  takeGroupWord(doc, kept);
  const found: MentionHit[] = [];
  let h = 0;
  for (const s of doc.sentences) {
    while (h < kept.length && (kept[h]?.start ?? 0) < s.start) h++;
    let k = h;
    while (k < kept.length && (kept[k]?.end ?? 0) <= s.end) k++;
    const hits = kept.slice(h, k);
    const index = spanIndex(hits);
    for (const x of sentenceListNames(doc, s, hits))
      if (!index.overlaps(x.start, x.end) && !found.some((f) => f.start < x.end && x.start < f.end)) found.push(x);
  }
  if (!found.length) return [];
  const out: Candidate[] = found.map((x) => ({ ...x, kind: 'name' }));
  // later mentions of the names found ("블랙록, 메디브레인, 카카오 등 … 메디브레인은"), outside any mention
  const taken = spanIndex([...kept, ...out]);
  const names = [...new Set(found.map((x) => x.id))].flatMap((id) => {
    const info = doc.entities.get(id);
    return info ? [...info.ko, ...info.en].map((name) => ({ info, name })) : [];
  });
  const { text } = doc;
  for (const { name: i, at } of occurrences(
    text,
    names.map((n) => n.name),
  )) {
    const { info, name } = names[i] as (typeof names)[number];
    const end = at + name.length;
    if (taken.overlaps(at, end)) continue;
    if (!leftBoundaryOk(text, at, name.charCodeAt(0), false)) continue;
    if (!rightBoundaryOk(text, end, name.charCodeAt(name.length - 1), false)) continue;
    out.push({ start: at, end, id: info.id, type: info.type, how: 'discovered', kind: 'name' });
  }
  return out.sort((a, b) => a.start - b.start);
}
