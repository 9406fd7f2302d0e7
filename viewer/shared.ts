/**
 * What the viewer's server and browser app agree on: the JSON shapes of the API and the
 * palette. Types, zod schemas and constants only, so the browser bundle can import it too.
 */
import { z } from 'zod';
import { ErrorKind } from '../graph/errors.js';

/** Every failed API call answers with this body and a status chosen by its kind. */
export const ErrorBody = z.object({ error: z.string(), code: z.string().optional(), kind: ErrorKind.optional() });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const ENTITY_COLORS: Record<string, string> = {
  Person: '#e15759',
  Company: '#4e79a7',
  Country: '#59a14f',
  Model: '#f28e2b',
  Organization: '#b07aa1',
  Product: '#9c755f',
};
export const FALLBACK_COLOR = '#8c8c8c';

export const RELATION_COLORS: Record<string, string> = {
  COMPETES_WITH: '#d62728',
  REGULATES: '#7f7f7f',
  INVESTS_IN: '#2ca02c',
  DEVELOPS: '#ff9f1c',
  WORKS_FOR: '#9467bd',
  BASED_IN: '#17becf',
};

/** One entity as the app draws it: position from the server's layout, metrics for sizing. */
export type ViewNode = {
  key: string;
  label: string;
  entityType: string;
  aliases: string[];
  articles: number;
  x: number;
  y: number;
  color: string;
  degree: number;
  pagerank: number;
  community: number;
};

/** One relation. `relation` (not `type`: sigma reserves that for its render programs). */
export type ViewEdge = {
  key: string;
  source: string;
  target: string;
  relation: string;
  color: string;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
};

export type GraphPayload = {
  nodes: ViewNode[];
  edges: ViewEdge[];
  entityTypes: string[];
  relationTypes: string[];
  /** The first and last day any relation was seen, for the date inputs' bounds. */
  dates: { min: string | null; max: string | null };
};

export type Suggestion = { id: string; name: string; type: string; matched: string };

/** A span of an evidence sentence naming one of the edge's two entities. */
export type Mark = { start: number; end: number; entity: string };

export type EvidenceItem = {
  articleId: string;
  title: string;
  source: string;
  date: string | null;
  sentence: string;
  marks: Mark[];
};

export type EdgeDetails = {
  type: string;
  source: { id: string; name: string; type: string };
  target: { id: string; name: string; type: string };
  confidence: number;
  amount: string | null;
  currency: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  evidence: EvidenceItem[];
};

export type CypherPayload = {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  /** Entity ids and relation keys found in the result, for highlighting in the graph. */
  highlight: { nodes: string[]; edges: string[] };
};
