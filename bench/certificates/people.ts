import {
  familyNames as families,
  givenNames as givens,
  middleNames as middles,
} from '../support/names';

/**
 * Attendees with Vietnamese names (family, middle and given names with diacritics, NFC),
 * generated from a fixed seed so every run prints the same pages.
 */
export interface Attendee {
  fullName: string;
  gender: 'male' | 'female';
  birthYear: number;
  phone: string | null;
}

/** mulberry32: a small seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateAttendees(count: number, seed = 20261120): Attendee[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const total = families.reduce((sum, [, w]) => sum + w, 0);
  const family = () => {
    let x = random() * total;
    for (const [name, w] of families) if ((x -= w) < 0) return name;
    return families[0][0];
  };
  const seen = new Set<string>();
  const people: Attendee[] = [];
  while (people.length < count) {
    const gender = random() < 0.55 ? 'female' : 'male';
    // Two middle names for about a third of people, as in "Nguyễn Thị Thu Hà".
    const middle =
      random() < 0.33 ? `${pick(middles[gender])} ${pick(middles[gender])}` : pick(middles[gender]);
    const fullName = `${family()} ${middle} ${pick(givens[gender])}`.normalize('NFC');
    if (seen.has(fullName) || /(\S+) \1/u.test(fullName)) continue;
    seen.add(fullName);
    const birthYear = 1945 + Math.floor(random() * 60);
    const phone =
      random() < 0.7 ? `09${String(10_000_000 + people.length * 7919).slice(-8)}` : null;
    people.push({ fullName, gender, birthYear, phone });
  }
  return people;
}
