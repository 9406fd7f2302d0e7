/**
 * WORKS_FOR from a bare company title in an article about one company: "CEO Jane Doe said the
 * company …", "리앙 원펑 창업자는 …" in a story whose subject is that startup. News names the
 * employer once and then writes only the title; a reader takes the person to work for the
 * company the article is about. Only a person no other rule has placed, with a title that only a
 * company gives (no minister, professor, analyst), and only when one company clearly dominates
 * the article. Runs once per article, after the sentence rules.
 */

import { type Doc, sentenceAt } from '../doc.js';
import { entityInfo } from '../lexicon.js';
import type { RelationHit } from '../types.js';

/** Titles a company gives: chief officers, founders, presidents of a firm. */
const COMPANY_TITLE_KO =
  '(?:대표이사|공동대표|대표|최고경영자|최고[가-힣A-Z]{1,4}책임자|공동\\s?창업자|창업자|창립자|설립자|CEO|CTO|CFO|COO|CSO|CPO)';
const COMPANY_TITLE_EN =
  '(?:CEO|CTO|CFO|COO|chief executive(?: officer)?|chief (?:technology|operating|financial|product|scientific) officer|co-?founder|founder|VP|vice president)';
/** The title right after the name ("리앙 원펑 창업자는", "Jane Doe, the CEO,") or right before it ("공동창업자 그렉 브록만", "CEO Jane Doe"). */
const AFTER_KO = new RegExp(`^\\s*(?:\\([^()]{1,30}\\)\\s*)?${COMPANY_TITLE_KO}(?:\\s*\\([A-Za-z]+\\))?(?![가-힣]{2})`);
// before the title no name (that would be an employer the lexicon missed: "런다운AI 창업자 X")
const BEFORE_KO = new RegExp(
  `(?:^|[.,"'“”‘’·]\\s*|(?:또|또한|다른|한편|이어|특히|회사|이날|이에|함께|당시)\\s+)${COMPANY_TITLE_KO}(?:\\s*\\([A-Za-z]+\\))?\\s+$`,
);
const AFTER_EN = new RegExp(
  `^,\\s+(?:the|its|a)\\s+(?:company['’]s\\s+|startup['’]s\\s+|firm['’]s\\s+)?${COMPANY_TITLE_EN}\\b`,
);
const BEFORE_EN = new RegExp(`(?:^|[.,;:"“”]\\s*|\\b[a-z]+\\s+)${COMPANY_TITLE_EN}\\s+$`);

/** The company the article is about: named at least three times and half again as often as any other. */
function topicCompany(doc: Doc): string | undefined {
  const count = new Map<string, number>();
  for (const h of doc.hits) if (h.type === 'Company') count.set(h.id, (count.get(h.id) ?? 0) + 1);
  const [first, second] = [...count.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 3 || (second && first[1] < 1.5 * second[1])) return undefined;
  return first[0];
}

export function topicEmployers(doc: Doc, out: RelationHit[]): void {
  const topic = topicCompany(doc);
  if (!topic) return;
  const placed = new Set(out.filter((r) => r.type === 'WORKS_FOR').map((r) => r.source));
  const { text } = doc;
  const ko = doc.lang === 'ko';
  for (const h of doc.hits) {
    if (h.type !== 'Person' || placed.has(h.id)) continue;
    const known = entityInfo(h.id)?.employer ?? doc.entities.get(h.id)?.employer;
    if (known && known !== topic) continue;
    const sentence = sentenceAt(doc, h.start);
    const from = Math.max(doc.sentences[sentence]?.start ?? 0, h.start - 30);
    const after = text.slice(h.end, h.end + 40);
    // a window cut inside the sentence opens on a sentinel, so that ^ is the sentence's start only
    const before = (from === (doc.sentences[sentence]?.start ?? 0) ? '' : 'X') + text.slice(from, h.start);
    if (!(ko ? AFTER_KO.test(after) || BEFORE_KO.test(before) : AFTER_EN.test(after) || BEFORE_EN.test(before)))
      continue;
    placed.add(h.id);
    out.push({ type: 'WORKS_FOR', source: h.id, target: topic, confidence: 0.55, sentence: Math.max(0, sentence) });
  }
}
