/**
 * Coordination: which neighbouring mentions of a sentence form one list of names. Real news
 * interrupts its lists, and each interruption belongs to one member, not to the list: a bracketed
 * name or amount after a member ("카타르투자청(QIA), 블랙록(BlackRock)", "▲산업은행(300억원)"), a
 * descriptor before the next one ("AI 스타트업 X", "'전통 강자' Y", "chipmaker AMD"), a country
 * that says where the next member is ("일본 소프트뱅크", "한국의 삼성전자", "Singapore's Temasek"),
 * a company that owns the next member ("A, 아마존의 죽스"),
 * a relative clause on a member ("Nvidia, which invested $100 million, and Samsung"). Such a
 * country stays in the list as a modifier (`describes`); members() leaves it out, so every frame
 * reads the same members.
 */
import { GRAMMAR } from '../lexicon.js';
import type { Arg, Role } from './args.js';

const DESCRIPTORS = new Set(GRAMMAR.companyDescriptorsKo);
const DESCRIPTORS_EN = new Set(GRAMMAR.companyDescriptorsEn);
/**
 * " 인공지능(AI) 기업 ", " AI 스타트업 ": one to three words, the last a company noun; or a quoted
 * epithet (" '전통 강자' ").
 */
function descriptorGap(between: string): boolean {
  if (QUOTED_EPITHET.test(between)) return true;
  const words = between
    .replace(/\([^()]{0,20}\)/g, '')
    .trim()
    .split(/\s+/);
  // "오픈AI와 경쟁하는 스타트업 앤트로픽": a clause (경쟁하는, 투자한) before the noun makes it no list
  const clause = words.slice(0, -1).some((w) => ADNOMINAL.test(w) && !DESCRIPTORS.has(w));
  return /^\s/.test(between) && words.length <= 3 && !clause && DESCRIPTORS.has(words[words.length - 1] ?? '');
}
const ADNOMINAL = /[가-힣](?:는|은|던|한|된|할|될|인)$/;
const QUOTED_EPITHET = /^\s['"][^'"\n]{1,12}['"]\s$/;
/**
 * "Nvidia, which invested $100 million, and Samsung": a relative clause on the member before; or an
 * apposition opened by an article ("Arm Ltd., a designer owned by SoftBank, and Qualcomm").
 */
const RELATIVE_GAP = /^,\s+(?:which|who|the|a|an)\s+[^,;:"()]{1,80}?(?<!\bsaid|\bsays|\btold)(?=,\s+(?:and|or)\s)/;
/**
 * "and the small Berlin-based seed venture fund Cherry": after a conjunction, a longer noun phrase
 * (up to six words, place names and "-based" allowed) whose last word is a company noun.
 */
const DESCRIBED_LONG_EN = /^,?\s+(?:and|or|as well as|along with)\s+(?:the|a|an)\s+((?:[A-Za-z][\w-]*\s+){2,6})$/;
/** ", chipmaker AMD", ", and the startup Upstage": a company noun phrase before the next member. */
const DESCRIBED_EN = /^,?\s+(?:(and|or|as well as|along with)\s+)?(?:the\s+)?((?:[a-z][\w-]*\s+){1,3})$/;
/** "Microsoft invested in OpenAI, and Amazon has put …": a verb after the member opens a clause. */
const VERB_AFTER =
  /^\s+(?:has|have|had|is|was|are|were|will|would|also|said|told|made|kept|took|got|won|saw|lost|held|began|became|rose|fell|grew|sold|bought|paid|[a-z]+ed|[a-z]+s)\b/;
const BASED_OPENS = /^,?\s+(?:and|or|as well as|along with)\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}$/;
/** a word of a noun phrase that is rather a verb ("said", "has"): such a phrase is a clause */
const VERB_WORD = /^(?:has|have|had|is|was|are|were|will|would|said|says|told)$/;
const RENAMED = /^,\s+(?:the\s+)?(?:former|formerly|previously|once)\s+(?:known as\s+)?$/;
const LEGAL_SUFFIX = /^(?:\s+(?:Holdings?|Group|Ltd|Inc|Co|Corp|Corporation|LLC|plc|AG|SA|SE|NV)\b\.?)+/;
const MAKERS = new Set(['Company', 'Organization']);

/** " 계열사 ", "(SKT) 자회사 '": an affiliate noun between a company and the firm it owns. */
const OWNS_NEXT = /^\)?(?:\([^()\n]{1,20}\))?\s+(?:계열사|자회사|손자회사|관계사)(?:인)?\s+['"]?/;
const OWNS_NEXT_GAP = new RegExp(`${OWNS_NEXT.source}$`);
/** the name after the affiliate noun (not 등, a count, a plural): "A와 B 계열사 C" with C no lexicon has */
const OWNED_NAME = /^(?!등\s|등[가-힣]|들)[가-힣A-Za-z]/;

/**
 * "A와 SK텔레콤(SKT) 계열사 '사피온코리아'가": a member followed by an affiliate noun and a name that
 * is no mention only says whose that firm is; it describes, and is no member.
 */
function ownsUnnamed(text: string, a: Arg, args: Arg[]): boolean {
  if (a.hit.type !== 'Company') return false;
  const m = OWNS_NEXT.exec(text.slice(a.hit.end, a.hit.end + 40));
  if (!m) return false;
  const at = a.hit.end + m[0].length;
  return !args.some((b) => b.hit.start === at) && OWNED_NAME.test(text.slice(at, at + 2));
}

/**
 * "일본 소프트뱅크", "한국의 삼성전자", "미국 AI 스타트업 퍼플렉시티", "Singapore's Temasek": a country
 * right before a maker only says where the maker is.
 */
function describesNext(text: string, a: Arg, b: Arg | undefined): boolean {
  if (!b || !MAKERS.has(b.hit.type)) return false;
  const gap = text.slice(a.hit.end, b.hit.start);
  // "테슬라, 아마존의 죽스 등과", "A와 SK텔레콤 계열사 사피온": inside a list, a company's subsidiary
  // is the member, the owner its modifier
  if (a.hit.type === 'Company' && b.hit.type === 'Company') return gap === '의 ' || OWNS_NEXT_GAP.test(gap);
  if (a.hit.type !== 'Country') return false;
  if (/^(?:의)?\s+$/.test(gap)) return true;
  // "the Seoul-based venture fund Kakao Ventures": a "-based" place only says where the firm is
  const based = /^-based\s+((?:[a-z][\w-]*\s+){0,4})$/.exec(gap);
  if (based) return DESCRIPTORS_EN.has(based[1]?.trim().split(/\s+/).pop() ?? '');
  const owned = /^'s\s+((?:[a-z][\w-]*\s+){0,2})$/.exec(gap);
  if (owned) return !owned[1] || DESCRIPTORS_EN.has(owned[1].trim().split(/\s+/).pop() ?? '');
  return a.role === 'none' && /[가-힣]/.test(gap) && descriptorGap(text.slice(a.tail, b.hit.start));
}

/**
 * The sentence's lists of coordinated mentions (indices into args; every arg in exactly one list).
 * A country between two members that describes the next one joins the list with it, marked
 * `describes`, so the list goes on past it.
 */
export function buildLists(text: string, args: Arg[], roleOf: (particles: string) => Role): number[][] {
  const lists: number[][] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as Arg;
    const prev = args[i - 1];
    const last = lists[lists.length - 1];
    // "샘 올트먼 오픈AI CEO가": the company before a person's title only says whose
    // title it is; it stays in the person's list as a modifier that takes the particle after the
    // title (so the list has that role), and the list goes on after it
    const owned = prev && last?.[last.length - 1] === i - 1 ? titleOwner(text, prev, a, roleOf) : undefined;
    if (last && owned) {
      a.describes = true;
      a.role = owned.role;
      a.tail = owned.tail;
      last.push(i);
      continue;
    }
    // "화웨이, SMIC 등 중국 기업을": a name inside the head noun phrase after 등 describes the
    // list; the list ends with it
    if (prev && last && prev.noun === '등' && a.hit.start < prev.tail && !prev.describes) {
      a.describes = true;
      // (it closes the list, so the list's role stays the one its head noun's particle gave)
      a.role = prev.role;
      a.tail = Math.max(a.tail, prev.tail);
      last.push(i);
      lists.push([]);
      continue;
    }
    // "GPT-5.1(오픈AI), 클로드(앤트로픽)를": a maker in brackets right after a model only says who
    // made it; it stays in the model's list as a modifier, and the list goes on after the bracket
    if (prev && last?.length && makerInBrackets(text, prev, a)) {
      a.describes = true;
      last.push(i);
      continue;
    }
    const joins = Boolean(prev && last?.length && coordinated(text, prev, a));
    // "HongShan, the former Sequoia China, as well as Meituan": a former name renames the member
    if (
      prev &&
      last?.length &&
      !joins &&
      RENAMED.test(text.slice(prev.hit.end, a.hit.start)) &&
      text[a.hit.end] === ','
    ) {
      a.describes = true;
      last.push(i);
      continue;
    }
    // (a member written again in brackets, "SK텔레콤(SKT) 계열사 X", describes with its twin)
    const twin = prev?.hit.id === a.hit.id ? prev : undefined;
    if (joins && last && !prev?.describes && describesNext(text, a, args[i + 1])) {
      a.describes = true;
      if (twin) twin.describes = true;
      last.push(i, i + 1);
      i++;
    } else if (joins && last) {
      last.push(i);
      if (ownsUnnamed(text, a, args)) for (const x of twin ? [twin, a] : [a]) x.describes = true;
    } else lists.push([i]);
  }
  return lists.filter((l) => l.length > 0);
}
const TITLE_AFTER = new RegExp(
  `^\\s+(?:${[...GRAMMAR.titlesKo].sort((x, y) => y.length - x.length).join('|')})(?:\\([^()\\n]{1,12}\\))?([가-힣]*)`,
);
const RELATIVE_AFTER = /^\s[가-힣]*(?:한|운|든|던|는)\s/;
/** The role and tail a person takes from the title after the company that follows it ("A 오픈AI CEO가"). */
function titleOwner(
  text: string,
  person: Arg,
  a: Arg,
  roleOf: (particles: string) => Role,
): { role: Role; tail: number } | undefined {
  if (person.hit.type !== 'Person' || !MAKERS.has(a.hit.type) || !/^ $/.test(text.slice(person.hit.end, a.hit.start)))
    return undefined;
  const m = TITLE_AFTER.exec(text.slice(a.hit.end, a.hit.end + 30));
  const role = m ? roleOf(m[1] ?? '') : 'other';
  const tail = a.hit.end + (m?.[0].length ?? 0);
  // ("A 테슬라 CEO가 설립한 xAI가": the subject of a relative clause is left as it was)
  if (!m || role === 'other' || (role === 'subj' && RELATIVE_AFTER.test(text.slice(tail, tail + 12)))) return undefined;
  return { role, tail };
}
/**
 * Persons join a list only by an explicit Korean conjunction: "A 창업자와 B", "A, B, C 등" (a bare
 * space is a title or an apposition: "샘 올트먼 오픈AI CEO", English "Altman, OpenAI's CEO").
 */
function personsCoordinated(text: string, a: Arg, b: Arg): boolean {
  const between = text.slice(a.tail, b.hit.start);
  // ("메타와 머스크의 xAI": a possessor is no member)
  if (!/[가-힣]/.test(text.slice(a.hit.start, b.hit.end)) || b.role === 'gen') return false;
  if (a.role === 'com' && !a.noun) return /^\s*$/.test(between);
  return a.role === 'none' && /^\s*[,·]\s*$/.test(between);
}
const isModel = (a: Arg) => a.hit.type === 'Model' || a.hit.type === 'Product';
function makerInBrackets(text: string, model: Arg, a: Arg): boolean {
  return (
    isModel(model) &&
    !model.describes &&
    MAKERS.has(a.hit.type) &&
    text.slice(model.hit.end, a.hit.start) === '(' &&
    text[a.hit.end] === ')'
  );
}
const OPEN_Q = /['‘"“]$/;
const CLOSE_Q = /^['’"”]/;
/** "'A'(100억원), 'B'": the quotes around both members are no gap between them. */
function unquoted(text: string, a: Arg, b: Arg, gap: string): string {
  const quotedA = OPEN_Q.test(text.slice(a.hit.start - 1, a.hit.start)) && CLOSE_Q.test(gap);
  const quotedB = OPEN_Q.test(gap) && CLOSE_Q.test(text.slice(b.hit.end, b.hit.end + 1));
  return quotedA && quotedB ? gap.slice(1, -1) : gap;
}
const BULLET_GAP = /^(?:\([^()\n]{0,20}\))?\s*[▲△■□◆◇•]\s*$/;
const BULLET_BEFORE = /[▲△■□◆◇•]\s*$/;

/** "X와 Y", "X, Y", "X·Y", "X 및 Y", "X and Y", "美中": nothing but a conjunction between them. */
function coordinated(text: string, a: Arg, b: Arg): boolean {
  // "카타르투자청(QIA) 등": the bracketed name is the same member written again
  if (/^ ?\($/.test(text.slice(a.hit.end, b.hit.start)) && a.hit.type === b.hit.type && text[b.hit.end] === ')')
    return true;
  if (a.hit.type === 'Person' || b.hit.type === 'Person') return personsCoordinated(text, a, b);
  // "LG, 한국형 …": a name glued to a non-particle (한국형, 중국판) modifies a noun, it is no list member
  if (b.role === 'other' || a.role === 'other') return false;
  const between = text.slice(a.tail, b.hit.start);
  if (a.role === 'com' && /^\s*$/.test(between) && !a.noun) return true;
  // "아마존과 인공지능(AI) 기업 앤트로픽의": a company noun phrase describing the second member
  if (a.role === 'com' && !a.noun && descriptorGap(between)) return true;
  if (a.role !== 'none') return false;
  // "앤트로픽, AI 스타트업 퍼플렉시티", "A, '전통 강자' B": after a comma, a noun phrase on the next member
  if (/[가-힣]/.test(between) && /^\s*[,·]/.test(between) && descriptorGap(between.replace(/^\s*[,·]/, '')))
    return true;
  // "카타르투자청(QIA), 블랙록(BlackRock)": after a member's bracketed name the bracket closes first
  const inBracket = text[a.hit.start - 1] === '(' && text[a.hit.end] === ')';
  const rawGap = text.slice(a.hit.end + (inBracket ? 1 : 0), b.hit.start);
  // "Alibaba Group Holding Ltd. and Tencent": a legal suffix is part of the member's name
  // (the aside is dropped; what follows it must still join the two members)
  const gap = unquoted(text, a, b, rawGap.replace(LEGAL_SUFFIX, '').replace(RELATIVE_GAP, ''));
  // "SK Telecom, NC AI, and the startup Upstage", "Nvidia, chipmaker AMD": a company noun phrase
  // before the next member ("rival DeepSeek and global heavyweights OpenAI and Meta": plural too);
  // after a bare comma only if no verb follows the member
  const described = DESCRIBED_EN.exec(gap);
  const head = described?.[2]?.trim().split(/\s+/).pop() ?? '';
  if (
    described &&
    (DESCRIPTORS_EN.has(head) || DESCRIPTORS_EN.has(head.replace(/s$/, ''))) &&
    (described[1] || (gap.startsWith(',') && !VERB_AFTER.test(text.slice(b.tail, b.tail + 12))))
  )
    return true;
  // "and a young Seoul-based … fund X": the place opens the next member's description
  if (b.hit.type === 'Country' && text.startsWith('-based ', b.hit.end) && BASED_OPENS.test(gap)) return true;
  const long = DESCRIBED_LONG_EN.exec(gap)?.[1]?.trim().split(/\s+/);
  if (long && DESCRIPTORS_EN.has(long[long.length - 1] ?? '') && !long.some((w) => VERB_WORD.test(w))) return true;
  // "▲산업은행(300억원) ▲퀀텀벤처스": bullet after bullet, an amount in brackets at most between
  if (BULLET_GAP.test(gap) && BULLET_BEFORE.test(text.slice(Math.max(0, a.hit.start - 2), a.hit.start))) return true;
  // "A랩(120억원), B소프트(40억원) 등": an amount or an aside in brackets may follow each member
  // ("'A랩'(120억원), 'B소프트'": so when each member is quoted), and so may a bare amount
  // ("fined Google €2 billion and Meta €800 million")
  if (
    !/^(?:\([^()\n]{1,30}\)|\s+[$€£¥₩]\s?\d[\d.,]*(?:\s?(?:million|billion|trillion|bn|m)\b)?)?\s*(?:,|·|\/|-|및|and|&|or|그리고|, and|, or|, 그리고|, 및|,? as well as|,? along with)?\s*$/.test(
      gap,
    )
  )
    return false;
  // "미국 마이크론", "중국 알리바바": a country right before a company says where it is, no list
  if (a.hit.type === 'Country' && b.hit.type !== 'Country' && /^\s+$/.test(gap)) return false;
  // "Microsoft invested in OpenAI, and Amazon has put …": ", and" + a verb starts a new clause,
  // and so does a bare comma ("sanctions on Russia, Nvidia said …")
  return !(/^,\s*(?:(?:and|but)\s)?$/.test(gap) && VERB_AFTER.test(text.slice(b.tail, b.tail + 12)));
}
