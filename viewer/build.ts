/**
 * Bundles the browser app (TypeScript + sigma + graphology) and its boot script with esbuild into viewer/app/dist/,
 * next to a copy of its HTML and CSS. Run by the package build (`node dist/viewer/build.js`)
 * and by the viewer tests, so the served app always matches the source.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { appDistDir, appSourceDir } from './paths.js';

export async function buildApp(options: { minify?: boolean } = {}): Promise<string> {
  const source = appSourceDir();
  const out = appDistDir();
  mkdirSync(out, { recursive: true });
  const common = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? true,
    sourcemap: true,
    logLevel: 'warning',
    // The app has its own TypeScript settings (DOM); the root config targets Node.
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  } as const;
  // boot.js is a classic script, run as soon as the page's head is parsed (see boot.ts).
  await build({ ...common, entryPoints: [join(source, 'boot.ts')], outfile: join(out, 'boot.js'), format: 'iife' });
  await build({
    ...common,
    entryPoints: [join(source, 'main.ts')],
    outfile: join(out, 'app.js'),
    format: 'esm',
  });
  for (const file of ['index.html', 'style.css']) copyFileSync(join(source, file), join(out, file));
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildApp().then(
    (out) => console.log(`viewer app built in ${out}`),
    (error: unknown) => {
      console.error(`kg: the viewer app did not build: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
