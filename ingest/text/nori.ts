/**
 * The client of the Korean analyser process (ingest/text/nori/NoriServer.java): provisioned
 * like the Neo4j launcher (graph/jvm.ts), started on the first Korean text, reused for every
 * article of the run. Requests are pipelined: many texts can be in flight, answers come back
 * in order, so Node keeps extracting while Java analyses the next article.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type JvmApp, JvmError, javaTool, pomProperty, provisionJvm } from '../../graph/jvm.js';
import { refineKorean } from './korean-tags.js';
import type { Token } from './token.js';
import { userDictionary } from './user-dictionary.js';

const NORI_FOLDER = join('ingest', 'text', 'nori');
/** Written once, in ingest/text/nori/pom.xml (the Lucene version Neo4j ships). */
export const LUCENE_VERSION = pomProperty(NORI_FOLDER, 'lucene.version');

const NORI_APP: JvmApp = {
  label: `the Korean analyser (Lucene Nori ${LUCENE_VERSION})`,
  folder: NORI_FOLDER,
  main: 'NoriServer',
  cacheName: `nori-${LUCENE_VERSION}`,
};

export type NoriOptions = { env?: NodeJS.ProcessEnv; heap?: string };

/**
 * The morphemes of one reply as the process reports them, before the J/E tags are refined:
 * parallel arrays, so reading a reply allocates almost nothing per morpheme. `form` is set
 * only where the morpheme is not the text between its offsets.
 */
export type Morphemes = {
  length: number;
  start: Int32Array;
  end: Int32Array;
  tag: string[];
  form: (string | undefined)[];
};

type Pending = { text: string; resolve: (tokens: Token[]) => void; reject: (error: Error) => void };

export class NoriProcess {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly pending: Pending[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  private failure: Error | undefined;
  /** Nori's tag names by ordinal, the first frame the process sends. */
  private tags: string[] | undefined;
  private readonly killOnExit = () => this.child?.kill('SIGKILL');

  constructor(
    private readonly options: NoriOptions = {},
    private readonly onStart: (pid: number) => void = () => {},
  ) {}

  analyse(text: string): Promise<Token[]> {
    if (this.failure) return Promise.reject(this.failure);
    let child: ChildProcessWithoutNullStreams;
    try {
      child = this.child ?? this.start();
    } catch (error) {
      this.failure = error as Error;
      return Promise.reject(this.failure);
    }
    // one buffer per request: the length, then the UTF-8 text written in place
    const frame = Buffer.allocUnsafe(4 + Buffer.byteLength(text, 'utf8'));
    frame.writeUInt32BE(frame.length - 4, 0);
    frame.write(text, 4, 'utf8');
    return new Promise<Token[]>((resolve, reject) => {
      if (this.pending.length === 0) this.hold(true);
      this.pending.push({ text, resolve, reject });
      child.stdin.write(frame);
    });
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    process.off('exit', this.killOnExit);
    if (!child || child.exitCode !== null) return;
    // awaited: the idle process no longer keeps Node alive, so hold it while it winds down
    this.hold(true, child);
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.stdin.end();
    });
  }

  private start(): ChildProcessWithoutNullStreams {
    const env = this.options.env ?? process.env;
    const { classpath, cache } = provisionJvm(NORI_APP, env);
    const dictionary = writeUserDictionary(cache);
    const heap = this.options.heap ?? '256m';
    const child = spawn(
      javaTool('java', env),
      [`-Xmx${heap}`, '-XX:+UseSerialGC', '-cp', classpath, 'NoriServer', dictionary],
      { stdio: ['pipe', 'pipe', 'pipe'], env },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      stderr = (stderr + s).slice(-2000);
    });
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    child.on('error', (error) =>
      this.fail(
        new JvmError(
          `cannot start ${NORI_APP.label}: ${error.message}; install a JDK 17+ (java on PATH, or JAVA_HOME)`,
        ),
      ),
    );
    child.on('exit', (code, signal) => {
      if (this.child === child || this.pending.length)
        this.fail(
          new JvmError(
            `${NORI_APP.label} stopped (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').slice(-3).join(' ') || 'no message'}`,
          ),
        );
    });
    child.stdin.on('error', () => {}); // reported through 'exit' / 'error'
    process.on('exit', this.killOnExit);
    this.child = child;
    this.hold(false);
    if (child.pid) this.onStart(child.pid);
    return child;
  }

  /** Keeps Node alive while answers are awaited, and lets it exit when the process is idle. */
  private hold(busy: boolean, child = this.child): void {
    if (!child) return;
    const handles = [child, child.stdout, child.stderr, child.stdin] as { ref?: () => void; unref?: () => void }[];
    for (const h of handles) (busy ? h.ref : h.unref)?.call(h);
  }

  private fail(error: Error): void {
    this.failure = error;
    this.child = undefined;
    process.off('exit', this.killOnExit);
    for (const p of this.pending.splice(0)) p.reject(error);
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    while (this.buffered >= 4) {
      const data = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks);
      const length = data.readUInt32BE(0);
      if (data.length < 4 + length) {
        this.chunks = [data];
        return;
      }
      const frame = data.subarray(4, 4 + length);
      const rest = data.subarray(4 + length);
      this.chunks = rest.length ? [rest] : [];
      this.buffered = rest.length;
      if (!this.tags) {
        this.tags = frame.toString('latin1').split(',');
        continue;
      }
      const request = this.pending.shift();
      if (this.pending.length === 0) this.hold(false);
      if (!request) continue;
      try {
        request.resolve(refineKorean(request.text, readReply(frame, this.tags)));
      } catch (error) {
        request.reject(error as Error);
      }
    }
  }
}

/**
 * The user dictionary as a file named by its content: runs that start at the same time (jest
 * workers, parallel ingests) share it, and a half-written file is never read (write, then rename).
 */
function writeUserDictionary(cache: string): string {
  const text = `${userDictionary().join('\n')}\n`;
  const file = join(cache, `userdict-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.txt`);
  if (!existsSync(file)) {
    mkdirSync(cache, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  }
  return file;
}

/** A reply frame: morphemes of (int32 start, int32 end, uint8 tag, uint8 L, L UTF-16 units). */
export function readReply(frame: Buffer, tags: readonly string[]): Morphemes {
  const capacity = Math.ceil(frame.length / 10);
  const m: Morphemes = {
    length: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    tag: [],
    form: [],
  };
  let at = 0;
  while (at < frame.length) {
    if (at + 10 > frame.length) throw new JvmError(`${NORI_APP.label} sent a malformed reply`);
    const i = m.length++;
    m.start[i] = frame.readInt32BE(at);
    m.end[i] = frame.readInt32BE(at + 4);
    const tag = tags[frame[at + 8] as number];
    if (tag === undefined) throw new JvmError(`${NORI_APP.label} sent an unknown tag number ${frame[at + 8]}`);
    m.tag.push(tag);
    const units = frame[at + 9] as number;
    at += 10;
    if (units === 0) m.form.push(undefined);
    else {
      const codes: number[] = new Array(units);
      for (let k = 0; k < units; k++) codes[k] = frame.readUInt16BE(at + 2 * k);
      m.form.push(String.fromCharCode(...codes));
      at += 2 * units;
    }
  }
  return m;
}
