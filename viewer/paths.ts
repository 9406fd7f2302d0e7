/** Where the built browser app lives, found from this file whether it runs from source or dist/. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the nearest folder up from here holding package.json. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('kg: cannot find the package root (no package.json above the viewer)');
    dir = parent;
  }
  return dir;
}

export const appSourceDir = () => join(packageRoot(), 'viewer', 'app');
export const appDistDir = () => join(appSourceDir(), 'dist');
