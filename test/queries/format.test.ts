/** Table, CSV and JSON rendering of query results (no database needed). */
import { cellText, displayWidth, renderCsv, renderJson, renderTable } from '../../queries/format.js';
import type { JsonNode, JsonValue } from '../../queries/run.js';

const node = (elementId: string, name: string, label: string): JsonNode => ({
  kind: 'node',
  elementId,
  labels: ['Entity', label],
  properties: { id: `x:${name}`, name },
});

test('nodes, relationships and paths read as Cypher patterns', () => {
  const a = node('1', '딥시크', 'Company');
  const b = node('2', '오픈AI', 'Company');
  const r = {
    kind: 'relationship',
    elementId: 'r',
    type: 'COMPETES_WITH',
    startElementId: '2',
    endElementId: '1',
    properties: {},
  };
  expect(cellText(a)).toBe('(Company 딥시크)');
  expect(cellText(r as JsonValue)).toBe('[COMPETES_WITH]');
  expect(cellText({ kind: 'path', nodes: [a, b], relationships: [r] } as JsonValue)).toBe(
    '(Company 딥시크)<-[COMPETES_WITH]-(Company 오픈AI)',
  );
  expect(cellText(['a', 'b'])).toBe('a\nb');
  expect(cellText({ k: 1 })).toBe('{"k":1}');
});

test('Hangul counts two columns, and long cells wrap instead of stretching the table', () => {
  expect(displayWidth('딥시크 AI')).toBe(9);
  const long = '하정우는 네이버클라우드에서 일한다. '.repeat(6).trim();
  const table = renderTable({ columns: ['who', 'evidence'], rows: [{ who: '하정우', evidence: long }] });
  const lines = table.split('\n').filter((l) => l.startsWith('│'));
  expect(lines.length).toBeGreaterThan(2);
  expect(new Set(lines.map(displayWidth)).size).toBe(1);
  expect(Math.max(...lines.map(displayWidth))).toBeLessThan(80);
  expect(renderTable({ columns: ['x'], rows: [] })).toBe('(no rows)');
});

test('CSV quotes what needs quoting; lists are joined', () => {
  const csv = renderCsv({
    columns: ['name', 'note', 'titles', 'n'],
    rows: [{ name: 'AT&T, "Labs"', note: 'two\nlines', titles: ['a', 'b'], n: null }],
  });
  expect(csv).toBe('name,note,titles,n\n"AT&T, ""Labs""","two\nlines",a; b,');
});

test('JSON keeps columns, rows and whether the limit cut them', () => {
  const json = JSON.parse(renderJson({ columns: ['i'], rows: [{ i: 1 }], truncated: true, queryType: 'r' }));
  expect(json).toEqual({ columns: ['i'], rows: [{ i: 1 }], truncated: true });
});
