/** graph/bolt-chunks.ts: the driver cuts a large message into few chunks of up to 64 KB, framed as Bolt requires. */
import { createRequire } from 'node:module';
import { BOLT_CHUNK_BYTES, LARGE_BOLT_CHUNKS } from '../../graph/bolt-chunks.js';

type Chunker = { putUInt8(position: number, value: number): void; messageBoundary(): void; flush(): void };
const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
const { channel } = fromDriver('neo4j-driver-bolt-connection') as {
  channel: { Chunker: new (ch: { write(b: { _buffer: Buffer }): void }) => Chunker };
};

test('a 200 KB message goes to the socket in four writes, and its chunks join to the same bytes', () => {
  expect(LARGE_BOLT_CHUNKS).toBe(true);
  const writes: Buffer[] = [];
  const chunker = new channel.Chunker({ write: (b) => writes.push(Buffer.from(b._buffer)) });
  const message = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7) % 251));
  for (const byte of message) chunker.putUInt8(0, byte);
  chunker.messageBoundary();
  chunker.flush();
  // The driver's own 1,400-byte chunks took 144 writes for this.
  expect(writes.length).toBe(4);
  const stream = Buffer.concat(writes);
  const body: Buffer[] = [];
  let at = 0;
  for (;;) {
    const size = stream.readUInt16BE(at);
    at += 2;
    if (size === 0) break;
    expect(size).toBeLessThanOrEqual(BOLT_CHUNK_BYTES);
    body.push(stream.subarray(at, at + size));
    at += size;
  }
  expect(at).toBe(stream.length);
  expect(Buffer.concat(body).equals(message)).toBe(true);
});
