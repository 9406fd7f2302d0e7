/**
 * Builds extractions by hand, as plain data, so the store is tested apart from the extractor:
 * entities are found in the text by their surface forms and relations cite the sentence.
 */
import { createHash } from 'node:crypto';
import type { EntityType, Extraction, RelationType } from '../../graph/model.js';

export type EntitySpec = { id: string; type: EntityType; name: string; aliases?: string[] };
export type RelationSpec = {
  type: RelationType;
  source: string;
  target: string;
  amount?: string;
  currency?: string;
  confidence?: number;
};

export function extraction(options: {
  text: string;
  source: string;
  title?: string;
  lang?: 'ko' | 'en';
  publishedAt?: string;
  entities: EntitySpec[];
  relations?: RelationSpec[];
}): Extraction {
  const { text } = options;
  const sentences = [...text.matchAll(/[^.!?]+[.!?]?/g)].map((m) => ({
    sentence: m[0].trim(),
    start: (m.index ?? 0) + m[0].length - m[0].trimStart().length,
  }));
  const entities = options.entities.map((e) => {
    const forms = [e.name, ...(e.aliases ?? [])];
    const mentions = forms.flatMap((form) =>
      [...text.matchAll(new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({
        start: m.index ?? 0,
        end: (m.index ?? 0) + form.length,
        text: form,
      })),
    );
    return { ...e, aliases: e.aliases ?? [], mentions };
  });
  const byId = new Map(entities.map((e) => [e.id, e]));
  const relations = (options.relations ?? []).map((r) => {
    const a = byId.get(r.source)?.mentions[0]?.start ?? 0;
    const sentence = sentences.find((s) => a >= s.start && a < s.start + s.sentence.length + 1) ?? sentences[0];
    const start = sentence?.start ?? 0;
    const evidence = [
      { sentence: sentence?.sentence ?? text, start, end: start + (sentence?.sentence.length ?? text.length) },
    ];
    return { confidence: 0.8, ...r, evidence };
  });
  return {
    article: {
      id: createHash('sha256').update(text).digest('hex').slice(0, 24),
      title: options.title ?? text.slice(0, 30),
      lang: options.lang ?? 'en',
      source: options.source,
      ...(options.publishedAt ? { publishedAt: options.publishedAt } : {}),
    },
    entities,
    relations,
  };
}

/** The ingest time every store test writes with, so dumps compare equal across runs. */
export const FIXED = { ingestedAt: '2025-06-01T00:00:00.000Z' };

const TYPE_BY_PREFIX: Record<string, EntityType> = {
  company: 'Company',
  person: 'Person',
  country: 'Country',
  model: 'Model',
  org: 'Organization',
  product: 'Product',
};

/** An entity by its id, name and other forms; the type is the one its id's prefix says. */
export function entitySpec(id: string, name: string, aliases: string[] = []): EntitySpec {
  const type = TYPE_BY_PREFIX[id.slice(0, id.indexOf(':'))];
  if (!type) throw new Error(`entitySpec: no entity type for the id ${id}`);
  return { id, type, name, aliases };
}

/** A relation read as it is written: source, type, target, then amount, currency or confidence. */
export function relationSpec(
  source: string,
  type: RelationType,
  target: string,
  more: Omit<RelationSpec, 'type' | 'source' | 'target'> = {},
): RelationSpec {
  return { type, source, target, ...more };
}

export const DEEPSEEK = entitySpec('company:deepseek', 'DeepSeek');
export const OPENAI = entitySpec('company:openai', 'OpenAI');
export const US = entitySpec('country:us', 'United States', ['US']);
export const CHINA = entitySpec('country:cn', 'China');

/** Two small articles about the same rivalry, for store tests. */
export const RIVALRY = extraction({
  source: 'news/rivalry.txt',
  publishedAt: '2025-01-28',
  text: 'DeepSeek now competes with OpenAI on reasoning. The US tightened export controls on China.',
  entities: [DEEPSEEK, OPENAI, US, CHINA],
  relations: [
    relationSpec('company:openai', 'COMPETES_WITH', 'company:deepseek'),
    relationSpec('country:us', 'REGULATES', 'country:cn'),
  ],
});

export const FUNDING = extraction({
  source: 'news/funding.txt',
  publishedAt: '2025-03-02',
  text: 'OpenAI raised money while DeepSeek stayed quiet. DeepSeek is a rival of OpenAI, analysts said.',
  entities: [DEEPSEEK, OPENAI],
  relations: [relationSpec('company:deepseek', 'COMPETES_WITH', 'company:openai')],
});
