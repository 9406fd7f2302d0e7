/**
 * English nationality adjectives (ingest/entities/demonyms.ts): the state they name is an entity of
 * the article, without any relation being read from the adjective alone.
 */
import { entity, run } from '../helpers.js';

test('an adjective before a word names the country (Finnish telecom, Dutch lawmakers)', async () => {
  const x = await run('The Finnish telecom maker grew, and Dutch lawmakers asked why.');
  expect(entity(x, 'country:fi')).toBeDefined();
  expect(entity(x, 'country:nl')).toBeDefined();
  expect(x.relations).toHaveLength(0);
});

test('must NOT: a Korean text or an adjective with nothing after it adds no country', async () => {
  expect(entity(await run('He spoke Finnish.'), 'country:fi')).toBeUndefined();
  expect(entity(await run('핀란드어 Finnish 표기를 썼다.'), 'country:fi')).toBeUndefined();
});
