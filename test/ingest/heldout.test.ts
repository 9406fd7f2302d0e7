/**
 * Regression guard on the blind held-out set in test/fixtures/heldout/ (ten articles written
 * and annotated before the extractor was read). The floors sit a little below what the
 * pipeline reaches, so a change that loses general coverage fails here, not only on dev.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../ingest/pipeline.js';
import { emptyCounts, f1, type Gold, scoreInto } from './score.js';

const DIR = join(process.cwd(), 'test', 'fixtures', 'heldout');
const FLOORS = { entities: 0.97, entities_typed: 0.96, relations_core: 0.78, relations_extended: 0.95 };

describe('held-out articles (micro-F1 floors)', () => {
  const counts = emptyCounts();
  const golds = readdirSync(DIR)
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  beforeAll(() => {
    for (const f of golds) {
      const gold = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Gold;
      const text = readFileSync(join(DIR, gold.article), 'utf8');
      scoreInto(counts, gold, extract({ source: gold.article, text, format: 'txt' }));
    }
  });

  test('the set is there: six Korean and four English articles', () => {
    const langs = golds.map((f) => (JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Gold).lang);
    expect(langs.filter((l) => l === 'ko')).toHaveLength(6);
    expect(langs.filter((l) => l === 'en')).toHaveLength(4);
  });

  for (const [group, floor] of Object.entries(FLOORS) as [keyof typeof FLOORS, number][]) {
    test(`${group} F1 >= ${floor}`, () => {
      expect(f1(counts[group])).toBeGreaterThanOrEqual(floor);
    });
  }
});
