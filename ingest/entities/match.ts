/**
 * Entity stage, part 1: lexicon matching. One left-to-right pass over the text with the trie;
 * at each position the longest form whose boundaries fit wins. Korean names carry their
 * particles (딥시크가), so after a Hangul form the rest of the word must read as particles;
 * model families take a version (큐원 2.5-맥스, GPT-4o-mini, Claude 3.5 Sonnet).
 */
import type { EntityType } from '../../graph/model.js';
import type { Doc } from '../doc.js';
import {
  ENTITIES,
  FAMILY,
  type FormHit,
  GRAMMAR,
  isHangul,
  isLatinOrDigit,
  isParticleRun,
  matchAt,
} from '../lexicon.js';
import type { EntityInfo, MentionHit } from '../types.js';
import {
  FIRM_END_KO,
  isCommonNounKo,
  newEntity,
  ordinaryWordKo,
  STOP_KO,
  stripParticle,
  verbalKo,
} from './discover-shared.js';
import { slug } from './romanize.js';

/** Prefixes that glue onto a country name in Korean: 대중국(對中國) 수출, 친미, 반중, 방중, 주한. */
const COUNTRY_PREFIX = new Set(['대', '친', '반', '탈', '범', '방', '재', '주', '對']);
/** The same as a table by code unit: checked at every syllable of the text, where a Set lookup per character showed. */
const COUNTRY_PREFIX_CODES = new Uint8Array(0x10000);
for (const c of COUNTRY_PREFIX) COUNTRY_PREFIX_CODES[c.charCodeAt(0)] = 1;
const KO_SUFFIX: Record<string, string> = {
  맥스: 'max',
  프로: 'pro',
  터보: 'turbo',
  울트라: 'ultra',
  플래시: 'flash',
  미니: 'mini',
  나노: 'nano',
  라이트: 'lite',
  플러스: 'plus',
  소네트: 'sonnet',
  소넷: 'sonnet',
  오퍼스: 'opus',
  하이쿠: 'haiku',
  딥: 'deep',
  비전: 'vision',
  코더: 'coder',
  프리뷰: 'preview',
  옴니: 'omni',
  매버릭: 'maverick',
  스카우트: 'scout',
};
const KO_SUFFIX_WORDS = Object.keys(KO_SUFFIX);
/** " Opus 4" at `k`: a tier word, a space and a digit (the suffix words are plain letters). */
function tierThenVersion(text: string, k: number, word: string): boolean {
  const digit = text.charCodeAt(k + word.length + 2);
  return text.startsWith(` ${word} `, k) && digit >= 0x30 && digit <= 0x39;
}
const EN_SUFFIX =
  /^(?:Max|Pro|Turbo|Ultra|Flash|Mini|mini|Nano|nano|Lite|Plus|Sonnet|Opus|Haiku|Instruct|Coder|Vision|Omni|Deep|Thinking|Reasoner|Preview|Chat|Base|Large|Small|Medium|Fast|Scout|Maverick|Behemoth|Air|Edge)(?![A-Za-z])/;
/**
 * A version or a size: 2.5, 4o, 910D, 1.5V, K2, 32B, 7.8B, 8x7B, and the active size of a mixture
 * (A22B in Qwen3-235B-A22B). Sizes first: "7.8B" is one part, not "7" then ".8B".
 */
const VERSION =
  /^(?:\d+[x×]\d+[Bb]|\d+(?:\.\d+)?[BbMmKkTt]|\d+(?:\.\d+)*[a-zA-Z]?|[A-Za-z]\d+(?:\.\d+)*[Bb]?)(?![A-Za-z0-9])/;
const LETTER_VERSION = /^[A-Za-z]\d+(?:\.\d+)*(?![A-Za-z0-9])/;

/**
 * "the Claude-maker", "Llama-based", "Gemini-powered": an English word after the hyphen ends a
 * model's name; a tier (GPT-4o-mini) or anything with a digit (R1-Zero aside) continues it.
 */
const MODEL_COMPOUND =
  /^-(?!(?:mini|pro|max|turbo|nano|lite|plus|ultra|flash|preview|instruct|chat|base|vision|omni|coder|zero|exp|high|low|medium|large|small|oss|image|audio|realtime|codex|search|thinking|reasoner)(?![a-z]))[a-z]{3,}(?![A-Za-z0-9]*\d)/;

/** Nouns written glued to a country name that still refer to the state: 중국정부, 미국내, 한미간. */
const COUNTRY_GLUE = /^(?:정부|당국|내|간|측|쪽)(?:이|가|은|는|을|를|의|에|에서|과|와|도|만)?$/;

export function hangulRunAfter(text: string, end: number): string {
  let k = end;
  while (k < text.length && isHangul(text.charCodeAt(k))) k++;
  return text.slice(end, k);
}

/** Does a name ending at `end` stop at a word boundary (particles allowed after Hangul)? */
export function rightBoundaryOk(
  text: string,
  end: number,
  lastChar: number,
  isCountry: boolean,
  isModel = false,
): boolean {
  const next = text.charCodeAt(end);
  if (Number.isNaN(next)) return true;
  if (isLatinOrDigit(lastChar)) {
    if (isLatinOrDigit(next)) return false;
    // "GPT-4" inside "GPT-4o-mini", "V3" inside "V3.5": not a whole name; "Tencent-to suspend" (a
    // dash normalised from —) and "Seoul-based" end a company name
    if (
      (next === 0x2d || next === 0x2e) &&
      isLatinOrDigit(text.charCodeAt(end + 1)) &&
      !(isModel ? MODEL_COMPOUND : /^-[a-z]{2,}(?![A-Za-z0-9]*\d)/).test(text.slice(end, end + 12))
    )
      return false;
    return true;
  }
  if (isHangul(lastChar) && isHangul(next)) {
    const rest = hangulRunAfter(text, end);
    // "한국은", "중국 정부", "미국측" name the country; "한국어", "한국형", "중국산", "한국전자통신연구원"
    // are words of their own (a language, an adjective, an organisation) and no mention of it;
    // "한국인" is a nationality even though 인 alone also reads as a particle
    if (isCountry) return (isParticleRun(rest) && !/^인(?:들)?/.test(rest)) || COUNTRY_GLUE.test(rest);
    // "LG AI연구원장", "삼성전자 사장" glued: a title after an organisation name
    const title = /^(?:장|원장|소장|대표|사장|회장|의장|센터장|위원장|총장)/.exec(rest);
    return isParticleRun(rest) || (title !== null && isParticleRun(rest.slice(title[0].length)));
  }
  return true;
}

export function leftBoundaryOk(text: string, start: number, firstChar: number, isCountry: boolean): boolean {
  if (start === 0) return true;
  const prev = text.charCodeAt(start - 1);
  // "ex-Apple AI lead", "ex-OpenAI staff": a former employer after "ex-" is still named
  if (isLatinOrDigit(firstChar))
    return (
      (!isLatinOrDigit(prev) && prev !== 0x2d && prev !== 0x5f) ||
      /(?<![A-Za-z])[Ee]x-$/.test(text.slice(start - 4, start))
    );
  if (isHangul(firstChar) && isHangul(prev)) {
    return (
      isCountry && COUNTRY_PREFIX.has(text[start - 1] ?? '') && (start < 2 || !isHangul(text.charCodeAt(start - 2)))
    );
  }
  return true;
}

/**
 * Case must fit: exact, all capitals in a shouting headline, or a brand written in another
 * capitalisation (HyperClova / HyperCLOVA, Exaone / EXAONE) when both start with a capital and
 * the form is long enough not to be an ordinary word. Spaces may differ.
 */
function caseOk(surface: string, form: string): boolean {
  if (surface === form) return true;
  const a = surface.replace(/\s+/g, '');
  const b = form.replace(/\s+/g, '');
  if (a === b) return true;
  if (b.length >= 3 && a === b.toUpperCase()) return true;
  return (
    b.length >= 6 &&
    /^[A-Z]/.test(a) &&
    /^[A-Z]/.test(b) &&
    /[A-Z]/.test(a.slice(1) + b.slice(1)) &&
    a.toLowerCase() === b.toLowerCase()
  );
}

export function addEntity(doc: Doc, info: EntityInfo): EntityInfo {
  const known = doc.entities.get(info.id);
  if (known) return known;
  doc.entities.set(info.id, info);
  return info;
}

/** The version that follows a model family name, e.g. " 2.5-맥스" → ["2.5", "max"], with its end. */
export function versionAfter(text: string, pos: number, letterFirst: boolean): { end: number; parts: string[] } | null {
  const parts: string[] = [];
  let k = pos;
  let numeric = 0;
  for (;;) {
    let j = k;
    if (text[j] === ' ' || text[j] === '-') j++;
    if (parts.length === 0 && letterFirst && j === k) return null;
    // what every pattern below needs first: a letter or digit, or Hangul for a tier word after a
    // number ("2.5-맥스"); most names are followed by neither (a particle, a space and a word)
    const first = text.charCodeAt(j);
    const ascii =
      (first >= 0x30 && first <= 0x39) || (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
    if (!ascii && !(numeric > 0 && isHangul(first))) break;
    const rest = text.slice(j, j + 24);
    const v = (letterFirst && parts.length === 0 ? LETTER_VERSION : VERSION).exec(rest);
    const en = EN_SUFFIX.exec(rest);
    const ko = /^[가-힣]{1,3}/.exec(rest);
    const koWord =
      ko && KO_SUFFIX_WORDS.find((w) => rest.startsWith(w) && isParticleRun(hangulRunAfter(text, j + w.length)));
    if (v && !/^(19|20)\d\d$/.test(v[0])) {
      parts.push(v[0].toLowerCase());
      numeric++;
      k = j + v[0].length;
    } else if (en && numeric + parts.length > 0) {
      parts.push(en[0].toLowerCase());
      k = j + en[0].length;
    } else if (en && parts.length === 0 && tierThenVersion(text, k, en[0])) {
      // "Claude Opus 4", "Mistral Medium 3": a tier word, then the version
      parts.push(en[0].toLowerCase());
      k = j + en[0].length;
    } else if (koWord && numeric > 0) {
      parts.push(KO_SUFFIX[koWord] ?? koWord);
      k = j + koWord.length;
    } else break;
    if (parts.length >= 4) break;
  }
  return numeric > 0 ? { end: k, parts } : null;
}

function familyModel(doc: Doc, base: EntityInfo, parts: string[], surface: string, asDeveloper: boolean): EntityInfo {
  const dev = asDeveloper ? base.id : base.developer;
  const devKey = dev ? dev.slice(dev.indexOf(':') + 1) : '';
  const familyKey = asDeveloper ? '' : base.id.slice(base.id.lastIndexOf('/') + 1);
  const key = [familyKey, ...parts.filter((p) => p !== 'preview')].filter(Boolean).join('-');
  // the id says the type, so a chip (Ascend 910C) is product:…, never model:…
  const type = base.type === 'Product' ? 'Product' : 'Model';
  const id = `${type === 'Product' ? 'product' : 'model'}:${devKey ? `${devKey}/` : ''}${slug(key)}`;
  // "엔비디아 H20": a company and a version may name a product the lexicon knows
  const lexical = ENTITIES.get(id) ?? (asDeveloper ? ENTITIES.get(id.replace(/^model:/, 'product:')) : undefined);
  return addEntity(doc, lexical ?? writtenModel(id, type, surface, dev));
}

/** A model (or chip) the lexicon lacks, named as the text writes it, with its developer. */
function writtenModel(id: string, type: EntityType, surface: string, developer: string | undefined): EntityInfo {
  const hangul = /[가-힣]/.test(surface);
  return {
    id,
    type,
    ko: hangul ? [surface] : [],
    en: hangul ? [] : [surface],
    ...(developer ? { developer } : {}),
  };
}

/**
 * Tiers that name a model of their own after a versioned one the lexicon has (GPT-5 mini, Kimi K2
 * Thinking, Qwen3 Max) even where the lexicon lacks it; plan and preview words (ChatGPT Plus,
 * Preview) do not, nor any tier after an unversioned name.
 */
const MODEL_TIERS = new Set([
  'mini',
  'nano',
  'pro',
  'max',
  'turbo',
  'flash',
  'lite',
  'ultra',
  'thinking',
  'coder',
  'omni',
  'instruct',
  'scout',
  'maverick',
  'fast',
  'air',
  'haiku',
  'sonnet',
  'opus',
]);

/** One tier word at `k` ("맥스", "Max"): the word and its normalised tier, if any. */
function tierWordAt(text: string, k: number): { word: string; tier: string } | undefined {
  const rest = text.slice(k, k + 12);
  const en = EN_SUFFIX.exec(rest)?.[0];
  const ko = KO_SUFFIX_WORDS.find((w) => rest.startsWith(w) && isParticleRun(hangulRunAfter(text, k + w.length)));
  const word = en ?? ko;
  return word ? { word, tier: (en ? en.toLowerCase() : KO_SUFFIX[word]) ?? '' } : undefined;
}
const PLAN_AFTER = /^\s*(?:요금제|플랜|구독|멤버십|이용권|plans?\b|subscriptions?\b|tiers?\b|users?\b)/;
const SIZE = /^\d+(?:\.\d+)?[BbMm](?![A-Za-z0-9])/;

/**
 * Tier words (and a size) right after a model: "맥스 프리뷰", " Max", "-Omni-7B". The tiered model's
 * id, its end, and whether the lexicon has it.
 */
function tierAfter(text: string, end: number, id: string): { id: string; end: number; known: boolean } | undefined {
  const skip = (at: number) => (text[at] === ' ' || text[at] === '-' ? at + 1 : at);
  const first = tierWordAt(text, skip(end));
  if (!first) return undefined;
  let stop = skip(end) + first.word.length;
  let tierId = `${id}-${first.tier}`;
  const firstKnown = ENTITIES.has(tierId);
  for (let n = 0; n < 2; n++) {
    const k = skip(stop);
    const next = tierWordAt(text, k);
    const size = next ? undefined : SIZE.exec(text.slice(k, k + 8))?.[0];
    const part = next?.tier ?? size?.toLowerCase();
    if (!part || k === stop) break;
    // a preview is a stage of the model, not another one: "큐웬3 맥스 프리뷰" is Qwen3-Max
    if (part !== 'preview') tierId = `${tierId}-${part}`;
    stop = k + (next?.word ?? size ?? '').length;
  }
  const known = ENTITIES.has(tierId);
  const versioned = /\d/.test(id.slice(id.lastIndexOf('/') + 1));
  // "큐원2.5 프로 요금제", "the GPT-5 Pro plan": a tier before a plan word names the plan, not a model
  const plan = PLAN_AFTER.test(text.slice(stop, stop + 14));
  if (!known && !firstKnown && !(MODEL_TIERS.has(first.tier) && versioned && !plan)) return undefined;
  return rightBoundaryOk(text, stop, text.charCodeAt(stop - 1), false, true)
    ? { id: tierId, end: stop, known }
    : undefined;
}

/**
 * A company written in letters with a Hangul word glued on that is no particle run: Korean groups
 * name their affiliates so (LG이노텍, KT인베스트먼트, SK스퀘어). The whole word is another company,
 * placed where the group is; a common noun glued on (SK계열사, MS측) is no name.
 */
function gluedAffiliate(doc: Doc, parent: EntityInfo, start: number, end: number): Candidate | undefined {
  const { text } = doc;
  if (!isLatinOrDigit(text.charCodeAt(end - 1)) || !isHangul(text.charCodeAt(end))) return undefined;
  // "이재용X구광모X정의선": letters glued between two Hangul words join them, they head no name
  if (start > 0 && isHangul(text.charCodeAt(start - 1))) return undefined;
  const rest = hangulRunAfter(text, end);
  if (isParticleRun(rest) || /^(?:장|원장|소장|대표|사장|회장|의장|센터장|위원장|총장)/.test(rest)) return undefined;
  // "오픈AI사의" (社), "KT그룹", "MS였지만", "SK그룹향": the company itself, or a word that is no name
  if (/^(?:사|그룹|계열|진영|향|였|이었|입|이지|이며)/.test(rest)) return undefined;
  const stem = stripParticle(rest);
  if (stem.length < 2 || isCommonNounKo(stem, stem) || STOP_KO.has(stem)) return undefined;
  // a firm suffix (인베스트먼트, 테크) makes a name; otherwise the word must not read as vocabulary
  if (!FIRM_END_KO.test(stem) && (ordinaryWordKo(doc, end, end + stem.length) || verbalKo(doc, end, end + stem.length)))
    return undefined;
  const name = text.slice(start, end) + stem;
  const info = addEntity(doc, newEntity('Company', name, parent.country ? { country: parent.country } : {}));
  return { start, end: end + stem.length, id: info.id, type: 'Company', how: 'discovered', kind: 'name' };
}

/** A company's national arm written after its name: 사피온코리아, SKT 재팬, Microsoft Japan, 메타 아일랜드. */
const ARM_KO: Record<string, string> = { 코리아: 'kr', 재팬: 'jp', 차이나: 'cn', 아일랜드: 'ie', 인디아: 'in' };
const ARM_EN: Record<string, string> = { Korea: 'kr', Japan: 'jp', Ireland: 'ie' };
const ARM = /^( ?)(코리아|재팬|차이나|아일랜드|인디아)|^ (Korea|Japan|Ireland)(?![A-Za-z])/;

/** The arm as a company of its own, based in that country, or nothing. */
function nationalArm(doc: Doc, start: number, end: number): Candidate | undefined {
  const { text } = doc;
  const m = ARM.exec(text.slice(end, end + 8));
  if (!m) return undefined;
  const stop = end + m[0].length;
  const country = m[2] ? ARM_KO[m[2]] : ARM_EN[m[3] ?? ''];
  // "삼성전자 코리아가" ends in particles; "Microsoft Japan's", "Google Korea," end the word
  if (!country) return undefined;
  if (m[2] ? !isParticleRun(hangulRunAfter(text, stop)) : isLatinOrDigit(text.charCodeAt(stop))) return undefined;
  const info = addEntity(doc, newEntity('Company', text.slice(start, stop), { country: `country:${country}` }));
  return { start, end: stop, id: info.id, type: 'Company', how: 'discovered', kind: 'name' };
}

/**
 * Is the word at `start` glued to the end of another word: after letters or digits ("AI이란"), a
 * closing bracket ("(AI)이란") or a quote that closes a word ("'스웜 전략'이란")? A Hangul name
 * there that also reads as particles (이란, Iran) is the particles of that word.
 */
function particleGlued(text: string, start: number): boolean {
  const prev = text.charCodeAt(start - 1);
  if (isLatinOrDigit(prev) || prev === 0x29 || prev === 0x5d) return true;
  if (prev !== 0x27 && prev !== 0x22) return false;
  const before = text.charCodeAt(start - 2);
  return !Number.isNaN(before) && !/\s/.test(String.fromCharCode(before));
}

export interface Candidate extends MentionHit {
  kind: FormHit['kind'];
}

/** Lexicon pass: candidates (weak and short forms included; the caller filters them). */
export function lexiconMentions(doc: Doc): Candidate[] {
  const { text, lower } = doc;
  const out: Candidate[] = [];
  // where the last name ended: a name right after "<name>-" is the second of a pair (US-China)
  let lastEnd = -1;
  for (let i = 0; i < text.length; ) {
    // inside a word no name can start (except a country after 대/친/반 …): skip the trie walk
    const cur = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    if (
      (isHangul(cur) && isHangul(prev) && COUNTRY_PREFIX_CODES[prev] === 0) ||
      (isLatinOrDigit(cur) && isLatinOrDigit(prev))
    ) {
      i++;
      continue;
    }
    const matches = matchAt(lower, i);
    if (matches.length === 0) {
      i++;
      continue;
    }
    let taken = 0;
    for (const m of matches) {
      const first = text.charCodeAt(i);
      const last = text.charCodeAt(m.end - 1);
      const surface = text.slice(i, m.end);
      // a loop, not hits.find(h => …): a closure over `i` made every step of the scan allocate
      // a context for it, at every character of the text
      let hit: FormHit | undefined;
      for (const h of m.hits)
        if (
          caseOk(surface, h.form) &&
          (leftBoundaryOk(text, i, first, h.id.startsWith('country:')) || (prev === 0x2d && lastEnd === i - 1))
        ) {
          hit = h;
          break;
        }
      if (!hit) continue;
      if (isHangul(first) && particleGlued(text, i) && isParticleRun(surface)) continue;
      const info = ENTITIES.get(hit.id);
      if (!info) continue;
      const isCountry = info.type === 'Country';
      // A model family or a company followed by a version names a specific model.
      const version =
        FAMILY.has(info.id) || info.type === 'Company' ? versionAfter(text, m.end, info.type === 'Company') : null;
      if (version && rightBoundaryOk(text, version.end, text.charCodeAt(version.end - 1), false)) {
        const model = familyModel(doc, info, version.parts, text.slice(i, version.end), info.type === 'Company');
        out.push({ start: i, end: version.end, id: model.id, type: model.type, how: 'lexicon', kind: 'name' });
        taken = version.end;
        break;
      }
      // "QWEN 2.5맥스", "Qwen2.5-Max": a tier word after a model the lexicon has with that tier
      const tier = info.type === 'Model' ? tierAfter(text, m.end, info.id) : undefined;
      if (tier) {
        const model = addEntity(
          doc,
          (tier.known ? ENTITIES.get(tier.id) : undefined) ??
            writtenModel(tier.id, info.type, text.slice(i, tier.end), info.developer),
        );
        out.push({ start: i, end: tier.end, id: model.id, type: model.type, how: 'lexicon', kind: 'name' });
        taken = tier.end;
        break;
      }
      const arm = info.type === 'Company' && hit.kind === 'name' ? nationalArm(doc, i, m.end) : undefined;
      if (arm) {
        out.push(arm);
        taken = arm.end;
        break;
      }
      if (
        !rightBoundaryOk(text, m.end, last, isCountry, info.type === 'Model' || info.type === 'Product') &&
        !(PAIRED.has(info.type) && pairedAfterHyphen(text, lower, m.end))
      )
        continue;
      // "LG이노텍", "KT인베스트먼트": letters of a known company glued to a Hangul word name an affiliate
      const affiliate = info.type === 'Company' ? gluedAffiliate(doc, info, i, m.end) : undefined;
      if (affiliate) {
        out.push(affiliate);
        taken = affiliate.end;
        break;
      }
      if (isCountry && info.id === 'country:in' && /^(하|했|해|한다|된|되)/.test(text.slice(m.end, m.end + 2)))
        continue;
      // "US$500 million", "C$240 million": a currency, not a mention of the country
      if (isCountry && text[m.end] === '$') continue;
      addEntity(doc, info);
      out.push({ start: i, end: m.end, id: info.id, type: info.type, how: 'lexicon', kind: hit.kind });
      taken = m.end;
      break;
    }
    if (taken > i) lastEnd = taken;
    i = taken > i ? taken : i + 1;
  }
  return out;
}

/** Who may stand in a hyphenated pair: "US-China race", "a Google-Anthropic deal". */
const PAIRED = new Set(['Company', 'Country', 'Organization']);
/** "US-China", "Huawei-Nvidia": after the hyphen another known maker or state, ending a word. */
function pairedAfterHyphen(text: string, lower: string, end: number): boolean {
  if (text.charCodeAt(end) !== 0x2d) return false;
  return matchAt(lower, end + 1).some(
    (m) =>
      !isLatinOrDigit(text.charCodeAt(m.end)) &&
      text.charCodeAt(m.end) !== 0x2d &&
      m.hits.some((h) => PAIRED.has(ENTITIES.get(h.id)?.type ?? '') && caseOk(text.slice(end + 1, m.end), h.form)),
  );
}

export const MODEL_CUE = new RegExp(`(?:${[...GRAMMAR.modelCuesKo, ...GRAMMAR.modelCuesEn].join('|')})`, 'i');
