/**
 * The frame format: a relation stated by a predicate (a verb, or a noun with its light verb)
 * whose arguments are found by grammatical role (Korean particles, English prepositions, word
 * order, apposition). Frames are data (frames/LANG/*.json), validated here once at load; this zod
 * schema is the single source of their type. Every frame carries example sentences of our own
 * with the relation expected, and must-NOT sentences, run by test/ingest/relations/frames.test.ts.
 */
import { z } from 'zod';
import { EntityType } from '../../../graph/model.js';

/**
 * Where a slot's argument is looked for, tried in order until one gives entities of an accepted
 * type. Korean: subj (이/가/은/는/도 before the predicate, same clause; an opening topic governs
 * every clause), topic (the sentence's opening topic), obj (을/를), dat (에/에게), com (와/과),
 * from (로부터), gen (X의 right before the predicate noun), round (X의 before the round the predicate
 * joins: "X의 7억 달러 규모 투자 유치에 참여"), bare (a name glued to the predicate
 * noun: "오픈AI 조사"), np (a name heading the predicate's noun-phrase argument: "화웨이 AI 칩 사용에 …
 * 금지"), head (the noun the predicate's adnominal clause modifies: "투자를 받은 X",
 * "대항마로 꼽히는 X"), later (a subject right after the predicate's phrase: "미국의 규제로 X도"), laterObj (an object
 * right after it: "챗GPT 대항마로 … 모델인 X를"), appos (a name right after a predicate noun: "경쟁사인 X", "rivals such as X"),
 * listBefore ("A, B 등 경쟁사"), about ("X에 대해", "X를 겨냥"; a "…것에 대해" clause gives its
 * subjects), toward ("대중국 수출", "중국向", "exports to China"), carried (the subject of the
 * previous sentence of the paragraph, when this one has none), previous (that subject even when this
 * sentence has its own: the agent of a passive, "이에 따라 X의 수출이 통제된다"), raiser (the company whose round the
 * article last named, for "the round", "this round", "joined as an investor"), state (a government
 * noun with no name, "정부가", "the country's government-led fund": the country the article last
 * named, at most eight sentences back). English: subj, obj
 * (right after the verb), prep (after the frame's preposition), by (passive agent), gen ("X's
 * rival"), appos, compound (a name glued to the predicate by a hyphen: "Microsoft-backed").
 * Both: bloc (lists followed by 연합/진영/동맹, "A·B 연합과 C·D 연합": paired member by member).
 * Korean than (the standard of a comparison anywhere before the predicate in the sentence: "X보다",
 * "X 대비", "X에 비해": "A는 X 대비 크기는 작지만 성능은 비슷했다"), laterSubj (the first subject after the
 * predicate in its clause: "제재 대상에는 X도 포함됐다"). Both: regulator (the state the last
 * regulation sentence of the article named as actor, at most eight sentences back).
 * English: alongside (the co-actors after "alongside", "together with", "along with" in the clause:
 * "A co-led the round alongside B", "A, together with B, joined"). Both: lead (the list opening the
 * sentence, set off by a comma or colon from the predicate noun: "카카오·LG·네이버, K-LLM 삼국지").
 * Korean series (a comparison's object or standard grown back over the models of its series, each
 * with its maker: "오픈AI의 GPT-4o, 딥시크-V3 및 라마 3.1보다", slots-series.ts), subjSeries (the subject's
 * models so grown: "카카오의 '카나나', LG의 '엑사원', 그리고 네이버의 '하이퍼클로바X'는 … 경쟁").
 * English anaphor (slots-anaphor.ts): "invested in the company" — the last other company named.
 * Korean mainSubj (slots-ko-subject.ts): subj, but not the subject of a relative clause on the way.
 */
export const Selector = z.enum([
  'subj',
  'topic',
  'obj',
  'dat',
  'com',
  'from',
  'gen',
  'round',
  'bare',
  'np',
  'head',
  'later',
  'laterObj',
  'appos',
  'listBefore',
  'about',
  'toward',
  'carried',
  'previous',
  'raiser',
  'state',
  'compound',
  'prep',
  'by',
  'bloc',
  'than',
  'regulator',
  'laterSubj',
  'alongside',
  'lead',
  'measure',
  'series',
  'subjSeries',
  'deal', // the parties of the deal a probe is about (slots-regulate.ts)
  'opener', // who needs a licence (slots-regulate.ts)
  'stateIn', // who grants it (slots-regulate.ts)
  'dest', // where the licensed export goes (slots-regulate.ts)
  'affected', // the head of a subjectless relative clause after a measure's phrase (slots-regulate-head.ts)
  'useOf', // the maker of what a ban forbids to use, 'authority' an unnamed agency, 'genFar' (slots-regulate.ts)
  'exportOf', // the maker of what a permit lets be exported or sold (slots-regulate.ts)
  'authority',
  'genFar',
  'anaphor',
  'mainSubj',
  'shareList', // "X의 지분율은 A 60%, B 25%": the holders listed with their percentages (slots-copula.ts)
  'etcOwner', // "A, B 등 대기업 자금": the list whose 등-phrase the predicate noun heads (slots-copula.ts)
  'copulaList', // "A가 투자한 기업은 X, Y다": the list the head is equated with (slots-copula.ts)
  'elided', // the round's raiser when the clause names no destination (slots-elided.ts)
  'amountSubj', // the subjects of a gapped amount list, "A가 N달러, B가 M달러를" (amount.ts)
  'contest', // the listed or grouped participants of a contest (slots-contest.ts)
  'thisModel', // "이 모델은", "the model": the model named just before (slots-contest.ts)
  'thanKind', // "엔비디아의 최신 GPU보다": the maker of the kind compared with (slots-contest.ts)
  'quoteActor', // "‘X 잡겠다’ 리벨리온": the name right after a quoted aim (slots-contest.ts)
  'quoteAim', // the name inside that quote, before the predicate (slots-contest.ts)
  'oneOf', // "A, one of B's rivals", "a stake in one of B's rivals": the rival the phrase stands for (slots-one-of.ts)
  'namedRival', // "The Intel rival has hit": the name the rival noun carries (slots-contest.ts)
  'describedRival', // whom that description stands for: the subject named before (slots-contest.ts)
  'rivalOwner', // whose rivals "A 등 경쟁사", "경쟁기업인 A" are: the sentence's subject or possessor (slots-contest.ts)
]);
export type Selector = z.infer<typeof Selector>;

export const Slot = z.object({
  by: z.array(Selector).min(1),
  types: z.array(EntityType).min(1),
  /** a capitalised / unknown name in this slot becomes a new entity of this type */
  new: EntityType.optional(),
  /** take what every selector finds ("A와 함께 B, C 등도 참여"), not only the first that finds any */
  union: z.boolean().default(false),
});
export type Slot = z.infer<typeof Slot>;

export const Example = z.object({
  text: z.string(),
  /** [source, target] names as the extraction prints them (either order for COMPETES_WITH) */
  expect: z.array(z.tuple([z.string(), z.string()])).default([]),
});

export const Frame = z.object({
  id: z.string(),
  relation: z.enum(['COMPETES_WITH', 'REGULATES', 'INVESTS_IN']),
  /** predicate words: Korean stems match at any position of a word, English whole words */
  predicate: z.array(z.string()).min(1),
  /** regex the text right after the predicate must match (a light verb, a particle) */
  light: z.string().optional(),
  /** regex the text right before the predicate must match */
  before: z.string().optional(),
  /** regex that, matching right before the predicate, makes it no predicate ("a backer of rival X") */
  notAfter: z.string().optional(),
  /** regex that, matching right after the predicate, makes it another word (투자자, 경쟁력) */
  unless: z.string().optional(),
  /** regex the clause must contain before the predicate (the round a 참여 joins) */
  context: z.string().optional(),
  /** English preposition(s) for the `prep` selector, as a regex alternation */
  prep: z.string().optional(),
  source: Slot,
  target: Slot,
  /** the predicate names a funding round: its target becomes the article's current raiser */
  round: z.boolean().default(false),
  /** one list holding both sides ("A와 B가 경쟁", "rivalry between A and B") pairs its members */
  reciprocal: z.boolean().default(false),
  confidence: z.number().min(0).max(1).default(0.8),
  examples: z.array(Example).min(1),
  not: z.array(Example).min(1),
});
export type Frame = z.infer<typeof Frame>;

export const FrameFile = z.object({
  note: z.string(),
  lang: z.enum(['ko', 'en']),
  /** words after (ko) / before (en) a predicate that deny it: no relation */
  negate: z.array(z.string()),
  /** words that make it a plan or a hedge: lower confidence */
  hedge: z.array(z.string()),
  /** nouns of an unnamed actor heading an adnominal predicate ("투자한 투자자들"): its subject is that actor */
  actors: z.array(z.string()).default([]),
  frames: z.array(Frame).min(1),
});
export type FrameFile = z.infer<typeof FrameFile>;

/** One language's words that deny or hedge a predicate (frames/LANG/words.json). */
export const FrameWords = FrameFile.omit({ frames: true });

/** One relation's frames in one language (frames/LANG/competes|regulates|invests.json). */
export const FrameGroup = z
  .object({ note: z.string(), relation: Frame.shape.relation, frames: z.array(Frame).min(1) })
  .refine((g) => g.frames.every((f) => f.relation === g.relation), {
    message: 'every frame in a group file has the relation the file is for',
  });
