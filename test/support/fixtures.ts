/**
 * Builds extractions by hand, as plain data, so the store is tested apart from the extractor:
 * entities are found in the text by their surface forms and relations cite the sentence.
 */
import { createHash } from 'node:crypto';
import type { EntityType, Extraction, RelationType } from '../../graph/model.js';

export type EntitySpec = { id: string; type: EntityType; name: string; aliases?: string[] };
type RelationSpec = {
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

export const DEEPSEEK: EntitySpec = { id: 'company:deepseek', type: 'Company', name: 'DeepSeek', aliases: [] };
export const OPENAI: EntitySpec = { id: 'company:openai', type: 'Company', name: 'OpenAI', aliases: [] };
export const US: EntitySpec = { id: 'country:us', type: 'Country', name: 'United States', aliases: ['US'] };
export const CHINA: EntitySpec = { id: 'country:cn', type: 'Country', name: 'China', aliases: [] };

/** Two small articles about the same rivalry, for store tests. */
export const RIVALRY = extraction({
  source: 'news/rivalry.txt',
  publishedAt: '2025-01-28',
  text: 'DeepSeek now competes with OpenAI on reasoning. The US tightened export controls on China.',
  entities: [DEEPSEEK, OPENAI, US, CHINA],
  relations: [
    { type: 'COMPETES_WITH', source: 'company:openai', target: 'company:deepseek' },
    { type: 'REGULATES', source: 'country:us', target: 'country:cn' },
  ],
});

export const FUNDING = extraction({
  source: 'news/funding.txt',
  publishedAt: '2025-03-02',
  text: 'OpenAI raised money while DeepSeek stayed quiet. DeepSeek is a rival of OpenAI, analysts said.',
  entities: [DEEPSEEK, OPENAI],
  relations: [{ type: 'COMPETES_WITH', source: 'company:deepseek', target: 'company:openai' }],
});
