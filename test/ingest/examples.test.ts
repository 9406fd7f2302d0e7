import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Extraction, relationAllowed } from '../../graph/model.js';
import { loadInput } from '../../ingest/load/index.js';
import { extract } from '../../ingest/pipeline.js';
import { entity } from './helpers.js';

const DIR = join(process.cwd(), 'examples');

async function all(): Promise<Map<string, Extraction>> {
  const out = new Map<string, Extraction>();
  for (const name of (await readdir(DIR)).sort()) out.set(name, await extract(await loadInput(join(DIR, name))));
  return out;
}

describe('example articles', () => {
  let results: Map<string, Extraction>;
  beforeAll(async () => {
    results = await all();
  });

  test('each extraction fits the contract, offsets and schema', async () => {
    expect(results.size).toBeGreaterThanOrEqual(5);
    for (const [name, x] of results) {
      Extraction.parse(x);
      const raw = await loadInput(join(DIR, name));
      const types = new Map(x.entities.map((e) => [e.id, e.type]));
      for (const e of x.entities) for (const m of e.mentions) expect(raw.text.slice(m.start, m.end)).toBe(m.text);
      for (const r of x.relations) {
        expect(relationAllowed(r.type, types.get(r.source) ?? 'Person', types.get(r.target) ?? 'Person')).toBe(true);
        for (const ev of r.evidence) expect(raw.text.slice(ev.start, ev.end)).toBe(ev.sentence);
      }
    }
  });

  test('deterministic: the same input gives the same output', async () => {
    const again = await all();
    for (const [name, x] of results) expect(again.get(name)).toEqual(x);
  });

  test('the Korean and English model-race articles share entity ids', () => {
    const ko = results.get('ko-model-race.txt');
    const en = results.get('en-model-race.txt');
    if (!ko || !en) throw new Error('examples missing');
    for (const id of [
      'company:openai',
      'company:anthropic',
      'company:google',
      'model:openai/o3-mini',
      'model:anthropic/claude-3.7-sonnet',
      'company:deepseek',
    ]) {
      expect(entity(ko, id)).toBeDefined();
      expect(entity(en, id)).toBeDefined();
    }
    expect(entity(ko, 'company:openai')?.name).toBe('오픈AI');
    expect(entity(en, 'company:openai')?.name).toBe('OpenAI');
    const key = (x: Extraction) => new Set(x.relations.map((r) => `${r.type}|${r.source}|${r.target}`));
    const shared = [...key(ko)].filter((k) => key(en).has(k));
    expect(shared).toEqual(
      expect.arrayContaining([
        'INVESTS_IN|company:microsoft|company:openai',
        'DEVELOPS|company:openai|model:openai/o3-mini',
      ]),
    );
  });

  test('the HTML example: title, date and article text only', async () => {
    const raw = await loadInput(join(DIR, 'eu-ai-act.html'));
    expect(raw.title).toBe('EU AI Act: what changes for model makers');
    expect(raw.publishedAt).toBe('2024-08-01T09:00:00.000Z');
    expect(raw.text).not.toMatch(/Home \| /);
    const x = results.get('eu-ai-act.html');
    expect(x?.relations.some((r) => r.type === 'WORKS_FOR' && r.source === 'person:arthur-mensch')).toBe(true);
  });
});
