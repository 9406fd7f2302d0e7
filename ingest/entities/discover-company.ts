/**
 * Entity discovery, companies and models: a company noun before or after a name (중국 스타트업
 * 딥시크, "X, a Chinese startup"), company suffixes (Acme Robotics), quoted names next to
 * 모델/model, and versioned names before a model cue; a model's developer is the company
 * written right before it.
 */
import type { EntityType } from '../../graph/model.js';
import type { Doc } from '../doc.js';
import { tokensIn } from '../doc.js';
import { GRAMMAR, isParticleRun, NATIONALITY } from '../lexicon.js';
import type { EntityInfo } from '../types.js';
import {
  alt,
  COMPANY_NOUN_EN,
  COMPANY_NOUN_KO,
  compoundNounKo,
  covered,
  type Emit,
  inflectedKo,
  isCommonNounKo,
  isLexicalForm,
  lexicalEntity,
  NAME_EN,
  newEntity,
  ordinaryWordKo,
  STOP_EN,
  STOP_KO,
  stripParticle,
  verbalKo,
} from './discover-shared.js';
import { shortNamedFirmsKo } from './discover-short-name.js';
import { addEntity, type Candidate, hangulRunAfter, leftBoundaryOk, rightBoundaryOk } from './match.js';
import { spanIndex } from './spans.js';

const NATION = alt([...NATIONALITY.keys()]);
/** "정보업체", "투자회사": a word ending in a company noun says what kind of firm, not which. */
const COMPANY_NOUN_END = /(?:업체|기업|회사|업계)$/;
const EN_COMPANY_BEFORE = new RegExp(
  `\\b(?:(${NATION})(?:-based)?\\s+)?(?:[\\w-]+\\s+){0,2}(?:${COMPANY_NOUN_EN})\\s+(${NAME_EN.replace('[a-z]+', '[\\w.&]+')}(?:\\s+[A-Z][\\w.&]*){0,2})`,
  'g',
);
const EN_COMPANY_AFTER = new RegExp(
  `([A-Z][\\w.&-]*(?:\\s+[A-Z][\\w.&-]*){0,2}),\\s+an?\\s+(?:(${NATION})\\s+)?(?:[\\w-]+\\s+){0,3}?(?:${COMPANY_NOUN_EN})\\b`,
  'g',
);
/** "companies like A and B", "rivals such as A, B or C": a plural firm noun heads a list of names. */
const FIRMS_EN = ['companies', 'firms', 'startups', 'start-ups', 'rivals', 'competitors', 'chipmakers', 'labs'];
const LIST_NAME_EN = '[A-Z][\\w.&-]*(?:\\s+[A-Z][\\w.&-]*){0,2}';
const EN_KIND_LIST = new RegExp(
  `\\b(?:${FIRMS_EN.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`).join('|')})\\s+(?:like|such as|including)\\s+(${LIST_NAME_EN}(?:(?:,\\s+|,?\\s+(?:and|or)\\s+)${LIST_NAME_EN})*)`,
  'g',
);
/** "Zephyr raised $480 million", "Zephyr closed a $50 million round", "Zephyr bagged $9 million": raising money names a firm. */
const EN_RAISED = new RegExp(
  `(?<![\\w.&-])(${LIST_NAME_EN})\\s+(?:has\\s+)?(?:raised|secured|closed|landed|raked in|pulled in|hauled in|bagged|netted|snagged|scooped up)\\s+(?:an?\\s+)?(?:[$€£]|US\\$)\\d`,
  'g',
);
const FIRM_NOUN = new RegExp(`^(?:${COMPANY_NOUN_EN}|group|business|team)$`, 'i');
const EN_SUFFIX_CO =
  /\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+(Inc\.?|Corp\.?|Ltd\.?|LLC|LP|Technologies|Labs|Robotics|Holdings|Ventures|Capital|Partners|Dynamics|Semiconductor|Computing|Research|Analytics|Group|Communications)(?![\w])/g;
const KO_COMPANY = new RegExp(
  `(?<![가-힣])(?:[가-힣A-Za-z]+\\s+){0,2}?(?:${COMPANY_NOUN_KO}|[가-힣]{1,4}(?:업체|기업|회사))(?:인)?\\s+(?:(['"])([^'"\\n]{2,20})\\1|((?:[가-힣]{1,6})?[A-Z][\\w.&-]*[가-힣]{0,6}|[가-힣]{2,8})(?=[\\s,.·'"()]|$))`,
  'g',
);
const QUOTE_BEFORE =
  /(모델|LLM\)?|언어모델|챗봇|서비스|에이전트|앱|플랫폼|model|chatbot|assistant|app|(?:model|chatbot|assistant|app|product|service|agent)s?,? (?:called|named|dubbed))(?:인|으로|로)?\s*(['"])([^'"\n]{1,30})\2/g;
const QUOTE_AFTER =
  /(?<![\w가-힣])(['"])([^'"\n]{1,30})\1(?:이라는|라는|을|를|은|는|이|가|의|와|과)?\s*(?:AI\s*)?(모델|LLM|챗봇|서비스|model|chatbot)/g;
const VERSIONED_CUE =
  /(?<![\w-])([A-Z][A-Za-z]*(?:-[A-Za-z]+)*[- ]?\d+(?:\.\d+)*[A-Za-z]?(?:-[A-Za-z]+)?)(?=\s*(?:모델|model|LLM|언어모델))/g;

/**
 * Korean firm names by their last part: 퀀텀벤처스, 아이온자산운용, 한울투자증권, 코난테크놀로지. The
 * financial suffixes (벤처스, 자산운용 …) end only firm names; the others (전자, 반도체, 클라우드 …)
 * end ordinary compounds too (시스템반도체, 멀티클라우드), so there the stem before the suffix must
 * read as a proper noun, letters or a word the analyser does not know.
 */
const KO_SUFFIX_FIRM = new RegExp(`^(.{2,12}?)(${alt(GRAMMAR.companySuffixKo)})$`);
const KO_SUFFIX_NAME = new RegExp(
  `(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z0-9&]*[가-힣A-Za-z0-9](?:${alt([...GRAMMAR.companySuffixKo, ...GRAMMAR.financeSuffixKo])}))(?=[가-힣]{0,4}(?![가-힣A-Za-z0-9]))`,
  'g',
);
const KO_FINANCE_FIRM = new RegExp(`^(.{2,12}?)(${alt(GRAMMAR.financeSuffixKo)})$`);

const DESCRIPTORS_KO = new Set(GRAMMAR.companyDescriptorsKo);

/** The Korean firm suffixes and the English words they transliterate ("알티미터캐피털" = Altimeter Capital). */
const SUFFIX_EN: [RegExp, RegExp][] = [
  [/캐피[털탈]$/, /\sCapital$/],
  [/벤처스$/, /\sVentures$/],
  [/파트너[스즈]$/, /\sPartners$/],
  [/인베스트먼츠?$/, /\sInvestments?$/],
  [/그룹$/, /\sGroup$/],
  [/홀딩스$/, /\sHoldings$/],
];

/** A known company whose English name is the stem's plus this suffix: the firm name is that company. */
function sameFirm(stem: string, suffix: string): EntityInfo | undefined {
  const parent = lexicalEntity(stem.trim(), 'Company');
  const en = SUFFIX_EN.find(([ko]) => ko.test(suffix.trim()))?.[1];
  return parent && en && parent.en.some((f) => en.test(f)) ? parent : undefined;
}

function suffixNamesKo(doc: Doc, take: (name: string, at: number) => void, emit: Emit): void {
  const { text } = doc;
  KO_SUFFIX_NAME.lastIndex = 0;
  for (let m = KO_SUFFIX_NAME.exec(text); m; m = KO_SUFFIX_NAME.exec(text)) {
    const word = m[1] ?? '';
    const rest = hangulRunAfter(text, m.index + word.length);
    if (!isParticleRun(rest)) continue;
    const finance = KO_FINANCE_FIRM.exec(word);
    const other = finance ? null : KO_SUFFIX_FIRM.exec(word);
    const stem = (finance ?? other)?.[1];
    if (!stem || STOP_KO.has(stem) || isCommonNounKo(stem, stem)) continue;
    // "AI반도체", "중국반도체", "빅테크그룹": letters, a country or a descriptor before an ordinary
    // suffix make a common compound; only a proper-noun stem (퀀텀랩스) names a firm
    if (other && (!/^[가-힣]+$/.test(stem) || !properStemKo(doc, m.index, m.index + stem.length))) continue;
    if (other && (DESCRIPTORS_KO.has(stem) || lexicalEntity(stem, 'Country'))) continue;
    const same = sameFirm(stem, word.slice(stem.length));
    if (same) emit(m.index, m.index + word.length, addEntity(doc, same), 'discovered');
    else take(word, m.index);
  }
}

/**
 * Firm names written with a spaced financial suffix: "익스플로어 인베스트먼트", "AFW 파트너스",
 * "발로르 에쿼티 파트너스", "배런 캐피털 그룹", "시스코 인베스트먼트" (a known company's fund arm is
 * another company, placed where its parent is). A bare 그룹/홀딩스 after a known company is that company.
 */
const FIN_LEAD = '에쿼티|캐피털|캐피탈|벤처|글로벌|인베스트먼트|자산|투자';
const FIN_LAST =
  '인베스트먼트|인베스트먼츠|파트너스|파트너즈|캐피털|캐피탈|벤처스|자산운용|매니지먼트|어드바이저스|에쿼티|그룹|홀딩스';
const KO_SPACED_FIRM = new RegExp(
  `(?<![가-힣A-Za-z0-9&])([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11})((?:\\s(?:${FIN_LEAD}))*\\s(?:${FIN_LAST})(?:\\s(?:앤드|앤)\\s[가-힣]{2,6}(?:\\s(?:컴퍼니|코퍼레이션))?)?)([가-힣]*)`,
  'g',
);

function spacedFirmsKo(doc: Doc, hits: Candidate[], emit: Emit): void {
  const { text } = doc;
  KO_SPACED_FIRM.lastIndex = 0;
  for (let m = KO_SPACED_FIRM.exec(text); m; m = KO_SPACED_FIRM.exec(text)) {
    const stem = m[1] ?? '';
    const suffix = m[2] ?? '';
    if (!isParticleRun(m[3] ?? '')) continue;
    const at = m.index;
    const end = at + stem.length + suffix.length;
    if (STOP_KO.has(stem) || isCommonNounKo(stem, stem) || DESCRIPTORS_KO.has(stem) || lexicalEntity(stem, 'Country'))
      continue;
    // the stem may be a known company (시스코); anything else overlapping makes it no name
    const inside = spanIndex(hits).overlapping(at, end);
    if (inside.some((h) => h.start < at || h.end > at + stem.length)) continue;
    const parent = inside.find((h) => h.start === at && h.end === at + stem.length && h.type === 'Company');
    if (parent && /^\s(?:그룹|홀딩스)$/.test(suffix)) continue;
    if (!parent && inside.length) continue;
    // "파이낸셜 그룹" (the stem is a suffix word itself), "내놓으면서 그룹": a Hangul stem must read as a name
    if (new RegExp(`^(?:${FIN_LEAD}|${FIN_LAST}|파이낸셜)$`).test(stem)) continue;
    if (
      !parent &&
      /^[가-힣]+$/.test(stem) &&
      (ordinaryWordKo(doc, at, at + stem.length) || verbalKo(doc, at, at + stem.length))
    )
      continue;
    const same = parent && sameFirm(stem, suffix);
    const country = parent && (doc.entities.get(parent.id)?.country ?? lexicalEntity(stem, 'Company')?.country);
    const name = text.slice(at, end);
    emit(at, end, same ?? addEntity(doc, newEntity('Company', name, country ? { country } : {})), 'discovered');
  }
}

/** A stem the analyser reads as a proper noun, or cannot read as dictionary words at all. */
function properStemKo(doc: Doc, start: number, end: number): boolean {
  const toks = tokensIn(doc, start, end).filter((t) => t.end <= end);
  return toks.some((t) => t.pos === 'NNP' || t.pos === 'SL' || t.pos === 'UNKNOWN' || t.pos === 'NA');
}

export function companies(doc: Doc, known: Candidate[], emit: Emit): void {
  const { text } = doc;
  // "스타트업인 상하이 루미나 테크(루미나)": the whole name first, so that no word of it is taken alone
  const hits = [...known, ...shortNamedFirmsKo(doc, known, emit)];
  const take = (raw0: string, at0: number) => {
    // "Munich-based Alpen Ventures": the place adjective is not part of the name
    const based = /^[\w.-]+-based\s+/.exec(raw0)?.[0] ?? '';
    const raw = raw0.slice(based.length);
    const at = at0 + based.length;
    const name = /[가-힣]$/.test(raw) || /[가-힣]/.test(raw) ? stripParticle(raw) : raw.replace(/[.,]$/, '');
    // "회사 측에", "등에": particles alone are no name
    if (name.length < 2 || STOP_KO.has(name) || STOP_EN.has(name.split(' ')[0] ?? '') || isParticleRun(name)) return;
    if (isCommonNounKo(raw, name) || COMPANY_NOUN_END.test(name)) return;
    // "카르타(Carta)": a name glossed in letters is a name, however the analysis reads the Hangul
    const glossed = /^\((?:The )?[A-Z][a-z]/.test(text.slice(at + name.length, at + name.length + 6));
    if (/^[가-힣]+$/.test(name) && !glossed && ordinaryWordKo(doc, at, at + name.length)) return;
    if (/^[가-힣]+$/.test(name) && inflectedKo(doc, at, at + name.length)) return;
    // "스타트업 투자시장이", "빅테크 갑질", "스타트업 대규모 투자": a compound of vocabulary after the firm noun
    if (/^[가-힣]+$/.test(name) && !glossed && compoundNounKo(doc, at, at + name.length)) return;
    // "'제휴 경쟁'": words of Hangul that are all dictionary nouns make a phrase, not a name
    if (/^[가-힣]+(?: [가-힣]+)+$/.test(name) && tokensIn(doc, at, at + name.length).every((t) => t.pos === 'NNG'))
      return;
    if (covered(hits, at, at + name.length) || isLexicalForm(name)) return;
    if (
      !leftBoundaryOk(text, at, name.charCodeAt(0), false) ||
      !rightBoundaryOk(text, at + name.length, name.charCodeAt(name.length - 1), false)
    )
      return;
    emit(at, at + name.length, addEntity(doc, newEntity('Company', name)), 'discovered');
  };
  for (const re of [KO_COMPANY, EN_COMPANY_BEFORE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "AI 스타트업 '윈판지능'을": a quoted name is taken whole
      const raw = (re === KO_COMPANY ? (m[2] ?? m[3]) : m[2]) ?? '';
      const at = m.index + m[0].lastIndexOf(raw);
      // "넵튠AI가", "TD카우언은" are names in two scripts; "GPU를" is letters and a particle, as
      // likely an acronym as a firm
      const latin = /^[A-Za-z][\w.&-]*([가-힣]+)$/.exec(raw);
      if (latin && isParticleRun(latin[1] ?? '')) continue;
      take(raw, at);
      // "스타트업 정보업체 더브이씨": the word taken may be a company noun heading the next name
      if (re === KO_COMPANY && at > m.index) re.lastIndex = at;
    }
  }
  EN_COMPANY_AFTER.lastIndex = 0;
  for (let m = EN_COMPANY_AFTER.exec(text); m; m = EN_COMPANY_AFTER.exec(text)) {
    // "… from FuriosaAI.\n\nTrianova, a Tokyo-based startup": the capitalised run may start in the
    // sentence before; the name is what follows the last line or sentence break
    const raw = m[1] ?? '';
    const name = raw.split(/\n\s*|(?<=[a-z0-9]\.)\s+/).pop() ?? raw;
    take(name, m.index + raw.length - name.length);
  }
  EN_KIND_LIST.lastIndex = 0;
  for (let m = EN_KIND_LIST.exec(text); m; m = EN_KIND_LIST.exec(text)) {
    const list = m[1] ?? '';
    const start = m.index + m[0].length - list.length;
    const sep = /,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/g;
    let from = 0;
    for (let s = sep.exec(list); ; s = sep.exec(list)) {
      // "firms like Europe's banks": a possessive names the owner of the firms, not one of them
      const possessive = !s && /^['’]s\b/.test(text.slice(m.index + m[0].length));
      if (!possessive) take(list.slice(from, s ? s.index : list.length), start + from);
      if (!s) break;
      from = s.index + s[0].length;
    }
  }
  EN_RAISED.lastIndex = 0;
  for (let m = EN_RAISED.exec(text); m; m = EN_RAISED.exec(text)) {
    // "In May Zephyr raised …": leading words the stop list knows (months, articles) are no part of it
    const words = (m[1] ?? '').split(/\s+/);
    let skip = 0;
    while (skip < words.length - 1 && STOP_EN.has(words[skip] ?? '')) skip++;
    const name = words.slice(skip).join(' ');
    // "The Company raised …": a firm noun in capitals is the firm already named
    if (FIRM_NOUN.test(name)) continue;
    take(name, m.index + (m[1] ?? '').length - name.length);
  }
  if (/[가-힣]/.test(text)) {
    suffixNamesKo(doc, take, emit);
    spacedFirmsKo(doc, hits, emit);
  }
  EN_SUFFIX_CO.lastIndex = 0;
  for (let m = EN_SUFFIX_CO.exec(text); m; m = EN_SUFFIX_CO.exec(text)) {
    // "Acme Robotics" keeps its suffix word; "Acme Inc." is just Acme
    const legal = /^(?:Inc|Corp|Ltd|LLC)/.test(m[2] ?? '');
    take(legal ? (m[1] ?? '') : `${m[1]} ${m[2]}`, m.index);
  }
}

/** The company right before a model name ("알리바바의", "OpenAI's", "오픈AI ‘…’") is its developer. */
function ownerBefore(doc: Doc, hits: Candidate[], pos: number): string | undefined {
  const owner = spanIndex(hits)
    .overlapping(pos - 30, pos)
    .filter((h) => h.end <= pos && pos - h.end < 30 && (h.type === 'Company' || h.type === 'Organization'))
    .pop();
  if (!owner) return undefined;
  const between = doc.text.slice(owner.end, pos);
  return /^(?:의|'s)?(?:\s*(?:새|신규|최신|차세대|자체|생성형|AI|인공지능|new|latest|its|own|open-source|오픈소스|대규모|언어모델|모델|LLM|model|추론|reasoning)\s*)*\s*['"]?$/.test(
    between,
  )
    ? owner.id
    : undefined;
}

export function models(doc: Doc, hits: Candidate[], emit: Emit): void {
  const { text } = doc;
  // Mentions are taken in text order but created at the end: "스타트업 X는 거대언어모델 'M'을 공개했다.
  // X의 새 모델 'M'은 …" names M's developer only at its second mention, and both mentions are one model.
  const pending: (() => void)[] = [];
  const developers = new Map<string, Set<string>>();
  const found = (name: string, at: number, cue: string) => {
    // "바르코(VARCO)", "메디라마(MediLlama) 2": the bracket holds a second name, not part of the first
    const paren = /^([^()]+?)\s*\(([^()]+)\)(.*)$/.exec(name);
    if (paren) {
      const main = (paren[1] ?? '').trim();
      const rest = paren[3] ?? '';
      if (!main || isLexicalForm(main) || covered(hits, at, at + main.length)) return;
      pending.push(() => {
        const info = addEntity(doc, newEntity('Model', `${main}${rest}`, {}));
        const alias = `${(paren[2] ?? '').trim()}${rest}`;
        if (![...info.ko, ...info.en].includes(alias)) (/[가-힣]/.test(alias) ? info.ko : info.en).push(alias);
        emit(at, at + main.length, info, 'discovered');
      });
      return;
    }
    const clean = name.trim();
    if (clean !== name || (/^[가-힣]{1,3}$/.test(clean) && /^(?:이|라|며|고|다)/.test(clean))) return;
    // "'카나나 나노'": a quoted name is whole even where the lexicon knows only its family (카나나)
    const inner = spanIndex(hits).overlapping(at, at + clean.length);
    const family = inner.every(
      (h) => h.start >= at && h.end <= at + clean.length && h.end - h.start < clean.length && h.type === 'Model',
    )
      ? inner[0]
      : undefined;
    if (!clean || (inner.length && !family) || /\s{2}|[.!?]$/.test(clean)) return;
    if (!family && !/[A-Za-z0-9]/.test(clean) && (clean.length > 8 || /\s/.test(clean))) return; // a phrase, not a name
    if (clean.split(/\s+/).length > 4 || isLexicalForm(clean)) return;
    const type: EntityType = /서비스|앱|플랫폼|에이전트|app|product|service/.test(cue) ? 'Product' : 'Model';
    const own = (family && doc.entities.get(family.id)?.developer) || ownerBefore(doc, hits, at);
    const key = `${type} ${clean}`;
    if (own) developers.set(key, (developers.get(key) ?? new Set()).add(own));
    pending.push(() => {
      // a mention without its developer nearby takes the one its other mentions name, if just one
      const named = developers.get(key);
      const developer = own || (named?.size === 1 ? [...named][0] : undefined);
      const info = addEntity(doc, newEntity(type, clean, developer ? { developer } : {}));
      if (developer) doc.hints.developer.set(info.id, developer);
      emit(at, at + clean.length, info, 'discovered');
    });
  };
  QUOTE_BEFORE.lastIndex = 0;
  for (let m = QUOTE_BEFORE.exec(text); m; m = QUOTE_BEFORE.exec(text)) {
    found(m[3] ?? '', m.index + m[0].length - 1 - (m[3]?.length ?? 0), m[1] ?? '');
  }
  QUOTE_AFTER.lastIndex = 0;
  for (let m = QUOTE_AFTER.exec(text); m; m = QUOTE_AFTER.exec(text)) found(m[2] ?? '', m.index + 1, m[3] ?? '');
  VERSIONED_CUE.lastIndex = 0;
  for (let m = VERSIONED_CUE.exec(text); m; m = VERSIONED_CUE.exec(text)) found(m[1] ?? '', m.index, 'model');
  for (const create of pending) create();
}
