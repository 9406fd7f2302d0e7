/**
 * Bolt chunks of 64 KB instead of the driver's 1,400 bytes. neo4j-driver cuts every message
 * into chunks of at most 1,400 bytes and hands each to the socket as its own write: a chunk
 * of 64 news articles is ~1.7 MB of parameters, so ~1,200 write calls in Node and as many
 * chunks for Neo4j's network thread to read and join. Profiled (bench/chunk-profile.ts,
 * `node --cpu-prof`), the socket writes alone were the largest single item of the writer's
 * Node CPU. Bolt allows chunks up to 65,535 bytes; the driver has no setting for it, so its
 * Chunker's buffer is enlarged on first use. Should a driver version change those internals,
 * nothing is patched and the driver's own chunks are used (`LARGE_BOLT_CHUNKS` tells which).
 */
import { createRequire } from 'node:module';

/** The largest chunk Bolt's two-byte length header can carry. */
export const BOLT_CHUNK_BYTES = 65_535;

type Buffer = { position: number };
type Chunker = { _bufferSize: number; _buffer: Buffer | null; _ensure(size: number): void };
type Channel = { Chunker?: { prototype: Chunker }; alloc?: (size: number) => Buffer };

function install(): boolean {
  try {
    // The driver's own copy of its connection package, wherever npm placed it.
    const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
    const channel = (fromDriver('neo4j-driver-bolt-connection') as { channel?: Channel }).channel;
    const proto = channel?.Chunker?.prototype;
    const alloc = channel?.alloc;
    if (!proto || !alloc || typeof proto._ensure !== 'function') return false;
    const ensure = proto._ensure;
    if ((ensure as { large?: boolean }).large) return true;
    const large = function (this: Chunker, size: number) {
      // Only before the first byte, so a chunk in progress is never moved.
      if (this._bufferSize < BOLT_CHUNK_BYTES && this._buffer?.position === 0) {
        this._bufferSize = BOLT_CHUNK_BYTES;
        this._buffer = alloc(BOLT_CHUNK_BYTES);
      }
      ensure.call(this, size);
    };
    proto._ensure = Object.assign(large, { large: true });
    return true;
  } catch {
    return false;
  }
}

/** Whether the driver now writes chunks of up to BOLT_CHUNK_BYTES. */
export const LARGE_BOLT_CHUNKS = install();
