/**
 * The noun-stated selectors (ingest/relations/slots-nominal.ts) through the whole pipeline: the
 * headline's opening list pairs under a count noun only when it is set off by its mark and
 * stands bare; a measure's holder is the state named with the measure noun.
 */
import type { Extraction } from '../../../graph/model.js';
import { run } from '../helpers.js';

function pairs(x: Extraction, type: string): string[] {
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations
    .filter((r) => r.type === type)
    .map((r) => [name(r.source), name(r.target)].sort().join('~'))
    .sort();
}

describe('lead: the list opening a headline', () => {
  test('a count noun after the set-off list pairs every member', async () => {
    const x = await run('네이버·카카오·LG, 국내 AI 삼국지 개막');
    expect(pairs(x, 'COMPETES_WITH')).toEqual(expect.arrayContaining(['네이버~카카오']));
    expect(pairs(x, 'COMPETES_WITH').length).toBe(3);
  });
  test('a list after other words is no lead', async () => {
    const x = await run('올해 투자한 네이버·카카오, 해외 시장 3파전');
    expect(pairs(x, 'COMPETES_WITH')).toEqual([]);
  });
  test('a second comma between the list and the noun ends the segment', async () => {
    const x = await run('네이버·카카오, 신규 서비스 출시, 해외 업체는 3파전');
    expect(pairs(x, 'COMPETES_WITH')).toEqual([]);
  });
});

describe('measure: the holder of a measure noun', () => {
  test('the state named with the export controls limits the access', async () => {
    const x = await run('Chips may fall under US export controls, such as those limiting China’s access to AI.');
    expect(pairs(x, 'REGULATES')).toEqual(['China~United States']);
  });
  test('a company before the noun holds no measure', async () => {
    const x = await run('Chips may fall under Nvidia rules, such as those limiting China’s access to AI.');
    expect(pairs(x, 'REGULATES')).toEqual([]);
  });
});
