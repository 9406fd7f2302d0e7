/**
 * Korean paragraphs in the style of Korean tech news. Each names its entities the way real
 * articles do, so the extractor must find the synthetic ones by pattern: "스타트업 X",
 * "X 대표 Y", "X의 새 모델 'M'", and the lexicon ones by name.
 */
import type { Cast } from './cast.js';
import { josa, josaQuoted } from './korean.js';
import type { Random } from './random.js';

type Paragraph = (c: Cast, r: Random) => string;

const QUOTES = [
  '한국어에 특화된 모델로 글로벌 빅테크와 정면 승부하겠다',
  '추론 비용을 절반 이하로 낮추는 것이 올해의 목표다',
  '기업 고객이 바로 쓸 수 있는 에이전트 서비스를 연내 내놓겠다',
  '데이터센터 투자 없이도 경쟁력 있는 모델을 만들 수 있다는 것을 보여주겠다',
  '오픈소스 생태계와 함께 성장하는 전략을 택했다',
];

const FILLER = [
  '업계에서는 올해 생성형 AI 시장이 지난해보다 두 배 이상 커질 것으로 내다봤다.',
  '전문가들은 고성능 GPU 확보가 여전히 가장 큰 과제라고 지적한다.',
  '최근 기업들은 자체 데이터를 활용한 맞춤형 모델 도입을 서두르고 있다.',
  '클라우드 비용 부담이 커지면서 경량 모델에 대한 관심도 높아지고 있다.',
  '한 업계 관계자는 "모델 성능 격차는 빠르게 좁혀지고 있다"고 전했다.',
  '증권가에서는 AI 관련 매출이 본격적으로 반영되는 시점을 내년 하반기로 보고 있다.',
  '정부는 AI 인재 양성을 위해 대학과 연구소 지원을 늘리기로 했다.',
  '데이터 품질과 저작권 문제는 여전히 풀어야 할 숙제로 남아 있다.',
];

const intro: Paragraph = (c, r) =>
  `${c.country.adjKo} AI 스타트업 ${josa(c.main, '은는')} ${r.int(28) + 1}일 자체 개발한 거대언어모델 ${josaQuoted(c.mainModel, '을를')}` +
  ` 공개했다. ${c.main}의 새 모델 ${josaQuoted(c.mainModel, '은는')} 한국어 문서 이해와 코드 생성 성능을 크게 끌어올렸다고 회사 측은 설명했다. ` +
  `${josa(c.main, '은는')} ${c.country.ko}에 본사를 둔 기업으로 설립 3년 만에 직원 ${r.int(200) + 30}명 규모로 성장했다.`;

const ceo: Paragraph = (c, r) =>
  `${c.ceo.name} ${c.main} ${josa(c.ceo.title, '은는')} "${r.pick(QUOTES)}"라고 말했다. ` +
  `${c.ceo.surname} ${josa(c.ceo.title, '은는')} 이어 "${r.pick(QUOTES)}"고 강조했다.`;

const rivalry: Paragraph = (c) =>
  `${josa(c.main, '은는')} 개발사 ${josa(c.rival, '과와')} 국내 기업용 AI 시장을 두고 치열하게 경쟁하고 있다. ` +
  `${c.rival}의 새 모델 ${josaQuoted(c.rivalModel, '은는')} ${c.bigA}의 ${josa(c.bigModel, '과와')} 맞먹는 성능을 냈다는 평가를 받는다.`;

const cto: Paragraph = (c, r) =>
  `${c.cto.name} ${c.rival} ${josa(c.cto.title, '은는')} "${r.pick(QUOTES)}"라고 설명했다. ` +
  `${josa(c.rival, '은는')} 올해 안에 후속 모델도 선보일 계획이다.`;

const investment: Paragraph = (c, r) =>
  `투자사 ${josa(c.investor, '은는')} ${c.main}에 ${(r.int(90) + 10) * 10}억원을 투자했다고 밝혔다. ` +
  `이번 투자에는 ${c.bigB}도 참여했으며, ${josa(c.main, '은는')} 확보한 자금을 GPU 구매와 인재 영입에 쓸 예정이다.`;

const regulation: Paragraph = (c) =>
  `${josa(c.regulator, '은는')} 생성형 AI의 데이터 수집 관행을 문제 삼아 ${josa(c.bigA, '과와')} ${c.main} 등 AI 기업을 규제하기로 했다. ` +
  '업계는 규제가 신생 기업의 부담을 키울 수 있다고 우려한다.';

const bigTech: Paragraph = (c) =>
  `${josa(c.bigA, '은는')} ${josa(c.bigB, '과와')}의 경쟁에서 앞서기 위해 ${josa(c.bigModel, '을를')} 고도화하고 있다. ` +
  `${c.known.name} ${c.known.company} ${josa(c.known.title, '은는')} 최근 행사에서 AI 인프라 투자를 계속 늘리겠다고 밝혔다.`;

const filler: Paragraph = (_c, r) => `${r.pick(FILLER)} ${r.pick(FILLER)}`;

/** The opening paragraph always introduces the subject; the rest come in a seeded order. */
export const KO = { first: intro, body: [ceo, rivalry, cto, investment, regulation, bigTech, filler, filler] };

export function koTitle(c: Cast): string {
  return `${c.main}, 새 AI 모델 '${c.mainModel}' 공개…${josa(c.rival, '과와')} 경쟁 격화`;
}

export function koDateLine(date: string): string {
  return `입력 ${date.replaceAll('-', '.')}`;
}
