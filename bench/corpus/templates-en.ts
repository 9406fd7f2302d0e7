/**
 * English paragraphs in the style of wire copy. Synthetic entities appear the way the
 * extractor discovers them: "X, a Seoul-based AI startup", "CEO Jane Doe", "venture firm X",
 * "X's new model 'M'"; lexicon entities by their usual names.
 */
import type { Cast } from './cast.js';
import type { Random } from './random.js';

type Paragraph = (c: Cast, r: Random) => string;

const QUOTES = [
  'We built this model to go head to head with the largest labs, at a fraction of the cost',
  'Enterprise customers want agents they can trust with real work',
  'Inference cost is the number that decides who wins this market',
  'Open weights are how a small team earns the trust of developers',
  'Our goal is to ship a new model every quarter',
];

const FILLER = [
  'Analysts expect spending on generative AI to double again this year.',
  'Access to high-end GPUs remains the main bottleneck for smaller labs.',
  'Enterprises are moving from pilots to production deployments of language models.',
  'Rising cloud bills have pushed many customers toward smaller, cheaper models.',
  'Investors have grown more selective after a year of record funding rounds.',
  'Questions about training data and copyright remain unresolved in several courts.',
  'Talent costs have risen sharply as labs compete for a small pool of researchers.',
  'Benchmarks alone no longer decide which models customers choose.',
];

const intro: Paragraph = (c, r) =>
  `${c.main}, a ${c.country.city}-based AI startup, on ${r.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday'])} unveiled ` +
  `${c.main}'s new model '${c.mainModel}', which it says matches far larger systems on coding and document tasks. ` +
  `The company, founded three years ago, now employs about ${r.int(200) + 30} people.`;

const ceo: Paragraph = (c, r) =>
  `"${r.pick(QUOTES)}," said ${c.main} CEO ${c.ceo.name}. ` +
  `${c.ceo.surname} added that the company would open a second office in ${c.country.city} next year.`;

const rivalry: Paragraph = (c) =>
  `${c.main} competes with ${c.rival}, a ${c.country.city}-based startup, for enterprise customers. ` +
  `${c.rival}'s new model '${c.rivalModel}' was built to take on ${c.bigModel} from ${c.bigA}.`;

const cto: Paragraph = (c, r) =>
  `${c.cto.name}, chief technology officer of ${c.rival}, said: "${r.pick(QUOTES)}." ` +
  `${c.rival} plans to release a successor model before the end of the year.`;

const investment: Paragraph = (c, r) =>
  `Venture firm ${c.investor} invested $${r.int(90) + 10} million in ${c.main}, the companies said. ` +
  `${c.bigB} also took part in the round, and ${c.main} said it would spend the money on GPUs and hiring.`;

const regulation: Paragraph = (c) =>
  `The ${c.regulator} said it would investigate ${c.bigA} and ${c.main} over how they collect training data. ` +
  'Smaller companies warn that heavy rules could entrench the largest players.';

const bigTech: Paragraph = (c) =>
  `${c.bigA} is racing ${c.bigB} to improve ${c.bigModel}. ` +
  `${c.known.name}, ${c.known.title} of ${c.known.company}, said last week that spending on AI infrastructure would keep rising.`;

const filler: Paragraph = (_c, r) => `${r.pick(FILLER)} ${r.pick(FILLER)}`;

export const EN = { first: intro, body: [ceo, rivalry, cto, investment, regulation, bigTech, filler, filler] };

export function enTitle(c: Cast): string {
  return `${c.main} unveils '${c.mainModel}' as race with ${c.rival} heats up`;
}

export function enDateLine(date: string): string {
  return `Published: ${date}`;
}
