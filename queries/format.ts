/**
 * Query results for people (an aligned table, where Korean takes two columns per character)
 * and for scripts (CSV, JSON). cli-table3 measures width with string-width, so alignment of
 * Hangul is right; long cells are wrapped rather than cut, since evidence must stay readable.
 */
import Table from 'cli-table3';
import stringWidth from 'string-width';
import type { JsonNode, JsonRelationship, JsonValue, QueryRows } from './run.js';

/** Widest a column grows before its text wraps (in terminal columns). */
const MAX_COLUMN = 60;

const isGraphValue = (v: JsonValue): v is JsonNode | JsonRelationship =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (v.kind === 'node' || v.kind === 'relationship');

function nodeText(n: JsonNode): string {
  const p = n.properties;
  const shown = p.name ?? p.title ?? p.id ?? n.elementId;
  return `(${n.labels.filter((l) => l !== 'Entity').join(':') || n.labels.join(':')} ${String(shown)})`;
}

/** One cell as text: nodes by their name, lists one item per line (table) or `; ` (CSV). */
export function cellText(value: JsonValue, listSeparator = '\n'): string {
  if (value === null) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map((v) => cellText(v, ', ')).join(listSeparator);
  if (value.kind === 'path' && Array.isArray(value.nodes) && Array.isArray(value.relationships)) {
    const nodes = value.nodes as JsonNode[];
    return nodes
      .map((n, i) => {
        const r = (value.relationships as JsonRelationship[])[i];
        if (!r) return nodeText(n);
        const forward = r.startElementId === n.elementId;
        return `${nodeText(n)}${forward ? '-' : '<-'}[${r.type}]${forward ? '->' : '-'}`;
      })
      .join('');
  }
  if (isGraphValue(value)) return value.kind === 'node' ? nodeText(value) : `[${value.type}]`;
  return JSON.stringify(value);
}

/** Columns a string takes in a terminal (Hangul and CJK count two), to decide where to wrap. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

export function renderTable(result: Pick<QueryRows, 'columns' | 'rows'>): string {
  if (!result.rows.length) return '(no rows)';
  const cells = result.rows.map((row) => result.columns.map((c) => cellText(row[c] ?? null)));
  const widest = result.columns.map((c, i) =>
    Math.max(displayWidth(c), ...cells.flatMap((row) => (row[i] ?? '').split('\n').map(displayWidth))),
  );
  const table = new Table({
    head: result.columns,
    // null lets cli-table3 size the column; a number (content + padding) makes it wrap.
    colWidths: widest.map((w) => (w > MAX_COLUMN ? MAX_COLUMN + 2 : null)),
    wordWrap: true,
    // No colours: the table is often piped or pasted.
    style: { head: [], border: [] },
    // Rules between rows only when some cell spans lines, where they show which lines belong together.
    ...(cells.some((row) => row.some((c) => c.includes('\n'))) || widest.some((w) => w > MAX_COLUMN)
      ? {}
      : { chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' } }),
  });
  for (const row of cells) table.push(row);
  const n = result.rows.length;
  return `${table.toString()}\n(${n} row${n === 1 ? '' : 's'})`;
}

const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function renderCsv(result: Pick<QueryRows, 'columns' | 'rows'>): string {
  const lines = [result.columns.map(csvField).join(',')];
  for (const row of result.rows)
    lines.push(result.columns.map((c) => csvField(cellText(row[c] ?? null, '; '))).join(','));
  return lines.join('\n');
}

export function renderJson(result: QueryRows & { query?: string; params?: Record<string, unknown> }): string {
  const { query, params, columns, rows, truncated, cut } = result;
  return JSON.stringify(
    { ...(query ? { query, params } : {}), columns, rows, truncated, ...(cut ? { cut } : {}) },
    null,
    2,
  );
}
