import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKg } from '../support/cli.js';
import { testEnv } from '../support/server.js';

describe('kg extract and the Korean analyser process', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-extract-'));
    await writeFile(join(dir, 'ko.txt'), '딥시크가 새 모델을 공개했다. 오픈AI는 긴장했다.\n');
    await writeFile(join(dir, 'en.txt'), 'DeepSeek released a new model. OpenAI took notice.\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('a Korean article is analysed and the command exits once it is printed', async () => {
    const run = await runKg(['extract', join(dir, 'ko.txt'), '--json']);
    expect(run.code).toBe(0);
    const ids = (JSON.parse(run.stdout) as { entities: { id: string }[] }).entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['company:deepseek', 'company:openai']));
  });

  test('without Java a Korean article fails with one line that names the analyser and the JDK', async () => {
    const run = await runKg(['extract', join(dir, 'ko.txt')], { ...testEnv(), JAVA_HOME: '/nonexistent-jdk' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^kg: cannot start the Korean analyser .*JDK 17\+/);
  });

  test('an English article needs no Java: the Korean process starts only for Korean text', async () => {
    const run = await runKg(['extract', join(dir, 'en.txt'), '--json'], {
      ...testEnv(),
      JAVA_HOME: '/nonexistent-jdk',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('company:deepseek');
  });
});
