/** Comparing what people type with street names: case, accents, abbreviations and typos. */
import { distance } from 'fastest-levenshtein';

/** Lower case, accents and apostrophes dropped, anything else that is not a letter or digit a space. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function words(text: string): string[] {
  const normal = normalize(text);
  return normal === '' ? [] : normal.split(' ');
}

/** Street-name abbreviations (USPS) and the words people type instead. */
const SPELLED_OUT: Record<string, string> = {
  ave: 'avenue',
  st: 'street',
  blvd: 'boulevard',
  rd: 'road',
  dr: 'drive',
  ln: 'lane',
  pl: 'place',
  ct: 'court',
  hwy: 'highway',
  pkwy: 'parkway',
  e: 'east',
  w: 'west',
  n: 'north',
  s: 'south',
};

/** A word of a name and the other ways to write it ("ave" and "avenue"). */
export function spellings(word: string): string[] {
  const long = SPELLED_OUT[word];
  if (long) return [word, long];
  const short = Object.entries(SPELLED_OUT).find(([, full]) => full === word)?.[0];
  return short ? [word, short] : [word];
}

/**
 * How well a typed word matches a word of a name, 0 for not at all: 1 for the same word, 0.9
 * for its beginning (the person is still typing), 0.6 for a beginning with a typo (one edit in
 * five letters or more, two in eight or more). Numbers ("51st", "94609") must match exactly.
 */
export function wordScore(typed: string, word: string): number {
  if (word === typed) return 1;
  if (word.startsWith(typed)) return 0.9;
  if (typed.length < 5 || /\d/.test(typed)) return 0;
  const allowed = typed.length >= 8 ? 2 : 1;
  for (const length of [typed.length, typed.length - 1, typed.length + 1]) {
    if (length > word.length + 1) continue;
    if (distance(typed, word.slice(0, length)) <= allowed) return 0.6;
  }
  return 0;
}

/** A leading house number ("4100 telegraph") split from the rest. */
export function splitHouseNumber(query: string): { number: number | null; rest: string } {
  const match = /^(\d{1,6})(?:\s+(.*))?$/.exec(normalize(query));
  if (!match) return { number: null, rest: normalize(query) };
  return { number: Number(match[1]), rest: match[2] ?? '' };
}
