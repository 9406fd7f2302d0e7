/**
 * A family name shared by a pair (ingest/entities/discover-surname.ts): "A and B Surname" names
 * two persons when the lexicon knows "A Surname", or A is a known foreign given name in Hangul.
 */
import { entity, run } from '../helpers.js';

test('the first of a pair sharing a family name is a person of its own (Dario & Daniela Amodei)', async () => {
  const x = await run('Both Dario & Daniela Amodei spoke at the event.');
  expect(entity(x, 'person:dario-amodei')).toBeDefined();
  expect(entity(x, 'person:daniela-amodei')).toBeDefined();
  const y = await run('앤트로픽은 다리오·다니엘라 아모데이 남매가 이끈다.');
  expect(entity(y, 'person:dario-amodei')).toBeDefined();
});

test('must NOT: a company before a person is no given name (구글과 젠슨 황, Google and Jensen Huang)', async () => {
  const x = await run('Google and Jensen Huang met in May.');
  expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Jensen Huang']);
  const y = await run('구글과 젠슨 황이 만났다.');
  expect(y.entities.filter((e) => e.type === 'Person')).toHaveLength(1);
});
