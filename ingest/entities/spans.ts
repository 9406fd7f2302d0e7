/**
 * Lookups over many text spans (mentions, candidates) without scanning them all each time,
 * so the entity stages stay linear in the length of the input: a 4 MB feed has thousands of
 * mentions, and "does anything overlap here?" asked once per candidate over every mention
 * made extraction quadratic (issue 14).
 */
export type Span = { start: number; end: number };

/** First index in `sorted` (ascending by key) whose key is >= value. */
export function lowerBound<T>(sorted: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Entry<T> = { span: T; order: number };
const byEntryStart = (e: Entry<Span>) => e.span.start;

/** A fixed set of spans, sorted once; each query looks only at spans near the asked range. */
export class SpanIndex<T extends Span> {
  private readonly byStart: Entry<T>[];
  private readonly longest: number;

  constructor(spans: readonly T[]) {
    const byStart: Entry<T>[] = new Array(spans.length);
    let sorted = true;
    let longest = 0;
    for (let order = 0; order < spans.length; order++) {
      const span = spans[order] as T;
      byStart[order] = { span, order };
      if (span.end - span.start > longest) longest = span.end - span.start;
      if (order > 0 && span.start < (spans[order - 1] as T).start) sorted = false;
    }
    // most span lists arrive sorted by start already: the (stable) sort would leave them as they are
    this.byStart = sorted ? byStart : byStart.sort((a, b) => a.span.start - b.span.start);
    this.longest = longest;
  }

  /** Spans overlapping [start, end), in the order they were given. */
  overlapping(start: number, end: number): T[] {
    const found: Entry<T>[] = [];
    let inOrder = true;
    // a span overlapping the range starts before `end` and no earlier than start - longest
    for (let i = lowerBound(this.byStart, start - this.longest, byEntryStart); i < this.byStart.length; i++) {
      const entry = this.byStart[i] as Entry<T>;
      if (entry.span.start >= end) break;
      if (entry.span.end > start) {
        if (found.length > 0 && entry.order < (found[found.length - 1] as Entry<T>).order) inOrder = false;
        found.push(entry);
      }
    }
    if (!inOrder) found.sort((a, b) => a.order - b.order);
    const spans: T[] = new Array(found.length);
    for (let k = 0; k < found.length; k++) spans[k] = (found[k] as Entry<T>).span;
    return spans;
  }

  /** True when some span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    for (let i = lowerBound(this.byStart, start - this.longest, byEntryStart); i < this.byStart.length; i++) {
      const entry = this.byStart[i] as Entry<T>;
      if (entry.span.start >= end) return false;
      if (entry.span.end > start) return true;
    }
    return false;
  }
}

/** Character positions already taken by kept spans, for first-come overlap checks in O(span length). */
export class Occupancy {
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }

  /** Takes [start, end) unless any of it is taken already; says whether it did. */
  claim(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    this.taken.fill(1, start, end);
    return true;
  }
}

/** Up to this many names, one native `indexOf` loop per name beats the one-pass scan. */
const FEW_NAMES = 24;

/** `occurrences` for a few names: already in (name, position) order, overlapping matches included. */
function occurrencesByIndexOf(text: string, names: readonly string[]): { name: number; at: number }[] {
  const found: { name: number; at: number }[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    if (name.length < 1) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) found.push({ name: i, at });
  }
  return found;
}

/**
 * Every occurrence of many names in one text in one pass (names grouped by their first two
 * characters), in the order a loop of `indexOf` per name would give them: by name, then position.
 */
export function occurrences(text: string, names: readonly string[]): { name: number; at: number }[] {
  if (names.length <= FEW_NAMES) return occurrencesByIndexOf(text, names);
  // keyed by the first two UTF-16 code units as one number, so the scan allocates nothing
  const byPrefix = new Map<number, number[]>();
  const byChar = new Map<number, number[]>();
  names.forEach((name, i) => {
    if (name.length < 1) return;
    const groups = name.length === 1 ? byChar : byPrefix;
    const key = name.length === 1 ? name.charCodeAt(0) : name.charCodeAt(0) * 65536 + name.charCodeAt(1);
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const found: { name: number; at: number }[] = [];
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    const two = byPrefix.size && at + 1 < text.length ? byPrefix.get(c * 65536 + text.charCodeAt(at + 1)) : undefined;
    if (two) for (const i of two) if (text.startsWith(names[i] as string, at)) found.push({ name: i, at });
    const one = byChar.size ? byChar.get(c) : undefined;
    if (one) for (const i of one) found.push({ name: i, at });
  }
  return found.sort((a, b) => a.name - b.name || a.at - b.at);
}

const indexes = new WeakMap<readonly Span[], { length: number; index: SpanIndex<Span> }>();

/** The index of an array of spans, built on first use and again only if the array has grown. */
export function spanIndex<T extends Span>(spans: readonly T[]): SpanIndex<T> {
  const cached = indexes.get(spans);
  if (cached && cached.length === spans.length) return cached.index as unknown as SpanIndex<T>;
  const index = new SpanIndex(spans);
  indexes.set(spans, { length: spans.length, index: index as unknown as SpanIndex<Span> });
  return index;
}

/** The spans that start exactly at `pos`, in array order. */
export function startingAt<T extends Span>(spans: readonly T[], pos: number): T[] {
  return spanIndex(spans)
    .overlapping(pos, pos + 1)
    .filter((s) => s.start === pos);
}
