/**
 * A raw HTTP request to a local server: node:http sends any Host, Origin or body a hostile
 * client would, where fetch() refuses to forge them. Used by the viewer's API and guard tests.
 */
import { request } from 'node:http';

export type Reply = { status: number; body: string };

export function rawRequest(
  baseUrl: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  const { port } = new URL(baseUrl);
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
