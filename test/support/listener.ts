/**
 * A tiny HTTP listener on 127.0.0.1 that records every request it gets: the witness that a
 * refused statement (LOAD CSV, apoc.load.*) never made Neo4j reach out to the network.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Listener = { url: string; requests: { url: string; userAgent: string }[]; close: () => Promise<void> };

export async function startListener(): Promise<Listener> {
  const requests: Listener['requests'] = [];
  const server = createServer((req: IncomingMessage, res) => {
    requests.push({ url: req.url ?? '', userAgent: req.headers['user-agent'] ?? '' });
    res.writeHead(200, { 'Content-Type': 'text/csv' });
    res.end('a,b\n1,2\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
