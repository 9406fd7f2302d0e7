/**
 * The viewer end to end: real headless Chromium (playwright-core) against the real Neo4j.
 * The overview of the top entities, expand and collapse, the URL restoring a view, search →
 * panel with evidence, edge click → its sentence, filters, Cypher, XSS, Neo4j down, and a
 * stale overview drawn at once and brought up to date in place.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../bench/chromium.js';
import { type Graph, openGraph } from '../../graph/driver.js';
import { writeExtraction } from '../../graph/write.js';
import { buildApp } from '../../viewer/build.js';
import { diskCache, type Kept } from '../../viewer/cache.js';
import { startViewer, type Viewer } from '../../viewer/server.js';
import { OverviewQuery, type OverviewReply } from '../../viewer/shared.js';
import { overviewScope } from '../../viewer/store.js';
import { extraction } from '../support/fixtures.js';
import { emptyGraph, openTestGraph } from '../support/graph.js';
import { freePort } from '../support/server.js';
import { writeViewerFixtures, XSS_IMG, XSS_NAME, XSS_SCRIPT } from './fixtures.js';
import { labelsOverDiscs, overlappingLabels } from './labels.js';
import { countPixels, decodePng } from './png.js';

let g: Graph;
let viewer: Viewer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  await buildApp({ minify: false });
  g = await openTestGraph();
  await emptyGraph(g);
  await writeViewerFixtures(g);
  // Nothing kept on disk: every view here is of the graph as the test wrote it.
  viewer = await startViewer({ g, port: 0, cacheDir: false });
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await viewer?.close();
  await g?.driver.close();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterEach(async () => {
  await page.close();
  expect(pageErrors).toEqual([]);
});

async function open(query = ''): Promise<void> {
  await page.goto(new URL(query, viewer.url).href);
  await page.waitForFunction(() => window.__kg?.ready === true);
}
const nodes = () => page.evaluate(() => window.__kg.view.graph.nodes().sort());

/** Clicks a node where sigma draws it. */
async function clickNode(id: string): Promise<void> {
  await page.waitForFunction(() => !window.__kg.view.settler.running); // new nodes settle first
  await page.waitForTimeout(500); // and the camera stops
  const point = await page.evaluate((n) => {
    const { sigma, graph } = window.__kg.view;
    return sigma.graphToViewport(graph.getNodeAttributes(n));
  }, id);
  const box = await page.locator('#graph').boundingBox();
  await page.mouse.click((box?.x ?? 0) + point.x, (box?.y ?? 0) + point.y);
}

/** Waits until the graph has reloaded after a filter change. */
async function reloaded(before: number): Promise<void> {
  await page.waitForFunction((n) => window.__kg.loads > n, before);
}
const loads = () => page.evaluate(() => window.__kg.loads);

async function graphShot(): Promise<ReturnType<typeof decodePng>> {
  await page.waitForTimeout(300); // let the camera settle and labels draw
  return decodePng(await page.locator('#graph').screenshot());
}

test('the overview shows the top entities with Korean and English labels and counts what is hidden', async () => {
  await open('?top=3');
  // By degree: OpenAI (4), then DeepSeek and China (2 each).
  expect(await nodes()).toEqual(['company:deepseek', 'company:openai', 'country:cn']);
  const image = await graphShot();
  expect(countPixels(image, [255, 255, 255], 30, true)).toBeGreaterThan(1_000);
  const drawn = await page.evaluate(() => window.__kg.labelBoxes().map((b) => b.label));
  expect(drawn).toEqual(expect.arrayContaining(['오픈AI · OpenAI', '딥시크 · DeepSeek', '중국 · China']));
  await expect(page.locator('#status').textContent()).resolves.toMatch(
    /^3 of 9 entities shown · 6 hidden · 2 of 7 relations/,
  );

  const before = await loads();
  await page.selectOption('#top', '50');
  await reloaded(before);
  expect(await nodes()).toHaveLength(9);
  await expect(page.locator('#status').textContent()).resolves.toMatch(/^9 of 9 entities shown · 0 hidden/);
  expect(new URL(page.url()).searchParams.get('top')).toBe('50');
  mkdirSync('test/artifacts', { recursive: true });
  await page.waitForTimeout(300);
  writeFileSync('test/artifacts/viewer.png', await page.screenshot());
});

test('no two drawn labels overlap, nor runs across another node, also zoomed out', async () => {
  await open();
  // Zoomed out, the nine entities crowd together and fewer labels fit.
  for (const [ratio, least] of [
    [1, 5],
    [2, 2],
  ] as const) {
    await page.evaluate((r) => window.__kg.view.sigma.getCamera().setState({ ratio: r }), ratio);
    await page.waitForTimeout(200);
    const boxes = await page.evaluate(() => window.__kg.labelBoxes());
    expect(boxes.length).toBeGreaterThanOrEqual(least);
    expect(overlappingLabels(boxes)).toEqual([]);
    // Every drawn node's disc (nine of them), and no label box that one of the others touches.
    const discs = await page.evaluate(() => window.__kg.labelDiscs());
    expect(discs).toHaveLength(9);
    // a label may cross discs only on its white plate
    expect(labelsOverDiscs(boxes, discs, true)).toEqual([]);
  }
});

test('the header stays one row with two neighbourhoods expanded, also in a narrow window', async () => {
  for (const width of [1400, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    await open('?top=2');
    const height = () => page.evaluate(() => document.querySelector('header')?.getBoundingClientRect().height ?? 0);
    const oneRow = await height();
    await page.evaluate(() => window.__kg.toggle('company:openai'));
    await page.evaluate(() => window.__kg.toggle('company:deepseek'));
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('2 expanded'));
    expect(await height()).toBe(oneRow);
    // Every control sits on the same line, and the status line is whole in its title.
    const tops = await page.evaluate(() =>
      [...document.querySelectorAll('header > *')].map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
    // One line of 14 px text is about 20 px high; a wrapped status line would be twice that.
    const line = await page.evaluate(() => document.querySelector('#status')?.getBoundingClientRect().height ?? 0);
    expect(line).toBeLessThan(30);
    await expect(page.locator('#status').getAttribute('title')).resolves.toMatch(
      /^\d+ of 9 entities shown · \d+ hidden · \d+ of 7 relations · 2 expanded \(\d+ neighbours\)$/,
    );
  }
});

test('click a node, expand its neighbourhood (the camera follows), collapse it again', async () => {
  await open('?top=2');
  expect(await nodes()).toEqual(['company:deepseek', 'company:openai']);
  await clickNode('company:openai');
  const expand = page.locator('#panel button[data-expand="company:openai"]');
  await expect(expand.textContent()).resolves.toBe('Expand neighbours');
  const camera = () => page.evaluate(() => window.__kg.view.sigma.getCamera().getState());
  const before = await camera();
  await expand.click();
  // The expansion is drawn before the URL and the status follow: wait for the status line.
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('1 expanded'));
  expect(await nodes()).toEqual([
    'company:acme',
    'company:deepseek',
    'company:microsoft',
    'company:openai',
    'model:openai/gpt-4o',
  ]);
  expect(new URL(page.url()).searchParams.get('exp')).toBe('company:openai');
  await page.waitForTimeout(600);
  expect(await camera()).not.toEqual(before);
  await expect(page.locator('#status').textContent()).resolves.toContain('1 expanded (4 neighbours)');
  // Placed and settled near OpenAI, not on top of each other.
  const spots = await page.evaluate(() =>
    window.__kg.view.graph.mapNodes((_n, a) => `${a.x.toFixed(2)},${a.y.toFixed(2)}`),
  );
  expect(new Set(spots).size).toBe(5);

  await page.locator('#panel button[data-expand="company:openai"]', { hasText: 'Collapse' }).click();
  await page.waitForFunction(() => window.__kg.view.graph.order === 2);
  expect(await nodes()).toEqual(['company:deepseek', 'company:openai']);
  expect(new URL(page.url()).searchParams.has('exp')).toBe(false);

  // By one relation type only.
  await page.locator('#panel button[data-expand="company:openai@DEVELOPS"]').click();
  await page.waitForFunction(() => window.__kg.view.graph.order === 3);
  expect(await nodes()).toContain('model:openai/gpt-4o');
});

test('the URL restores the expanded set, the selected edge and the filters', async () => {
  const edge = 'company:microsoft|INVESTS_IN|company:openai';
  await open(
    `?top=1&exp=company:openai&edge=${encodeURIComponent(edge)}&rels=INVESTS_IN,DEVELOPS,COMPETES_WITH&from=2025-02-01`,
  );
  expect(await nodes()).toEqual(['company:acme', 'company:microsoft', 'company:openai', 'model:openai/gpt-4o']);
  await page.locator('#panel .evidence').first().waitFor();
  await expect(page.locator('#panel').getAttribute('data-edge')).resolves.toBe(
    'company:microsoft INVESTS_IN company:openai',
  );
  await expect(page.locator('#panel .evidence .sentence').textContent()).resolves.toBe(
    'Microsoft invested $10 billion in OpenAI.',
  );
  const thick = await page.evaluate((key) => {
    const { sigma } = window.__kg.view;
    return (sigma.getEdgeDisplayData(key)?.size ?? 0) > 3;
  }, edge);
  expect(thick).toBe(true);
  await expect(page.locator('#relations button[data-relation="REGULATES"]').getAttribute('aria-pressed')).resolves.toBe(
    'false',
  );
  await expect(page.locator('#from').inputValue()).resolves.toBe('2025-02-01');

  // Selecting an entity replaces the edge in the URL, and a reload brings that back instead.
  await clickNode('company:microsoft');
  await page.waitForFunction(
    () => document.querySelector('#panel')?.getAttribute('data-entity') === 'company:microsoft',
  );
  const url = new URL(page.url());
  expect(url.searchParams.get('node')).toBe('company:microsoft');
  expect(url.searchParams.has('edge')).toBe(false);
  await page.reload();
  await page.waitForFunction(() => window.__kg?.ready === true);
  await page.waitForFunction(
    () => document.querySelector('#panel')?.getAttribute('data-entity') === 'company:microsoft',
  );
  expect(await nodes()).toContain('model:openai/gpt-4o');
});

test('search → choose → an entity outside the overview comes in with its neighbours; panel and evidence', async () => {
  await open('?top=1');
  await page.fill('#search-input', '딥시');
  await page.click('#suggestions li[data-id="company:deepseek"]');
  const panel = page.locator('#panel');
  await page.waitForFunction(() =>
    document.querySelector('#panel')?.textContent?.includes('중국의 딥시크가 오픈AI와 경쟁하고 있다.'),
  );
  await expect(panel.locator('h2').textContent()).resolves.toMatch(/딥시크|DeepSeek/);
  expect(await nodes()).toEqual(['company:deepseek', 'company:openai', 'country:cn']);
  const url = new URL(page.url());
  expect(url.searchParams.get('node')).toBe('company:deepseek');
  expect(url.searchParams.get('exp')).toBe('company:deepseek');

  // Clicking a relation in the panel opens its evidence with the names marked.
  await panel.locator('li', { hasText: '중국' }).locator('.evidence-link').first().click();
  await page.waitForSelector('#panel .evidence mark');
  await expect(panel.locator('.evidence mark').allTextContents()).resolves.toEqual(['중국', '딥시크']);
  expect(new URL(page.url()).searchParams.get('edge')).toBe('company:deepseek|BASED_IN|country:cn');
  await page.waitForTimeout(600); // camera animation
  mkdirSync('test/artifacts', { recursive: true });
  writeFileSync('test/artifacts/viewer-evidence.png', await page.screenshot());
});

test('Neo4j down: the page says so in one line within 2 s and offers a retry', async () => {
  const uri = `bolt://127.0.0.1:${await freePort()}`;
  const down = openGraph({ ...g.settings, uri });
  const gone = await startViewer({ g: down, port: 0, cacheDir: false });
  try {
    const answered = page.waitForResponse((r) => r.url().includes('/api/overview'));
    await page.goto(gone.url);
    const response = await answered;
    expect(response.status()).toBe(503);
    // From the request leaving the page to the last byte of the answer.
    expect(response.request().timing().responseEnd).toBeLessThan(2_000);
    // Then the page shows it as soon as its script runs (slower on a loaded machine).
    await page.locator('#banner').waitFor({ state: 'visible', timeout: 5_000 });
    await expect(page.locator('#banner-text').textContent()).resolves.toMatch(
      new RegExp(`^Neo4j is not reachable at ${uri.replace(/[.]/g, '\\.')} \\(`),
    );
    await page.click('#retry');
    await page.locator('#banner').waitFor({ state: 'visible', timeout: 2_000 });
  } finally {
    await gone.close();
    await down.driver.close();
  }
});

test('clicking an edge shows its sentence, article and date', async () => {
  await open();
  // Aim at the REGULATES edge: the pixel near its middle where sigma's own picking finds it.
  const point = await page.evaluate(() => {
    const { sigma, graph } = window.__kg.view;
    const key = graph.findEdge('country:us', 'country:cn', (_k, a) => a.relation === 'REGULATES');
    if (!key) return undefined;
    const [s, t] = graph.extremities(key).map((n) => sigma.graphToViewport(graph.getNodeAttributes(n)));
    if (!s || !t) return undefined;
    const picking = sigma as unknown as { getEdgeAtPoint(x: number, y: number): string | null };
    for (let d = 0; d < 6; d++)
      for (const [dx, dy] of [
        [d, 0],
        [-d, 0],
        [0, d],
        [0, -d],
      ] as const) {
        const x = Math.round((s.x + t.x) / 2) + dx;
        const y = Math.round((s.y + t.y) / 2) + dy;
        if (picking.getEdgeAtPoint(x, y) === key) return { x, y };
      }
    return undefined;
  });
  expect(point).toBeDefined();
  const box = await page.locator('#graph').boundingBox();
  await page.mouse.click((box?.x ?? 0) + (point?.x ?? 0), (box?.y ?? 0) + (point?.y ?? 0));
  const evidence = page.locator('#panel .evidence');
  await evidence.first().waitFor();
  await expect(evidence.locator('.sentence').textContent()).resolves.toBe('미국은 중국에 대한 수출 통제를 강화했다.');
  await expect(evidence.locator('.meta').textContent()).resolves.toBe(
    '딥시크 충격과 한국의 AI 전략 · news/ko-rivalry.txt · 2025-01-28',
  );
});

test('a type in the legend filters that type out (and back), kept in the URL', async () => {
  await open('?color=type');
  const green = async () => countPixels(await graphShot(), [0x59, 0xa1, 0x4f], 24); // Country colour
  expect(await green()).toBeGreaterThan(20);
  await page.click('#legend button[data-type="Country"]');
  await expect(page.locator('#legend button[data-type="Country"]').getAttribute('aria-pressed')).resolves.toBe('false');
  const hidden = await page.evaluate(() => window.__kg.view.sigma.getNodeDisplayData('country:us')?.hidden);
  expect(hidden).toBe(true);
  expect(await green()).toBe(0);
  expect(new URL(page.url()).searchParams.get('hide')).toBe('Country');
  expect(new URL(page.url()).searchParams.get('color')).toBe('type');
  await page.reload();
  await page.waitForFunction(() => window.__kg?.ready === true);
  expect(await green()).toBe(0);
  await page.click('#legend button[data-type="Country"]');
  expect(await green()).toBeGreaterThan(20);
});

test('relation-type and date filters reload the graph and live in the URL', async () => {
  await open();
  let before = await loads();
  await page.click('#relations button[data-relation="REGULATES"]');
  await reloaded(before);
  const relations = () =>
    page.evaluate(() => [...new Set(window.__kg.view.graph.mapEdges((_e, a) => a.relation))].sort());
  expect(await relations()).not.toContain('REGULATES');
  expect(new URL(page.url()).searchParams.get('rels')).not.toContain('REGULATES');

  before = await loads();
  await page.fill('#from', '2025-03-01');
  await page.dispatchEvent('#from', 'change');
  await reloaded(before);
  const nodes = await page.evaluate(() => window.__kg.view.graph.nodes());
  expect(nodes).toContain('company:microsoft');
  expect(nodes).not.toContain('person:ha-jung-woo');
  expect(new URL(page.url()).searchParams.get('from')).toBe('2025-03-01');
});

test('the Cypher box refuses writes, highlights graph results and tables scalars', async () => {
  await open();
  await page.click('#cypher-toggle');
  await page.fill('#cypher-input', "CREATE (:Entity {id: 'x:y'})");
  await page.click('#cypher-run');
  const message = page.locator('#cypher-message');
  await page.waitForFunction(() => document.querySelector('#cypher-message')?.classList.contains('error'));
  await expect(message.textContent()).resolves.toMatch(/read-only/);

  await page.fill('#cypher-input', "MATCH p = (:Entity {id: 'country:us'})-[:REGULATES]->(:Entity) RETURN p");
  await page.click('#cypher-run');
  await page.waitForFunction(() => /highlighted/.test(document.querySelector('#cypher-message')?.textContent ?? ''));
  const lit = await page.evaluate(() => {
    const { sigma } = window.__kg.view;
    return ['country:us', 'country:cn', 'company:openai'].map((n) => sigma.getNodeDisplayData(n)?.highlighted ?? false);
  });
  expect(lit).toEqual([true, true, false]);

  await page.fill('#cypher-input', 'MATCH (e:Entity) RETURN e.type AS type, count(*) AS n ORDER BY type');
  await page.click('#cypher-run');
  await page.waitForFunction(() => document.querySelector('#cypher-result th')?.textContent === 'type');
  await expect(page.locator('#cypher-result th').allTextContents()).resolves.toEqual(['type', 'n']);
  await expect(page.locator('#cypher-result td').first().textContent()).resolves.toBe('Company');
});

test('article text and names with HTML render as text: nothing runs', async () => {
  await open();
  await page.fill('#search-input', 'acme');
  await page.click('#suggestions li[data-id="company:acme"]');
  const panel = page.locator('#panel');
  await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent?.includes('Acme'));
  await expect(panel.locator('h2').textContent()).resolves.toBe(XSS_NAME);
  await expect(panel.locator('.articles li').first().textContent()).resolves.toContain(XSS_SCRIPT);
  await panel.locator('.evidence-link').first().click();
  await page.waitForSelector('#panel .evidence');
  await expect(panel.locator('.evidence .sentence').textContent()).resolves.toContain(XSS_IMG);
  await expect(panel.locator('.evidence cite').textContent()).resolves.toContain(XSS_SCRIPT);
  expect(await page.locator('#panel i, #panel img, #panel script, #suggestions img').count()).toBe(0);
  await page.waitForTimeout(200);
  expect(dialogs).toEqual([]);
});

/** Every text the status line shows, from the page's first script on (set up before navigation). */
async function recordStatus(): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __statusLog: string[] }).__statusLog = log;
    document.addEventListener('DOMContentLoaded', () => {
      const status = document.querySelector('#status');
      if (status)
        new MutationObserver(() => log.push(status.textContent ?? '')).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
    });
  });
}
const statusLog = () => page.evaluate(() => (window as unknown as { __statusLog: string[] }).__statusLog);

test('an overview kept from before an ingest is drawn at once, marked stale, then brought up to date in place: new entities beside their neighbours, the others unmoved, no reload', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-stale-test-'));
  const mistral = { id: 'company:mistral', type: 'Company' as const, name: '미스트랄', aliases: ['Mistral AI'] };
  const large = { id: 'model:mistral/large', type: 'Model' as const, name: 'Mistral Large', aliases: [] };
  try {
    // An earlier run of the viewer lays out and keeps the default overview ...
    await (await startViewer({ g, port: 0, cacheDir: dir })).close();
    const [file = ''] = readdirSync(dir);
    const kept = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as Kept).overview;
    expect(kept.ids).not.toContain(mistral.id);
    // ... then an article comes in while no viewer runs.
    await writeExtraction(
      g,
      extraction({
        source: 'news/mistral.txt',
        title: 'Mistral AI takes on OpenAI',
        lang: 'en',
        publishedAt: '2025-07-01',
        text: 'Mistral AI released Mistral Large to compete with OpenAI.',
        entities: [mistral, large, { id: 'company:openai', type: 'Company', name: 'OpenAI', aliases: ['오픈AI'] }],
        relations: [
          { type: 'COMPETES_WITH', source: mistral.id, target: 'company:openai' },
          { type: 'DEVELOPS', source: mistral.id, target: large.id },
        ],
      }),
    );
    const later = await startViewer({ g, port: 0, cacheDir: dir, warm: false });
    try {
      await recordStatus();
      const first = page.waitForResponse((r) => r.url().includes('/api/overview') && !r.url().includes('fresh='));
      await page.goto(later.url);
      const served = (await (await first).json()) as OverviewReply;
      expect(served.stale).toBe(true);
      expect(served.ids).toEqual(kept.ids);
      await page.waitForFunction(() => window.__kg?.refreshes.length === 1);
      await page.waitForFunction(() => !window.__kg.view.settler.running);
      const seen = await page.evaluate(() => {
        const { graph } = window.__kg.view;
        return {
          loads: window.__kg.loads,
          stale: window.__kg.stale,
          added: window.__kg.refreshes[0]?.added.sort(),
          nodes: graph.nodes().sort(),
          at: Object.fromEntries(graph.mapNodes((n, a) => [n, [a.x, a.y]])),
          community: Object.fromEntries(graph.mapNodes((n, a) => [n, a.community])),
        };
      });
      // One load: the fresh overview came in over the stale one, which was never cleared.
      expect(seen).toMatchObject({ loads: 1, stale: false, added: [mistral.id, large.id].sort() });
      expect(seen.nodes).toEqual([...kept.ids, mistral.id, large.id].sort());
      kept.ids.forEach((id, i) => {
        // Unmoved, and in the colour they were drawn in.
        expect({ id, at: seen.at[id], community: seen.community[id] }).toEqual({
          id,
          at: [kept.xs?.[i], kept.ys?.[i]],
          community: kept.communities[i],
        });
      });
      // Beside OpenAI, its neighbour: closer than half the overview's extent.
      const xs = kept.xs ?? [];
      const ys = kept.ys ?? [];
      const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      const [mx = 0, my = 0] = seen.at[mistral.id] ?? [];
      const [ox = 0, oy = 0] = seen.at['company:openai'] ?? [];
      expect(Math.hypot(mx - ox, my - oy)).toBeLessThan(extent / 2);
      // Mistral AI in the colour of OpenAI, the drawn one it is tied to; and Mistral Large, tied only to it, beside it.
      expect(seen.community[mistral.id]).toBe(seen.community['company:openai']);
      const [lx = 0, ly = 0] = seen.at[large.id] ?? [];
      expect(Math.hypot(lx - mx, ly - my)).toBeLessThan(extent / 2);
      const log = await statusLog();
      expect(log.some((t) => t.startsWith('updating… · 9 of 9 entities shown'))).toBe(true);
      await expect(page.locator('#status').textContent()).resolves.toMatch(/^11 of 11 entities shown · 0 hidden/);
      await expect(page.locator('#status').getAttribute('data-stale')).resolves.toBe('false');
      mkdirSync('test/artifacts', { recursive: true });
      await page.waitForTimeout(300);
      writeFileSync('test/artifacts/viewer-refreshed.png', await page.screenshot());
    } finally {
      await later.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await emptyGraph(g);
    await writeViewerFixtures(g);
  }
});

test('Neo4j down with an overview kept for it: the kept overview is drawn and the page says Neo4j is down within 2 s', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-stale-down-test-'));
  const uri = `bolt://127.0.0.1:${await freePort()}`;
  const down = openGraph({ ...g.settings, uri });
  const q = OverviewQuery.parse({});
  const overview = (await (await fetch(new URL('/api/overview?fresh=1', viewer.url))).json()) as OverviewReply;
  const { stale: _stale, ...drawn } = overview;
  diskCache(dir).set(overviewScope(down, q), { fingerprint: 'an earlier state', overview: drawn });
  const gone = await startViewer({ g: down, port: 0, cacheDir: dir });
  try {
    const fresh = page.waitForResponse((r) => r.url().includes('fresh=1'));
    await page.goto(gone.url);
    const answer = await fresh;
    expect(answer.status()).toBe(503);
    expect(answer.request().timing().responseEnd).toBeLessThan(2_000);
    await page.locator('#banner').waitFor({ state: 'visible', timeout: 5_000 });
    await expect(page.locator('#banner-text').textContent()).resolves.toMatch(/^Neo4j is not reachable at /);
    expect(await nodes()).toEqual([...overview.ids].sort());
    await expect(page.locator('#status').textContent()).resolves.toMatch(
      /^last known overview · 9 of 9 entities shown/,
    );
  } finally {
    await gone.close();
    await down.driver.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
