/**
 * Every frame's own example sentences (ingest/relations/frames/LANG/*.json) through the whole pipeline:
 * each example must give the relations it lists, each must-NOT example must not give the pairs
 * it lists (and, when it lists none, no relation of the frame's type at all).
 */
import type { Extraction } from '../../../graph/model.js';
import { FRAME_FILES } from '../../../ingest/relations/frames/index.js';
import { FrameFile, FrameGroup } from '../../../ingest/relations/frames/schema.js';
import { run } from '../helpers.js';

function names(x: Extraction, id: string): string[] {
  const e = x.entities.find((y) => y.id === id);
  return e ? [e.name, ...e.aliases] : [id];
}

function has(x: Extraction, type: string, [a, b]: [string, string]): boolean {
  return x.relations.some(
    (r) =>
      r.type === type &&
      ((names(x, r.source).includes(a) && names(x, r.target).includes(b)) ||
        (type === 'COMPETES_WITH' && names(x, r.source).includes(b) && names(x, r.target).includes(a))),
  );
}

test('the frame files are valid and every frame has examples and must-NOT examples', () => {
  for (const file of Object.values(FRAME_FILES)) {
    const parsed = FrameFile.parse(file);
    for (const f of parsed.frames) {
      expect(f.examples.some((e) => e.expect.length > 0)).toBe(true);
      expect(f.not.length).toBeGreaterThan(0);
    }
  }
});

test('a relation file refuses a frame of another relation', () => {
  const [frame] = FRAME_FILES.ko.frames.filter((f) => f.relation === 'INVESTS_IN');
  const group = { note: 'rivalry', relation: 'COMPETES_WITH', frames: [frame] };
  const parsed = FrameGroup.safeParse(group);
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues[0]?.message).toMatch(/relation the file is for/);
  expect(FrameGroup.safeParse({ ...group, relation: 'INVESTS_IN' }).success).toBe(true);
});

for (const file of Object.values(FRAME_FILES)) {
  describe(`${file.lang} frames`, () => {
    for (const f of file.frames) {
      for (const e of f.examples) {
        test(`${f.id}: ${e.text}`, async () => {
          const x = await run(e.text);
          const missing = e.expect.filter((p) => !has(x, f.relation, p));
          expect(missing).toEqual([]);
        });
      }
      for (const e of f.not) {
        test(`${f.id} must NOT: ${e.text}`, async () => {
          const x = await run(e.text);
          if (e.expect.length === 0) expect(x.relations.filter((r) => r.type === f.relation)).toEqual([]);
          const wrong = e.expect.filter((p) => has(x, f.relation, p));
          expect(wrong).toEqual([]);
        });
      }
    }
  });
}
