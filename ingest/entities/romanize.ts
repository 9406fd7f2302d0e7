/**
 * Hangul → Latin letters (Revised Romanization, simplified) so that ids of entities found only in
 * Korean text are still plain ASCII keys: `person:ha-jeongu`, `company:mirae-soft`.
 */
const INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIAL = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
const FINAL = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

export function romanize(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0xac00 && c <= 0xd7a3) {
      const s = c - 0xac00;
      out += (INITIAL[Math.floor(s / 588)] ?? '') + (MEDIAL[Math.floor((s % 588) / 28)] ?? '') + (FINAL[s % 28] ?? '');
    } else out += ch;
  }
  return out;
}

/** ASCII id key: lower case, romanized, runs of other characters as one hyphen. */
export function slug(text: string): string {
  const s = romanize(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^a-z0-9.+]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}

/** Korean personal names: surname (1 syllable, or 2 for 남궁, 황보 …) and given name, hyphen between. */
export function personSlug(name: string, twoCharSurname: boolean): string {
  if (/^[가-힣]{2,4}$/.test(name)) {
    const cut = twoCharSurname ? 2 : 1;
    return `${slug(name.slice(0, cut))}-${slug(name.slice(cut))}`;
  }
  return slug(name);
}
