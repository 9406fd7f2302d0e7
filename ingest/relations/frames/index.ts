/**
 * Loads the frame files (LANG/words.json and one file per relation, LANG/competes|regulates|
 * invests.json, beside this module), validates them against the schema once, and compiles each frame's predicate words, light verb and exclusions into the
 * regular expressions the engine runs. Adding a frame is a data change.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../../../graph/model.js';
import { alt } from '../../entities/discover-shared.js';
import { type Frame, FrameFile, FrameGroup, FrameWords } from './schema.js';

export interface CompiledFrame extends Omit<Frame, 'light' | 'before' | 'notAfter' | 'unless' | 'context'> {
  light?: RegExp;
  before?: RegExp;
  notAfter?: RegExp;
  unless?: RegExp;
  context?: RegExp;
  prepRe?: RegExp;
}
export interface CompiledFile {
  lang: Lang;
  frames: CompiledFrame[];
  negateRe: RegExp;
  hedgeRe: RegExp;
  actorsRe: RegExp;
}

/** The frame files live in ingest/relations/frames/ (also when running from dist/). */
function frameDir(): URL {
  for (const rel of ['./', '../../../../ingest/relations/frames/']) {
    const url = new URL(rel, import.meta.url);
    try {
      readFileSync(new URL('ko/words.json', url));
      return url;
    } catch {}
  }
  throw new Error('ingest/relations/frames/LANG/*.json not found');
}

/** The relations' files in the order their frames are tried. */
const GROUPS = ['competes', 'regulates', 'invests'] as const;

function readJson(dir: URL, file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
}

/** One language's frame files, checked one by one (an error names the file), as one FrameFile. */
function loadLang(dir: URL, lang: Lang): FrameFile {
  const parse = <T>(file: string, schema: { parse: (x: unknown) => T }): T => {
    try {
      return schema.parse(readJson(dir, `${lang}/${file}`));
    } catch (e) {
      throw new Error(`ingest/relations/frames/${lang}/${file}: ${(e as Error).message}`);
    }
  };
  const words = parse('words.json', FrameWords);
  const frames = GROUPS.flatMap((g) => parse(`${g}.json`, FrameGroup).frames);
  return FrameFile.parse({ ...words, frames });
}

/**
 * What a frame's predicate words match, as one expression: the specification the one-pass
 * trigger scan (triggers.ts) implements, and the reference its test compares it with. In English
 * a word stands alone, and "-backed" is glued to the name before it ("Microsoft-backed").
 */
export function predicatePattern(lang: Lang, w: string[]): string {
  if (lang !== 'en') return `(?:${alt(w)})`;
  const glued = w.filter((x) => x.startsWith('-')).map((x) => x.toLowerCase());
  const free = w.filter((x) => !x.startsWith('-')).map((x) => x.toLowerCase());
  const parts = [
    ...(free.length ? [`(?<![A-Za-z-])(?:${alt(free)})`] : []),
    ...(glued.length ? [`(?<=[A-Za-z0-9])(?:${alt(glued)})`] : []),
  ];
  return `(?:${parts.join('|')})(?![A-Za-z])`;
}

export function compile(file: FrameFile): CompiledFile {
  const en = file.lang === 'en';
  return {
    lang: file.lang,
    negateRe: en ? new RegExp(`\\b(?:${alt(file.negate)})\\b`, 'i') : new RegExp(alt(file.negate)),
    hedgeRe: en ? new RegExp(`\\b(?:${alt(file.hedge)})\\b`, 'i') : new RegExp(alt(file.hedge)),
    // never matches when the language lists no actor nouns
    actorsRe: new RegExp(file.actors.length ? `^\\s*(?:${alt(file.actors)})` : '(?!)'),
    frames: file.frames.map((f) => ({
      ...f,
      ...(f.light ? { light: new RegExp(`^(?:${f.light})`) } : {}),
      ...(f.before ? { before: new RegExp(`(?:${f.before})$`) } : {}),
      ...(f.notAfter ? { notAfter: new RegExp(`(?:${f.notAfter})$`) } : {}),
      ...(f.unless ? { unless: new RegExp(`^(?:${f.unless})`) } : {}),
      ...(f.context ? { context: new RegExp(f.context) } : {}),
      ...(f.prep ? { prepRe: new RegExp(`\\b(?:${f.prep})\\s+`, 'g') } : {}),
    })) as CompiledFrame[],
  };
}

const DIR = frameDir();
export const FRAME_FILES: Record<Lang, FrameFile> = {
  ko: loadLang(DIR, 'ko'),
  en: loadLang(DIR, 'en'),
};
export const FRAMES: Record<Lang, CompiledFile> = { ko: compile(FRAME_FILES.ko), en: compile(FRAME_FILES.en) };
