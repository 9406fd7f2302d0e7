/**
 * The deal selector (ingest/relations/slots-regulate.ts) through the whole pipeline: a probe into
 * a partnership, an investment or a deal regulates every party of it, in English after the
 * probe's preposition and in Korean before "…에 대한/대해"; a name that only describes the next
 * one is no party, and the phrase ends where another clause begins.
 */
import type { Extraction } from '../../../graph/model.js';
import { run } from '../helpers.js';

function pairs(x: Extraction): string[] {
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations
    .filter((r) => r.type === 'REGULATES')
    .map((r) => `${name(r.source)}>${name(r.target)}`)
    .sort();
}

describe('deal: English', () => {
  test('the possessor of the deal and the partner after "with", past a descriptor', async () => {
    const x = await run('The UK opened a review of Google’s partnership with chatbot maker Anthropic.');
    expect(pairs(x)).toEqual(['UK>Anthropic', 'UK>Google']);
  });
  test('a passive probe with its agent reaches the parties after "into"', async () => {
    const x = await run('Probes by the FTC were launched into investments by Amazon and Google in Anthropic.');
    expect(pairs(x)).toEqual(
      expect.arrayContaining(['Federal Trade Commission>Amazon', 'Federal Trade Commission>Google']),
    );
  });
  test('a probe with no deal noun in its phrase gives the deal selector nothing', async () => {
    const x = await run('The UK opened a review of chatbot safety, and Google signed a deal with Anthropic.');
    expect(pairs(x)).toEqual([]);
  });
  test('a parent named before its unit is no party', async () => {
    const x = await run('The EU opened a review of Google parent Alphabet’s investment in Anthropic.');
    expect(pairs(x)).not.toContain('European Union>Google');
    expect(pairs(x)).toEqual(expect.arrayContaining(['European Union>Alphabet']));
  });
});

describe('deal: Korean', () => {
  test('the parties of a cooperation the probe is about, subject and partner', async () => {
    const x = await run('영국 경쟁시장청은 구글이 앤트로픽과 협력하는 과정에 대한 조사에 착수했다.');
    expect(pairs(x)).toEqual(['영국>구글', '영국>앤트로픽']);
  });
  test('a phrase whose head is no deal noun gives only the name by the postposition', async () => {
    const x = await run('영국 경쟁시장청은 구글이 발표한 앤트로픽 모델에 대한 조사에 착수했다.');
    expect(pairs(x)).not.toContain('영국>구글');
  });
  test('a deal that is the subject of the clause the probe weighs ("…간 제휴가 …인지 조사")', async () => {
    const x = await run('영국 정부는 마이크로소프트와 미스트랄 간 제휴가 사실상 인수인지 조사하고 있다.');
    expect(pairs(x)).toEqual(expect.arrayContaining(['영국>마이크로소프트', '영국>미스트랄AI']));
  });
  test('a state inside the weighed deal only says where a party is', async () => {
    const x = await run('미국 정부는 퀄컴의 영국 대표 반도체 기업 ARM 인수가 시장을 해치는지 조사했다.');
    expect(pairs(x)).not.toContain('미국>영국');
  });
  test('a deal subject with no weighed clause after it is no target ("투자가 늘자 조사")', async () => {
    const x = await run('영국 정부는 마이크로소프트와 미스트랄 간 투자가 늘어나자 시장 조사에 나섰다.');
    expect(pairs(x)).toEqual([]);
  });
});

describe('licences: opener and stateIn', () => {
  test('the firms opening the sentence need the licence the named government grants', async () => {
    const x = await run(
      'Nvidia and AMD agreed to pay the US government 15% of their China revenue to secure export licences.',
    );
    expect(pairs(x)).toEqual(['United States>AMD', 'United States>Nvidia']);
  });
  test('a country used as an adjective grants nothing', async () => {
    const x = await run('Nvidia agreed to share its China revenue to secure export licences.');
    expect(pairs(x)).not.toContain('China>Nvidia');
  });
  test('a licence that is no export or state licence regulates nothing', async () => {
    const x = await run('Microsoft and Google agreed to pay their partners to secure software licences.');
    expect(pairs(x)).toEqual([]);
  });
});

describe('licences: dest (Korean)', () => {
  test('the country an export goes to, when the export needs a state licence', async () => {
    const x = await run('미국산 장비를 중국에 수출하려면 미국 정부의 허가를 받아야 한다.');
    expect(pairs(x)).toEqual(['미국>중국']);
  });
  test('a dative that no export goes to is no destination', async () => {
    const x = await run('네이버는 서울시에 신청서를 내고 건축 허가를 받았다.');
    expect(pairs(x)).toEqual([]);
  });
  test('the country goods would flow into, when a measure keeps them back', async () => {
    const x = await run('미국 정부는 첨단 메모리가 이란으로 반입되는 것을 막는 규정을 새로 만들었다.');
    expect(pairs(x)).toEqual(['미국>이란']);
  });
  test('a flow a company keeps back with no measure is no regulation', async () => {
    const x = await run(
      '미국 상무부는 화웨이를 제재했다. LG전자는 설계도가 중국으로 유출되는 것을 막기 위해 보안을 높였다.',
    );
    expect(pairs(x)).toEqual(['미국>화웨이']);
  });
});

describe('useOf: the maker of what a ban keeps others from using', () => {
  test('a bracket inside the product noun phrase does not cut it off from its maker', async () => {
    const x = await run('미국 정부는 화웨이의 인공지능(AI) 칩 사용 금지에 나섰다.');
    expect(pairs(x)).toEqual(['미국>화웨이']);
  });
  test('the object of the banned use, past a place, alongside the firm the ban is addressed to', async () => {
    const x = await run('중국 정부는 텐센트에 대해 엔비디아의 AI 칩을 새 데이터센터에서 사용하는 것을 금지했다.');
    expect(pairs(x)).toEqual(['중국>엔비디아', '중국>텐센트']);
  });
  test('a name in another clause is no maker of the banned product', async () => {
    const x = await run('삼성전자가 만든 공장에서 외국산 칩 사용을 금지했다고 중국 정부가 밝혔다.');
    expect(pairs(x)).not.toContain('중국>삼성전자');
  });
  test('English: the possessor after "purchases of" in a stop order', async () => {
    const x = await run('Chinese regulators told Tencent to stop purchases of Nvidia’s new GPUs.');
    expect(pairs(x)).toEqual(['China>Nvidia', 'China>Tencent']);
  });
  test('English: a name after the use noun in a clause of its own is no maker', async () => {
    const x = await run(
      'Chinese regulators told Tencent to stop buying foreign chips, and the use of Nvidia’s GPUs fell.',
    );
    expect(pairs(x)).not.toContain('China>Nvidia');
  });
});

describe('exportOf: the maker of what a permit lets be exported', () => {
  test('past the product and its destination, the maker in the genitive', async () => {
    const x = await run('미국 정부는 지난주 엔비디아의 AI 칩 중국 수출을 허용했다.');
    expect(pairs(x)).toEqual(['미국>엔비디아', '미국>중국']);
  });
  test('a firm that permits its partners to sell regulates nothing', async () => {
    const x = await run('엔비디아는 협력사들이 구형 칩을 할인 판매하는 것을 허용했다.');
    expect(pairs(x)).toEqual([]);
  });
  test('English: the possessor after "sales of" and the destination after "to"', async () => {
    const x = await run('The US government is allowing sales of Nvidia’s H20 chips to China again.');
    expect(pairs(x)).toEqual(expect.arrayContaining(['United States>China', 'United States>Nvidia']));
  });
});

describe('authority and genFar', () => {
  test('an unnamed agency acts for the regulator the article last named', async () => {
    const x = await run('미국 법무부는 구글을 제소했다. 이후 규제 당국이 엔비디아에 대한 조사에 착수했다.');
    expect(pairs(x)).toEqual(expect.arrayContaining(['미국>엔비디아']));
  });
  test('an unnamed agency with no regulator named before regulates nothing', async () => {
    const x = await run('규제 당국이 엔비디아에 대한 조사에 착수했다.');
    expect(pairs(x)).toEqual([]);
  });
  test('a ministry named alone acts for the country the article last named', async () => {
    const x = await run('미국 정부는 화웨이에 대한 우려를 밝혔다. 법무부가 엔비디아를 상대로 조사에 착수했다.');
    expect(pairs(x)).toEqual(['미국>엔비디아']);
  });
  test('a country that only describes a firm is no state acting', async () => {
    const x = await run('중국 딥시크가 한국 시장에 진출했다. 당국은 딥시크에 대한 조사에 착수했다.');
    expect(pairs(x)).toEqual(['한국>딥시크']);
  });
  test('a state genitive a few modifiers before the measure', async () => {
    const x = await run('화웨이는 미국의 강도 높은 수출 통제 속에서도 새 칩을 내놨다.');
    expect(pairs(x)).toEqual(['미국>화웨이']);
  });
  test("a genitive that opens a clause of its own is not the measure's state", async () => {
    const x = await run('화웨이는 미국의 고객사들이 늘어난 데다 통제 속에서도 새 칩을 내놨다.');
    expect(pairs(x)).not.toContain('미국>화웨이');
  });
});

describe('a state owning the measure in the genitive is no target of it (the engine, for every regulation frame)', () => {
  test('a state reacting to another state’s export controls does not regulate that state', async () => {
    const x = await run('중국 정부는 미국의 수출 규제에 대응해 희토류 정책을 바꿨다.');
    expect(pairs(x)).not.toContain('중국>미국');
  });
  test('a firm in the genitive before the export it may not make is still the target', async () => {
    const x = await run('미국 정부는 엔비디아의 칩 수출을 금지했다.');
    expect(pairs(x)).toEqual(['미국>엔비디아']);
  });
});

describe('regulator: the article’s, unless the sentence names its own', () => {
  test('a government named in the sentence outranks the regulator of an earlier paragraph', async () => {
    const x = await run(
      '영국 경쟁시장청은 아마존의 투자를 조사했다.\n\n한국 정부가 AI 기본법을 시행하면서 메타와 애플이 규제 대상에 올랐다.',
    );
    expect(pairs(x)).toEqual(expect.arrayContaining(['한국>메타', '한국>애플']));
    // must NOT: the earlier paragraph's regulator on this sentence's targets
    expect(pairs(x)).not.toContain('영국>메타');
  });
  test('must NOT: a state in the genitive of the targets is no regulator, and the acting state no target', async () => {
    const x = await run('미국 정부가 중국의 인공지능 분야 기업 20곳을 제재 명단에 추가했다.');
    expect(pairs(x)).not.toContain('중국>미국');
  });
  test('with no state of its own the sentence keeps the article’s regulator', async () => {
    const x = await run('미국 상무부는 화웨이에 대한 수출을 제한했다. 이번 조치로 SMIC도 제재 대상에 올랐다.');
    expect(pairs(x)).toEqual(['미국>SMIC', '미국>화웨이']);
  });
  test('a state written with its bracketed abbreviation still heads the measure', async () => {
    const x = await run('애플이 유럽연합(EU) 경쟁법 조사를 받고 있다.');
    expect(pairs(x)).toEqual(['유럽연합>애플']);
  });
});

describe('regulator names', () => {
  test('개보위, the short name of the Korean privacy commission, is that regulator', async () => {
    const x = await run('개보위는 카카오에 과징금을 부과했다.');
    expect(pairs(x)).toEqual(['개인정보보호위원회>카카오']);
  });
});
