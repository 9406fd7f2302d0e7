/**
 * Headless Chromium for the viewer's end-to-end tests and benchmark, driven by playwright-core.
 * Uses the system browser (Debian's `chromium`), never a downloaded one.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string | undefined {
  return process.env.KG_CHROMIUM ?? CANDIDATES.find((p) => existsSync(p));
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium found: install Debian `chromium` or set KG_CHROMIUM');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      // WebGL through SwiftShader: headless machines have no GPU, and sigma draws with WebGL.
      '--enable-unsafe-swiftshader',
    ],
  });
}
