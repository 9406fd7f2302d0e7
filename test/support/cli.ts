/** Runs the real `kg` command line (from source, through tsx) as a user would. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { testEnv } from './server.js';

export type KgRun = { code: number; stdout: string; stderr: string };

export function runKg(args: string[], env: NodeJS.ProcessEnv = testEnv(), input?: string): Promise<KgRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(process.cwd(), 'bin', 'kg.ts'), ...args], {
      env: { ...env, FORCE_COLOR: '0' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
