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
import { type JvmApp, JvmError, javaTool, provisionJvm } from '../../graph/jvm.js';
import { refineKorean } from './korean-tags.js';
import type { Token } from './token.js';
import { userDictionary } from './user-dictionary.js';

export const LUCENE_VERSION = '9.11.1';

const NORI_APP: JvmApp = {
  label: `the Korean analyser (Lucene Nori ${LUCENE_VERSION})`,
  folder: join('ingest', 'text', 'nori'),
  main: 'NoriServer',
  cacheName: `nori-${LUCENE_VERSION}`,
};

export type NoriOptions = { env?: NodeJS.ProcessEnv; heap?: string };

/** A raw morpheme as the process reports it, before the J/E tags are refined. */
export type RawMorpheme = { start: number; end: number; tag: string; form: string };

type Pending = { text: string; resolve: (tokens: Token[]) => void; reject: (error: Error) => void };

export class NoriProcess {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly pending: Pending[] = [];
  private chunks: Buffer[] = [];
  private buffered = 0;
  private failure: Error | undefined;
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
    const body = Buffer.from(text, 'utf8');
    const head = Buffer.alloc(4);
    head.writeUInt32BE(body.length);
    return new Promise<Token[]>((resolve, reject) => {
      if (this.pending.length === 0) this.hold(true);
      this.pending.push({ text, resolve, reject });
      child.stdin.write(head);
      child.stdin.write(body);
    });
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    process.off('exit', this.killOnExit);
    if (!child || child.exitCode !== null) return;
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
  private hold(busy: boolean): void {
    const child = this.child;
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
      const payload = data.toString('utf8', 4, 4 + length);
      const rest = data.subarray(4 + length);
      this.chunks = rest.length ? [rest] : [];
      this.buffered = rest.length;
      const request = this.pending.shift();
      if (this.pending.length === 0) this.hold(false);
      if (!request) continue;
      try {
        request.resolve(refineKorean(request.text, parseReply(payload)));
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

/** "start\tend\tTAG\tform\n" lines; an empty form means the text between the offsets. */
export function parseReply(payload: string): RawMorpheme[] {
  const out: RawMorpheme[] = [];
  let i = 0;
  while (i < payload.length) {
    const a = payload.indexOf('\t', i);
    const b = payload.indexOf('\t', a + 1);
    const c = payload.indexOf('\t', b + 1);
    const nl = payload.indexOf('\n', c + 1);
    if (a < 0 || b < 0 || c < 0 || nl < 0) throw new JvmError(`${NORI_APP.label} sent a malformed reply`);
    out.push({
      start: Number(payload.slice(i, a)),
      end: Number(payload.slice(a + 1, b)),
      tag: payload.slice(b + 1, c),
      form: payload.slice(c + 1, nl),
    });
    i = nl + 1;
  }
  return out;
}
