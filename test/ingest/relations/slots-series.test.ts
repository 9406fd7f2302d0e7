/**
 * The series selectors (ingest/relations/slots-series.ts) through the whole pipeline: a
 * comparison's object or standard reaches every model of the series it closes, each written with
 * its maker (a genitive, a quote, a hyphen, a bracket), and a subject series competes within
 * itself model by model; anything else between two models ends the series.
 */
import type { Extraction } from '../../../graph/model.js';
import { run } from '../helpers.js';

function pairs(x: Extraction): string[] {
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations
    .filter((r) => r.type === 'COMPETES_WITH')
    .map((r) => [name(r.source), name(r.target)].sort().join('~'))
    .sort();
}

describe('series: the models a comparison is measured against', () => {
  test('makers written with a quote before each model of an object series', async () => {
    const x = await run("제미나이가 오픈AI 'GPT-4o', 앤트로픽 '클로드', 메타 '라마 3'를 다수 영역에서 능가했다.");
    expect(pairs(x)).toEqual(expect.arrayContaining(['GPT-4o~제미나이', '제미나이~클로드', '라마3~제미나이']));
  });
  test('a genitive, a hyphen and 및 in the standard of a comparison', async () => {
    const x = await run('큐원3는 오픈AI의 GPT-4o, 딥시크-V3 및 메타의 라마 3보다 성능이 뛰어나다.');
    expect(pairs(x)).toEqual(expect.arrayContaining(['GPT-4o~큐원3', 'V3~큐원3', '라마3~큐원3']));
  });
  test('a maker in brackets before its model', async () => {
    const x = await run('큐원3는 "(미국 오픈AI의) GPT-4o와 (메타의) 라마 3를 거의 모든 영역에서 능가한다"고 밝혔다.');
    expect(pairs(x)).toEqual(expect.arrayContaining(['GPT-4o~큐원3', '라마3~큐원3']));
  });
  test('a clause between two models ends the series', async () => {
    const x = await run('큐원3는 오픈AI의 GPT-4o를 활용해 라마 3보다 성능이 뛰어난 답을 냈다.');
    expect(pairs(x)).not.toContain('GPT-4o~큐원3');
  });
});

describe('subjSeries: a subject series competes within itself', () => {
  test('every model pairs with every other, no maker with another maker’s model', async () => {
    const x = await run(
      "카카오의 '카나나', LG의 '엑사원', 그리고 네이버의 '하이퍼클로바X'는 국내 시장을 두고 경쟁하고 있다.",
    );
    expect(pairs(x)).toEqual(expect.arrayContaining(['엑사원~카나나', '카나나~하이퍼클로바X', '엑사원~하이퍼클로바X']));
    expect(pairs(x)).not.toContain('엑사원~카카오');
  });
});
