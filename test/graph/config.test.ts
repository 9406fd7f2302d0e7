/** Environment variables are read through one schema: typed values, one clear error for a bad one. */
import { connectionSettings, kgEnv, kgEnvVar } from '../../graph/config.js';
import { UsageError } from '../../graph/errors.js';

test('a port from the environment is a number; an empty variable counts as unset', () => {
  expect(kgEnv({ KG_NEO4J_PORT: '7700', KG_VIEW_PORT: '' })).toMatchObject({ KG_NEO4J_PORT: 7700 });
  expect(kgEnv({ KG_VIEW_PORT: '' }).KG_VIEW_PORT).toBeUndefined();
  expect(connectionSettings({ KG_NEO4J_PORT: '7700', KG_HOME: '/nowhere' }).uri).toBe('bolt://127.0.0.1:7700');
});

test('a malformed value is a usage error that names the variable', () => {
  const bad = () => kgEnv({ KG_NEO4J_PORT: 'seventy' });
  expect(bad).toThrow(UsageError);
  expect(bad).toThrow(/^environment variable KG_NEO4J_PORT: /);
  expect(() => kgEnvVar('KG_VIEW_PORT', { KG_VIEW_PORT: '70000' })).toThrow(/KG_VIEW_PORT/);
  // a bad variable that is not asked for does not stop a module that reads only its own
  expect(kgEnvVar('KG_VALIDATE', { KG_VALIDATE: '1', KG_NEO4J_PORT: 'x' })).toBe('1');
});
