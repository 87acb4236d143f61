import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';

type Texts = { [key: string]: string | Texts };

function keysOf(texts: Texts, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sources(full);
    return /\.tsx?$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name) ? [full] : [];
  });
}

describe('the interface texts', () => {
  const code = sources(path.join(__dirname, '..'))
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');
  // Keys are written whole ('users.title'), or built from a written prefix
  // (`personForm.groups.${group}`, or a variable holding 'users.deactivate' + '.title').
  const written = new Set([...code.matchAll(/['"`]([a-zA-Z][\w.]*\w)['"`]/gu)].map((m) => m[1]));
  const prefixes = [
    ...[...code.matchAll(/`([a-zA-Z][\w.]*\.)\$\{/gu)].map((m) => m[1]),
    ...[...written].map((literal) => `${literal}.`),
  ];
  const used = (key: string) => {
    const base = key.replace(/_(zero|one|two|few|many|other)$/u, '');
    return written.has(key) || written.has(base) || prefixes.some((p) => key.startsWith(p));
  };

  it('has no text that no page uses', () => {
    expect(keysOf(vi as unknown as Texts).filter((key) => !used(key))).toEqual([]);
  });

  it('has the same keys in English as in Vietnamese, and every error code in English', () => {
    // Where Vietnamese leaves a group out, the API's own words are shown: they are Vietnamese
    // (error messages, and the labels of report rows).
    const englishOnly = [
      'errors.codes.',
      'reports.genders.',
      'reports.ageBands.',
      'reports.participantGroups.',
    ];
    const shared = (key: string) => !englishOnly.some((prefix) => key.startsWith(prefix));
    const english = keysOf(en as unknown as Texts);
    const vietnamese = keysOf(vi as unknown as Texts);
    expect(english.filter(shared).sort()).toEqual(vietnamese.filter(shared).sort());
    expect(vietnamese.filter((key) => !english.includes(key))).toEqual([]);
  });
});
