/**
 * The side panel: an entity (type, aliases, articles, relations grouped by type) or a relation
 * (its evidence sentences with article title, source and date, the two entities marked).
 * Everything user-visible from the graph goes in as text nodes (see dom.ts).
 */
import {
  type EdgeDetails,
  ENTITY_COLORS,
  type EntityDetails,
  type EntityRelation,
  type EvidenceItem,
  FALLBACK_COLOR,
  RELATION_COLORS,
} from '../shared.js';
import { append, byId, chip, h } from './dom.js';

export type PanelHandlers = {
  entity(id: string): void;
  relation(entityId: string, relation: EntityRelation): void;
  /** Expansion keys: `id` for all relation types, `id@TYPE` for one. */
  expanded(key: string): boolean;
  toggle(key: string): void;
  close(): void;
};

function panel(): HTMLElement {
  const element = byId('panel');
  element.replaceChildren();
  delete element.dataset.entity;
  delete element.dataset.edge;
  element.hidden = false;
  return element;
}

export function hidePanel(): void {
  const element = byId('panel');
  element.replaceChildren();
  element.hidden = true;
}

export function showMessage(text: string): void {
  panel().append(h('p', { class: 'message' }, text));
}

const closeButton = (handlers: Pick<PanelHandlers, 'close'>) =>
  h('button', { class: 'close', type: 'button', 'aria-label': 'Close', onclick: () => handlers.close() }, '×');

const typeLine = (type: string) =>
  h('p', { class: 'entity-type' }, chip(ENTITY_COLORS[type] ?? FALLBACK_COLOR), ' ', type);

/** Expand or collapse one neighbourhood; the label says which it will do. */
function toggleButton(key: string, what: string, handlers: PanelHandlers): HTMLButtonElement {
  const open = handlers.expanded(key);
  return h(
    'button',
    {
      type: 'button',
      class: 'toggle',
      'data-expand': key,
      'aria-pressed': String(open),
      onclick: () => handlers.toggle(key),
    },
    open ? `Collapse ${what}` : `Expand ${what}`,
  );
}

/** A hub lists only the newest of its articles and relations: say so. */
const newest = (all: number, listed: number) => (all > listed ? `, newest ${listed} listed` : '');

export function showEntity(entity: EntityDetails, handlers: PanelHandlers): void {
  const root = panel();
  root.dataset.entity = entity.id;
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  append(
    root,
    closeButton(handlers),
    h('h2', {}, entity.name),
    typeLine(entity.type),
    aliases.length ? h('p', { class: 'aliases' }, 'Also: ', aliases.join(', ')) : null,
    h('p', { class: 'id' }, h('code', {}, entity.id)),
    h('p', { class: 'actions' }, toggleButton(entity.id, 'neighbours', handlers)),
    h('h3', {}, `Articles (${entity.articleCount}${newest(entity.articleCount, entity.articles.length)})`),
    h(
      'ul',
      { class: 'articles' },
      ...entity.articles.map((a) =>
        h('li', {}, a.title || a.source, h('span', { class: 'meta' }, ` · ${a.source} · ${a.count}×`)),
      ),
    ),
  );
  const groups = new Map<string, EntityRelation[]>();
  for (const r of entity.relations) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  root.append(
    h('h3', {}, `Relations (${entity.relationCount}${newest(entity.relationCount, entity.relations.length)})`),
  );
  for (const [type, relations] of groups) {
    const bar = h('span', { class: 'bar' });
    bar.style.background = RELATION_COLORS[type] ?? FALLBACK_COLOR;
    root.append(
      h('h4', {}, bar, ' ', type, ` (${relations.length})`, ' ', toggleButton(`${entity.id}@${type}`, type, handlers)),
      h('ul', { class: 'relations' }, ...relations.map((r) => relationItem(entity.id, r, handlers))),
    );
  }
}

function relationItem(entityId: string, r: EntityRelation, handlers: PanelHandlers): HTMLLIElement {
  const arrow = r.direction === 'out' ? '→ ' : '← ';
  const money = r.amount ? ` (${r.amount}${r.currency ? ` ${r.currency}` : ''})` : '';
  return h(
    'li',
    {},
    arrow,
    h('button', { class: 'linkish', type: 'button', onclick: () => handlers.entity(r.other.id) }, r.other.name),
    money,
    ' ',
    h(
      'button',
      { class: 'linkish evidence-link', type: 'button', onclick: () => handlers.relation(entityId, r) },
      `evidence (${r.sentenceCount})`,
    ),
    ...r.sentences.map((sentence) => h('p', { class: 'quote' }, '“', sentence, '”')),
  );
}

export function showEdge(edge: EdgeDetails, handlers: Pick<PanelHandlers, 'entity' | 'close'>): void {
  const root = panel();
  root.dataset.edge = `${edge.source.id} ${edge.type} ${edge.target.id}`;
  const end = (e: EdgeDetails['source']) =>
    h('button', { class: 'linkish', type: 'button', onclick: () => handlers.entity(e.id) }, e.name);
  const seen = edge.firstSeen === edge.lastSeen ? edge.firstSeen : `${edge.firstSeen} – ${edge.lastSeen}`;
  root.append(
    closeButton(handlers),
    h('h2', { class: 'edge-title' }, end(edge.source), ` —${edge.type}→ `, end(edge.target)),
    h(
      'p',
      { class: 'meta' },
      `confidence ${edge.confidence.toFixed(2)}`,
      edge.amount ? ` · amount ${edge.amount}${edge.currency ? ` ${edge.currency}` : ''}` : '',
      seen ? ` · seen ${seen}` : '',
    ),
    h('h3', {}, `Evidence (${edge.evidence.length})`),
    ...edge.evidence.map(evidenceBlock),
  );
}

/** The sentence with the entities' names wrapped in <mark>, then where it comes from. */
function evidenceBlock(e: EvidenceItem): HTMLElement {
  const sentence = h('p', { class: 'sentence' });
  let at = 0;
  for (const mark of e.marks) {
    if (mark.start < at) continue;
    sentence.append(
      e.sentence.slice(at, mark.start),
      h('mark', { 'data-entity': mark.entity }, e.sentence.slice(mark.start, mark.end)),
    );
    at = mark.end;
  }
  sentence.append(e.sentence.slice(at));
  return h(
    'blockquote',
    { class: 'evidence' },
    sentence,
    h('p', { class: 'meta' }, h('cite', {}, e.title || '(untitled)'), ` · ${e.source}`, e.date ? ` · ${e.date}` : ''),
  );
}
