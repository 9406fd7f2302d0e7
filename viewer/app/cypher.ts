/**
 * The read-only Cypher box. The server decides what is allowed (a write is refused with its
 * message, shown here as text); results that are graph elements light up in the view, and
 * every result is also shown as a table.
 */
import type { CypherPayload } from '../shared.js';
import { runQuery } from './api.js';
import { byId, h } from './dom.js';

type Highlight = CypherPayload['highlight'] | undefined;

/** How one result value reads in a table cell. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (v.kind === 'node') {
    const p = v.properties as Record<string, unknown>;
    return `(${(v.labels as string[]).join(':')} ${String(p.name ?? p.title ?? p.id ?? '')})`;
  }
  if (v.kind === 'relationship') return `[:${String(v.type)}]`;
  if (v.kind === 'path') {
    const nodes = v.nodes as { properties: Record<string, unknown> }[];
    return nodes.map((n) => String(n.properties.name ?? n.properties.id ?? '?')).join(' — ');
  }
  return JSON.stringify(value);
}

export function setupCypher(highlight: (h: Highlight) => void): void {
  const box = byId('cypher');
  const toggle = byId<HTMLButtonElement>('cypher-toggle');
  const input = byId<HTMLTextAreaElement>('cypher-input');
  const message = byId('cypher-message');
  const result = byId('cypher-result');

  toggle.addEventListener('click', () => {
    box.hidden = !box.hidden;
    toggle.setAttribute('aria-expanded', String(!box.hidden));
    if (!box.hidden) input.focus();
  });
  const say = (text: string, error = false) => {
    message.textContent = text;
    message.classList.toggle('error', error);
  };
  const run = async () => {
    say('running…');
    try {
      const data = await runQuery(input.value);
      const lit = data.highlight.nodes.length + data.highlight.edges.length;
      say(
        `${data.rows.length} row${data.rows.length === 1 ? '' : 's'}${data.truncated ? ' (truncated at the row limit)' : ''}` +
          (lit
            ? ` · ${data.highlight.nodes.length} nodes, ${data.highlight.edges.length} relationships highlighted`
            : ''),
      );
      highlight(lit ? data.highlight : undefined);
      result.replaceChildren(
        h(
          'table',
          {},
          h('thead', {}, h('tr', {}, ...data.columns.map((c) => h('th', {}, c)))),
          h(
            'tbody',
            {},
            ...data.rows.map((row) => h('tr', {}, ...data.columns.map((c) => h('td', {}, cellText(row[c]))))),
          ),
        ),
      );
    } catch (error) {
      say(error instanceof Error ? error.message : String(error), true);
      result.replaceChildren();
    }
  };
  byId('cypher-run').addEventListener('click', run);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });
  byId('cypher-clear').addEventListener('click', () => {
    highlight(undefined);
    result.replaceChildren();
    say('');
  });
}
