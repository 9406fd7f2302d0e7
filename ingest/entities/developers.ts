/**
 * Same name, different entity: a model's id comes from the developer the text states, before
 * any lexicon default. "아크로봇이 개발한 R1", "아크로봇의 R1", "Arcrobot's R1", "R1, developed
 * by Arcrobot" name Arcrobot's R1 (model:arcrobot/r1), not DeepSeek's; a developer no lexicon
 * has becomes a company when the analysis makes it a proper noun. An unqualified mention takes
 * the developer its last qualified mention stated, unless the lexicon's developer is itself named
 * in the article ("R1" in a DeepSeek story is DeepSeek's). Searches look a fixed window around
 * each model mention.
 */
import type { Doc } from '../doc.js';
import { tokensIn } from '../doc.js';
import { entityInfo, GRAMMAR } from '../lexicon.js';
import type { MentionHit } from '../types.js';
import { newEntity, STOP_KO } from './discover-shared.js';
import { addEntity } from './match.js';

const KO_MADE_BY =
  /([가-힣A-Za-z][가-힣A-Za-z0-9]{0,14}?)(?:이|가|은|는|에서)?\s+(?:자체\s+)?(?:개발한|만든|내놓은|공개한|출시한|선보인)\s*['"]?$/;
const KO_OWNER = /([가-힣A-Za-z][가-힣A-Za-z0-9]{0,14}?)의\s+(?:새\s+|신규\s+|최신\s+)?(?:AI\s+)?(?:모델\s+)?['"]?$/;
const EN_OWNER = /([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})'s\s+(?:new\s+|latest\s+)?(?:AI\s+)?(?:model\s+)?$/;
const EN_BY = /^,?\s+(?:developed|built|made|released|created|trained)\s+by\s+([A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})/;

const isMaker = (h: MentionHit) => h.type === 'Company' || h.type === 'Organization';

/** The developer stated next to a model mention: [start, end) of its name, or undefined. */
function statedAt(doc: Doc, h: MentionHit): { start: number; end: number } | undefined {
  const from = Math.max(0, h.start - 40);
  const left = doc.text.slice(from, h.start);
  const m = doc.lang === 'ko' ? (KO_MADE_BY.exec(left) ?? KO_OWNER.exec(left)) : EN_OWNER.exec(left);
  if (m?.[1]) {
    const start = from + (m.index ?? 0);
    return { start, end: start + m[1].length };
  }
  if (doc.lang === 'en') {
    const r = EN_BY.exec(doc.text.slice(h.end, h.end + 60));
    if (r?.[1]) {
      const start = h.end + r[0].length - r[1].length;
      return { start, end: start + r[1].length };
    }
  }
  return undefined;
}

const COMMON_KO = new Set([...GRAMMAR.commonNounsKo, ...GRAMMAR.companyDescriptorsKo, ...STOP_KO]);

/**
 * A Korean name no dictionary has: proper nouns and letters, or a word the 2018 dictionary can
 * only cut into pieces (아크로봇 → 아크/로/봇); one known common noun (회사, 연구진) is no name.
 */
function properKo(doc: Doc, start: number, end: number, name: string): boolean {
  if (COMMON_KO.has(name)) return false;
  const toks = tokensIn(doc, start, end);
  if (toks.every((t) => t.pos === 'NNP' || t.pos === 'SL' || t.pos === 'SN')) return toks.length > 0;
  return toks.length > 1 && toks.every((t) => t.end <= end);
}

/** The company named at [start, end): a mention there, or a proper noun made a new company. */
function developerAt(doc: Doc, span: { start: number; end: number }, hits: MentionHit[]): MentionHit | undefined {
  const known = hits.find((x) => x.start <= span.start + 1 && x.end >= span.end - 1 && x.end > span.start);
  if (known) return isMaker(known) ? known : undefined;
  if (hits.some((x) => x.start < span.end && span.start < x.end)) return undefined;
  const name = doc.text.slice(span.start, span.end);
  const proper = doc.lang === 'en' ? /^[A-Z]/.test(name) : properKo(doc, span.start, span.end, name);
  if (!proper) return undefined;
  const info = addEntity(doc, newEntity('Company', name));
  return { start: span.start, end: span.end, id: info.id, type: 'Company', how: 'discovered' };
}

/** Re-keys model mentions by their stated developer; returns the mentions (new developers added). */
export function statedDevelopers(doc: Doc, hits: MentionHit[]): MentionHit[] {
  const added: MentionHit[] = [];
  const lastStated = new Map<string, string>();
  const named = new Set(hits.map((h) => h.id));
  for (const h of hits) {
    if (h.type !== 'Model') continue;
    const lexical = entityInfo(h.id);
    const dflt = lexical?.developer;
    if (!lexical || !dflt) continue;
    const surface = doc.text.slice(h.start, h.end);
    const span = statedAt(doc, h);
    const dev = span ? developerAt(doc, span, [...hits, ...added]) : undefined;
    if (dev && !hits.includes(dev) && !added.some((a) => a.start === dev.start)) added.push(dev);
    let developer = dev?.id;
    if (developer) lastStated.set(lexical.id, developer);
    // an unqualified mention: the developer its last qualified mention stated, unless the
    // lexicon's developer is named in the article
    else if (!named.has(dflt)) developer = lastStated.get(lexical.id);
    if (!developer || developer === dflt || entityInfo(developer)?.id === dflt) continue;
    const own = newEntity('Model', surface, { developer });
    const info = addEntity(doc, { ...own, ko: [...new Set([...own.ko])], en: [...new Set([...own.en])] });
    h.id = info.id;
  }
  if (!added.length) return hits;
  return [...hits, ...added].sort((a, b) => a.start - b.start);
}
