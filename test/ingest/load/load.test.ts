import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { expandInputs, InputError, loadInput } from '../../../ingest/load/index.js';
import { RawArticle } from '../../../ingest/types.js';

const KO = '중국 스타트업 딥시크가 오픈AI의 챗GPT에 맞먹는 모델을 공개했다.\n미국은 수출 규제를 강화했다.';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-load-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function causeOf(input: string, options?: { maxBytes?: number; timeoutMs?: number }): Promise<string> {
  try {
    await loadInput(input, options);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).input).toBe(input);
    return (e as InputError).message;
  }
  throw new Error('expected an InputError');
}

describe('encodings', () => {
  test.each([
    ['utf8.txt', Buffer.from(KO, 'utf8')],
    ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(KO, 'utf8')])],
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(KO, 'utf-16le')])],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(KO, 'utf-16be')])],
    ['utf16le-nobom.txt', iconv.encode(`Hello world. ${KO}`, 'utf-16le')],
    ['euckr.txt', iconv.encode(KO, 'euc-kr')],
    ['cp949.txt', iconv.encode(`${KO}\n똠방각하 샾`, 'cp949')],
  ])('%s decodes to the same text', async (name, bytes) => {
    const raw = RawArticle.parse(await loadInput(await put(name, bytes)));
    expect(raw.text).toContain(KO);
    expect(raw.format).toBe('txt');
    expect(raw.title).toBe(name === 'utf16le-nobom.txt' ? `Hello world. ${KO.split('\n')[0]}` : KO.split('\n')[0]);
  });
});

describe('bad input names its cause', () => {
  test('empty file', async () => {
    expect(await causeOf(await put('empty.txt', ''))).toBe('empty file');
  });
  test('binary file', async () => {
    expect(
      await causeOf(await put('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0x7f]))),
    ).toMatch(/binary/);
  });
  test('oversized file', async () => {
    const path = await put('big.txt', 'a'.repeat(3000));
    expect(await causeOf(path, { maxBytes: 1000 })).toMatch(/over the .* limit \(--max-size\)/);
  });
  test('bytes in no supported encoding', async () => {
    const latin1 = Buffer.from(
      'Caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise, d\xe9j\xe0 vu na\xefve \xe9t\xe9 '.repeat(5),
      'latin1',
    );
    expect(await causeOf(await put('latin1.txt', latin1))).toMatch(/not valid text in UTF-8, UTF-16 or EUC-KR/);
  });
  test('HTML without article text', async () => {
    const html =
      '<html><head><title>Login</title></head><body><nav><a href="/">Home</a></nav><script>var x=1</script></body></html>';
    expect(await causeOf(await put('empty.html', html))).toBe('HTML page has no article text');
  });
  test('missing file', async () => {
    expect(await causeOf(join(dir, 'nope.txt'))).toMatch(/no such file/);
  });
  test('unreachable URL (closed port on 127.0.0.1)', async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = createServer();
      srv.listen(0, '127.0.0.1', () => {
        const address = srv.address();
        srv.close(() => resolve(typeof address === 'object' && address ? address.port : 9));
      });
    });
    expect(await causeOf(`http://127.0.0.1:${port}/article.html`, { timeoutMs: 3000 })).toMatch(
      /^unreachable: .*ECONNREFUSED/,
    );
  });
});

describe('html and markdown', () => {
  test('readability finds the article, title and date', async () => {
    const para = '엔비디아는 새 AI 칩을 공개했다. 업계는 이 칩이 데이터센터 시장을 바꿀 것으로 본다. '.repeat(4);
    const html = `<html><head><title>칩 전쟁 | 예제 뉴스</title>
      <meta property="article:published_time" content="2025-02-01T08:30:00+09:00"></head>
      <body><nav>메뉴 홈 정치 경제</nav><article><h1>칩 전쟁</h1><p>${para}</p><p>${para}</p></article>
      <footer>무단 전재 금지</footer></body></html>`;
    const raw = await loadInput(await put('page.html', html));
    expect(raw.format).toBe('html');
    expect(raw.text).toContain('엔비디아는 새 AI 칩을 공개했다.');
    expect(raw.text).not.toContain('메뉴 홈');
    expect(raw.title).toMatch(/칩 전쟁/);
    expect(raw.publishedAt).toBe('2025-01-31T23:30:00.000Z');
  });
  test('JSON-LD date and EUC-KR html', async () => {
    const body = '<p>삼성전자가 새 반도체 공장에 대규모 투자를 발표했다. 회사는 생산 능력을 두 배로 늘린다.</p>'.repeat(
      3,
    );
    const html = `<html><head><meta charset="euc-kr"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-12-03"}</script></head><body><article>${body}</article></body></html>`;
    const raw = await loadInput(await put('euc.html', iconv.encode(html, 'euc-kr')));
    expect(raw.text).toContain('삼성전자가 새 반도체 공장에');
    expect(raw.publishedAt).toBe('2024-12-03');
  });
  test('markdown: title from the heading, date line', async () => {
    const raw = await loadInput(await put('a.md', '# 딥시크 쇼크\n\n2025-01-31\n\n본문이다.'));
    expect(raw.format).toBe('md');
    expect(raw.title).toBe('딥시크 쇼크');
    expect(raw.publishedAt).toBe('2025-01-31');
  });
});

describe('expandInputs', () => {
  test('folders recursively, article files only, sorted; URLs passed through', async () => {
    await mkdir(join(dir, 'tree', 'sub'), { recursive: true });
    await writeFile(join(dir, 'tree', 'b.txt'), 'b');
    await writeFile(join(dir, 'tree', 'a.md'), 'a');
    await writeFile(join(dir, 'tree', 'sub', 'c.html'), 'c');
    await writeFile(join(dir, 'tree', 'skip.png'), 'x');
    const list = await expandInputs([join(dir, 'tree'), 'https://example.com/x']);
    expect(list).toEqual([
      join(dir, 'tree', 'a.md'),
      join(dir, 'tree', 'b.txt'),
      join(dir, 'tree', 'sub', 'c.html'),
      'https://example.com/x',
    ]);
  });
  test('a missing path is an InputError', async () => {
    await expect(expandInputs([join(dir, 'missing')])).rejects.toBeInstanceOf(InputError);
  });
});
