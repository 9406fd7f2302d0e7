/** The example articles through the real extractor, then the viewer's overview over them. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../../bench/chromium.js';
import { ingestBatch } from '../../ingest/batch.js';
import { buildApp } from '../../viewer/build.js';
import { startViewer } from '../../viewer/server.js';
import type { Overview } from '../../viewer/shared.js';
import { useTestGraph } from '../support/graph.js';
import { labelsOverDiscs, overlappingLabels } from './labels.js';
import { countPixels, decodePng } from './png.js';

const g = useTestGraph({ emptyFirst: true });

test('the examples load, lay out and paint, and no drawn label overlaps another or runs across a node, also with a neighbourhood expanded', async () => {
  expect(readdirSync('examples').length).toBeGreaterThan(0);
  const summary = await ingestBatch(g, ['examples']);
  expect(summary.counts.failed).toBe(0);
  await buildApp({ minify: false });
  const viewer = await startViewer({ g, port: 0, cacheDir: false });
  const browser = await launchChromium();
  try {
    const payload = (await (await fetch(new URL('/api/overview', viewer.url))).json()) as Overview;
    expect(payload.ids.length).toBeGreaterThan(5);
    expect(payload.edges.length).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(viewer.url);
    await page.waitForFunction(() => window.__kg?.ready === true);
    await page.waitForTimeout(300);
    const image = decodePng(await page.locator('#graph').screenshot());
    expect(countPixels(image, [255, 255, 255], 30, true)).toBeGreaterThan(2_000);
    const boxes = await page.evaluate(() => window.__kg.labelBoxes());
    expect(boxes.length).toBeGreaterThan(5);
    expect(overlappingLabels(boxes)).toEqual([]);
    // on the examples no label needs a plate: none may cross a disc
    expect(labelsOverDiscs(boxes, await page.evaluate(() => window.__kg.labelDiscs()), false)).toEqual([]);
    mkdirSync('test/artifacts', { recursive: true });
    writeFileSync('test/artifacts/viewer-examples.png', await page.screenshot());

    // The busiest entity's neighbourhood, once settled, crowds in more labels: still none overlap.
    // From an overview of the top five, so most of the neighbourhood is new.
    await page.goto(new URL('?top=5', viewer.url).href);
    await page.waitForFunction(() => window.__kg?.ready === true);
    const hub = payload.ids[0] ?? '';
    const added = await page.evaluate((id) => window.__kg.toggle(id), hub);
    await page.waitForFunction(() => !window.__kg.view.settler.running);
    await page.waitForTimeout(600); // the camera follows
    writeFileSync('test/artifacts/viewer-examples-expanded.png', await page.screenshot());
    const after = await page.evaluate(() => window.__kg.labelBoxes());
    expect(added).toBeGreaterThan(5);
    expect(after.map((b) => b.label)).toContain(payload.labels[0]);
    expect(after.length).toBeGreaterThan(2);
    expect(overlappingLabels(after)).toEqual([]);
    // on the examples no label needs a plate: none may cross a disc
    expect(labelsOverDiscs(after, await page.evaluate(() => window.__kg.labelDiscs()), false)).toEqual([]);
  } finally {
    await browser.close();
    await viewer.close();
  }
}, 180_000);
