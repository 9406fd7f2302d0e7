/**
 * The viewer end to end: real headless Chromium (playwright-core) against the real Neo4j.
 * Paints, search → panel with evidence, edge click → its sentence, filters, Cypher, XSS.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../bench/chromium.js';
import type { Graph } from '../../graph/driver.js';
import { buildApp } from '../../viewer/build.js';
import { startViewer, type Viewer } from '../../viewer/server.js';
import { emptyGraph, openTestGraph } from '../support/graph.js';
import { writeViewerFixtures, XSS_IMG, XSS_NAME, XSS_SCRIPT } from './fixtures.js';
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
  viewer = await startViewer({ g, port: 0 });
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

/** Waits until the graph has reloaded after a filter change. */
async function reloaded(before: number): Promise<void> {
  await page.waitForFunction((n) => window.__kg.loads > n, before);
}
const loads = () => page.evaluate(() => window.__kg.loads);

async function graphShot(): Promise<ReturnType<typeof decodePng>> {
  await page.waitForTimeout(300); // let the camera settle and labels draw
  return decodePng(await page.locator('#graph').screenshot());
}

test('the graph paints on the canvas, with labels in Korean and English', async () => {
  await open();
  const image = await graphShot();
  const painted = countPixels(image, [255, 255, 255], 30, true);
  expect(painted).toBeGreaterThan(2_000);
  mkdirSync('test/artifacts', { recursive: true });
  writeFileSync('test/artifacts/viewer.png', await page.screenshot());
  const labels = await page.evaluate(() => window.__kg.view.graph.mapNodes((_n, a) => a.label));
  expect(labels).toEqual(expect.arrayContaining(['딥시크 · DeepSeek', '하정우 · Ha Jung-woo']));
  await expect(page.locator('#status').textContent()).resolves.toMatch(/\d+ entities · \d+ relations/);
});

test('search → choose → camera focus, panel with relations and evidence; the URL restores it', async () => {
  await open();
  mkdirSync('test/artifacts', { recursive: true });
  await page.fill('#search-input', '딥시');
  await page.click('#suggestions li[data-id="company:deepseek"]');
  const panel = page.locator('#panel');
  await expect(panel.locator('h2').textContent()).resolves.toMatch(/딥시크|DeepSeek/);
  await page.waitForFunction(() =>
    document.querySelector('#panel')?.textContent?.includes('중국의 딥시크가 오픈AI와 경쟁하고 있다.'),
  );
  await expect(panel.locator('h4').allTextContents()).resolves.toEqual(
    expect.arrayContaining([expect.stringContaining('COMPETES_WITH'), expect.stringContaining('BASED_IN')]),
  );
  expect(new URL(page.url()).searchParams.get('node')).toBe('company:deepseek');

  // Clicking a relation in the panel opens its evidence with the names marked.
  await panel.locator('li', { hasText: '중국' }).locator('.evidence-link').first().click();
  await page.waitForSelector('#panel .evidence mark');
  await expect(panel.locator('.evidence mark').allTextContents()).resolves.toEqual(['중국', '딥시크']);
  await page.waitForTimeout(600); // camera animation
  writeFileSync('test/artifacts/viewer-evidence.png', await page.screenshot());

  await page.reload();
  await page.waitForFunction(() => window.__kg?.ready === true);
  await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent?.length);
  await expect(page.locator('#panel').getAttribute('data-entity')).resolves.toBe('company:deepseek');
});

test('clicking an edge shows its sentence, article and date', async () => {
  await open();
  // Aim at the middle of the REGULATES edge, computed from sigma's own viewport transform.
  const point = await page.evaluate(() => {
    const { sigma, graph } = window.__kg.view;
    const key = graph.findEdge('country:us', 'country:cn', (_k, a) => a.relation === 'REGULATES');
    if (!key) return undefined;
    const [s, t] = graph.extremities(key).map((n) => sigma.graphToViewport(graph.getNodeAttributes(n)));
    return s && t ? { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 } : undefined;
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
  await open();
  const green = async () => countPixels(await graphShot(), [0x59, 0xa1, 0x4f], 24); // Country colour
  expect(await green()).toBeGreaterThan(20);
  await page.click('#legend button[data-type="Country"]');
  await expect(page.locator('#legend button[data-type="Country"]').getAttribute('aria-pressed')).resolves.toBe('false');
  const hidden = await page.evaluate(() => window.__kg.view.sigma.getNodeDisplayData('country:us')?.hidden);
  expect(hidden).toBe(true);
  expect(await green()).toBe(0);
  expect(new URL(page.url()).searchParams.get('hide')).toBe('Country');
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
