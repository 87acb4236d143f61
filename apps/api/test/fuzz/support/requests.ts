import fc from 'fast-check';
import { FIELD_HEADER, VI_HEADER, xlsx } from '../../support/files';
import type { RawRequest } from './http-client';
import { type Operation, type Pools, poolFor, SchemaArbitraries, vietnamesePhone } from './openapi';
import {
  asText,
  Huge,
  lookalikes,
  markupInjections,
  nastyString,
  nastyValue,
  serializeJson,
  sqlInjections,
  unicodeEdgeCases,
  vietnameseText,
} from './values';

export const CALLERS = ['anonymous', 'admin', 'staff', 'coordinator', 'leader', 'forged'] as const;
export type Caller = (typeof CALLERS)[number];

/** A path or query piece: percent-encoded when sent, unless `raw` (then sent as written). */
export interface Piece {
  text: string | Huge;
  raw: boolean;
}

export type Query = { kind: 'pairs'; pairs: Array<[Piece, Piece]> } | { kind: 'raw'; text: string };

export type FileContent =
  | { kind: 'csv'; header: string[]; rows: string[][]; bom: boolean; separator: string }
  | { kind: 'xlsx'; header: string[]; rows: string[][] }
  | { kind: 'bytes'; prefix: string; bytes: number[] }
  | { kind: 'text'; text: string | Huge };

export interface Part {
  name: string;
  filename: string | null;
  contentType: string | null;
  content: FileContent;
}

export interface Multipart {
  boundary: string;
  /** The boundary announced in Content-Type; null leaves the parameter out. */
  announced: string | null;
  contentType: string;
  parts: Part[];
  terminated: boolean;
}

export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; contentType: string }
  | { kind: 'raw'; text: string | Huge; contentType: string | null; contentEncoding: string | null }
  | { kind: 'multipart'; multipart: Multipart };

/** One generated request: what fast-check holds, shrinks and prints. */
export interface FuzzCase {
  op: string;
  method: string;
  /** The route template, or a concrete path for the undocumented-route operation. */
  path: string;
  caller: Caller;
  forged: number;
  params: Record<string, Piece>;
  query: Query;
  body: Body;
  headers: Record<string, string>;
}

/** The pseudo operation for routes and methods the document does not have. */
export const UNDOCUMENTED = 'ANY (undocumented route or method)';

/** Characters of a path or query piece before and after percent-encoding; the whole query is cut too. */
const MAX_URL_PIECE = 2000;
const MAX_ENCODED_PIECE = 3000;
const MAX_QUERY = 9000;

/** Percent-encodes the UTF-8 bytes of a string (lone surrogates included, as U+FFFD). */
export function encodePiece(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/u.test(ch)
      ? ch
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * A piece as sent. Long values are cut to MAX_URL_PIECE characters: Node itself answers 431
 * (no body) to a request line past 16 KB, before the app sees it; the undocumented-route
 * operation sends such a request on purpose, now and then, instead of every long value doing so.
 */
function pieceText(piece: Piece): string {
  const text =
    piece.text instanceof Huge
      ? new Huge(piece.text.unit, Math.min(piece.text.count, MAX_URL_PIECE)).build()
      : piece.text.slice(0, MAX_URL_PIECE);
  return piece.raw ? text : cutEncoded(encodePiece(text), MAX_ENCODED_PIECE);
}

/** Cuts percent-encoded text without splitting an escape. */
function cutEncoded(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const escape = cut.lastIndexOf('%');
  return escape >= max - 2 ? cut.slice(0, escape) : cut;
}

const rawPathPieces = [
  '%',
  '%zz',
  '%00',
  '%2e%2e',
  '..%2f..%2fusers',
  '%c0%ae',
  '%ff',
  '%F0%9F',
  '%E1%BB',
  '%2F',
  '%5C',
  ';',
  '*',
  '$',
  '!',
  "'",
  '(',
  ')',
  ',',
  '..',
  '.',
  '%20',
  '+',
  '~',
];

export class CaseArbitraries {
  private readonly schemas: SchemaArbitraries;
  private readonly allReal: string[];

  constructor(
    schemas: SchemaArbitraries,
    private readonly pools: Pools,
    private readonly operations: Operation[],
    private readonly forgedCount: number,
  ) {
    this.schemas = schemas;
    this.allReal = Object.values(pools).flat();
  }

  /** Requests for one operation as one caller. */
  forOperation(op: Operation, caller: Caller): fc.Arbitrary<FuzzCase> {
    if (op.key === UNDOCUMENTED) return this.undocumented(caller);
    const prefix = op.path.split('/')[2];
    const params: Record<string, fc.Arbitrary<Piece>> = {};
    for (const name of op.pathParams)
      params[name] = this.pathPiece(poolFor(this.pools, name, prefix));
    return fc
      .record({
        params: fc.record(params),
        query: this.query(op),
        body: this.body(op),
        forged: fc.nat({ max: Math.max(0, this.forgedCount - 1) }),
        headers: this.extraHeaders(op),
      })
      .map(({ params: p, query, body, forged, headers }) => ({
        op: op.key,
        method: op.method,
        path: op.path,
        caller,
        forged: caller === 'forged' ? forged : 0,
        params: p,
        query,
        body,
        headers,
      }));
  }

  private pathPiece(pool: string[] | undefined): fc.Arbitrary<Piece> {
    const piece = (arb: fc.Arbitrary<string | Huge>, raw = false) =>
      arb.map((text): Piece => ({ text, raw }));
    const options: Array<fc.WeightedArbitrary<Piece>> = [
      { weight: 3, arbitrary: piece(fc.uuid()) },
      { weight: 2, arbitrary: piece(fc.constantFrom(...this.allReal)) },
      {
        weight: 1,
        arbitrary: piece(
          fc.constantFrom(
            '00000000-0000-0000-0000-000000000000',
            'ffffffff-ffff-ffff-ffff-ffffffffffff',
            '00000000-0000-4000-8000-00000000000g',
            '00000000000040008000000000000000',
            '{00000000-0000-4000-8000-000000000000}',
            ...this.allReal.slice(0, 3).map((id) => id.toUpperCase()),
            ...this.allReal.slice(0, 3).map((id) => ` ${id}`),
          ),
        ),
      },
      {
        weight: 2,
        arbitrary: piece(
          fc.oneof(
            fc.string({ maxLength: 20 }),
            fc.constantFrom(
              '1',
              '-1',
              '0',
              'abc',
              'null',
              'undefined',
              'true',
              'me',
              'template.xlsx',
              'x.pdf',
              ...lookalikes,
            ),
          ),
        ),
      },
      {
        weight: 1,
        arbitrary: piece(
          fc.constantFrom(
            new Huge('a', 300),
            new Huge('9', 1999),
            new Huge('ễ', 800),
            new Huge('%', 500),
          ),
        ),
      },
      {
        weight: 2,
        arbitrary: piece(
          fc.constantFrom(...unicodeEdgeCases, ...sqlInjections, ...markupInjections),
        ),
      },
      { weight: 1, arbitrary: piece(fc.constantFrom(...rawPathPieces), true) },
    ];
    if (pool && pool.length > 0)
      options.unshift({ weight: 8, arbitrary: piece(fc.constantFrom(...pool)) });
    return fc.oneof(...options);
  }

  private query(op: Operation): fc.Arbitrary<Query> {
    type Value = { piece: Piece | undefined; nasty: boolean };
    const value = (
      name: string,
      schema: Operation['queryParams'][number]['schema'],
    ): fc.Arbitrary<Value> =>
      fc.oneof(
        { weight: 4, arbitrary: fc.constant<Value>({ piece: undefined, nasty: false }) },
        {
          weight: 4,
          arbitrary: this.schemas
            .valid(schema, name)
            .map((v): Value => ({ piece: { text: asText(v), raw: false }, nasty: false })),
        },
        {
          weight: 2,
          arbitrary: fc.oneof(nastyString, nastyValue).map((v): Value => ({
            piece: { text: v instanceof Huge ? v : asText(v), raw: false },
            nasty: true,
          })),
        },
      );
    const declared = op.queryParams.map(({ name, schema }) =>
      fc
        .tuple(fc.constant(name), value(name, schema), fc.nat({ max: 19 }))
        .map(([n, { piece, nasty }, r]) => ({ n, v: piece, nasty, repeat: r === 0 })),
    );
    const extraKey = fc.oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        '__proto__[fuzzPolluted]',
        'constructor[prototype][fuzzPolluted]',
        'page[]',
        'page[$gt]',
        'role',
        'organizationId',
        'sort',
        'limit',
        '',
      ),
      fc.string({ maxLength: 8 }),
    );
    const extra = fc.array(fc.tuple(extraKey, fc.oneof(nastyString, fc.constant('yes'))), {
      maxLength: 2,
    });
    // A clean query keeps only the values its schema accepts, so the request reaches the service.
    const pairs = fc
      .tuple(
        fc.boolean(),
        fc.tuple(...declared),
        fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: extra }),
      )
      .map(([clean, items, more]): Query => {
        const out: Array<[Piece, Piece]> = [];
        for (const { n, v, nasty, repeat } of items) {
          if (v === undefined || (clean && nasty)) continue;
          out.push([{ text: n, raw: false }, v]);
          if (repeat) out.push([{ text: n, raw: false }, v]);
        }
        if (!clean)
          for (const [k, v] of more)
            out.push([
              { text: k, raw: false },
              { text: v, raw: false },
            ]);
        return { kind: 'pairs', pairs: out };
      });
    const raw = fc
      .constantFrom(
        '?',
        '?&&&',
        '?=',
        '?=1',
        '?page',
        '?page[]=1',
        '?page[$gt]=1',
        '?__proto__[fuzzPolluted]=yes',
        '?constructor[prototype][fuzzPolluted]=yes',
        '?a=%',
        '?a=%E0%A4%A',
        '?q=%00',
        '?%zz=1',
        '?pageSize=500&pageSize=1',
        '?page=1e6',
        '?page=0x10',
        '?page=%201',
        '?pageSize=-0',
        '?q=%C3%28',
        `?q=${'%E1%BB%85'.repeat(400)}`,
        `?${'a=1&'.repeat(1500)}`,
      )
      .map((text): Query => ({ kind: 'raw', text }));
    return fc.oneof({ weight: 9, arbitrary: pairs }, { weight: 1, arbitrary: raw });
  }

  private body(op: Operation): fc.Arbitrary<Body> {
    const none = fc.constant<Body>({ kind: 'none' });
    const json = (
      arb: fc.Arbitrary<unknown>,
      contentType: fc.Arbitrary<string> = fc.constant('application/json'),
    ) =>
      fc
        .tuple(arb, contentType)
        .map(([value, ct]): Body => ({ kind: 'json', value, contentType: ct }));
    const otherContentTypes = fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/xml',
      'application/vnd.api+json',
      'application/json; charset=latin1',
      'application/json; charset=utf-16le',
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/json;;',
      'application/json; charset="',
      'multipart/form-data',
      'application/octet-stream',
      '*/*',
      '',
    );
    if (op.body.kind === 'multipart') {
      return fc.oneof(
        {
          weight: 12,
          arbitrary: this.multipart().map((multipart): Body => ({ kind: 'multipart', multipart })),
        },
        { weight: 2, arbitrary: rawBody },
        { weight: 1, arbitrary: json(nastyValue) },
        { weight: 1, arbitrary: none },
      );
    }
    if (op.body.kind === 'json') {
      const schema = op.body.schema;
      return fc.oneof(
        { weight: 7, arbitrary: json(this.schemas.valid(schema)) },
        { weight: 7, arbitrary: json(this.schemas.mutated(schema)) },
        { weight: 2, arbitrary: json(nastyValue) },
        { weight: 1, arbitrary: json(this.schemas.valid(schema), otherContentTypes) },
        { weight: 3, arbitrary: rawBody },
        { weight: 1, arbitrary: none },
      );
    }
    return fc.oneof(
      { weight: 8, arbitrary: none },
      { weight: 1, arbitrary: json(nastyValue) },
      { weight: 1, arbitrary: rawBody },
    );
  }

  private extraHeaders(op: Operation): fc.Arbitrary<Record<string, string>> {
    const cookie = op.path.startsWith('/api/auth')
      ? fc.oneof(
          { weight: 3, arbitrary: fc.constant(undefined) },
          {
            weight: 2,
            arbitrary: fc
              .oneof(nastyString, fc.base64String({ minLength: 43, maxLength: 44 }))
              .map((v) => `cg_refresh=${encodePiece(asText(v).slice(0, 1000)).slice(0, 4000)}`),
          },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              'cg_refresh=',
              'cg_refresh',
              'cg_refresh=%',
              'cg_refresh="a"; cg_refresh=b',
              'cg_refresh=j:{"a":1}',
              '=; ;;',
            ),
          },
        )
      : fc.constant(undefined);
    const forwarded = fc.oneof(
      { weight: 12, arbitrary: fc.constant(undefined) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'not-an-ip',
          '1.2.3.4, 5.6.7.8',
          '::1',
          '999.999.999.999',
          "'; DROP TABLE person; --",
          '',
          ' , ,',
          'a'.repeat(2000),
        ),
      },
    );
    return fc.tuple(cookie, forwarded).map(([c, f]) => {
      const headers: Record<string, string> = {};
      if (c !== undefined) headers.cookie = c;
      if (f !== undefined) headers['x-forwarded-for'] = f;
      return headers;
    });
  }

  private multipart(): fc.Arbitrary<Multipart> {
    const field = fc.oneof(
      fc.constantFrom(...(FIELD_HEADER as string[]), ...VI_HEADER, 'organizationId'),
      fc.constantFrom('', ' fullName', 'FULLNAME', 'họ và tên', 'Ho va ten'),
      nastyString.map(asText),
    );
    const header: fc.Arbitrary<string[]> = fc
      .oneof(
        { weight: 4, arbitrary: fc.constant([...FIELD_HEADER]) },
        { weight: 3, arbitrary: fc.constant([...VI_HEADER]) },
        {
          weight: 1,
          arbitrary: fc
            .shuffledSubarray([...FIELD_HEADER, 'organizationId'], { minLength: 0 })
            .map((h) => [...h]),
        },
        { weight: 1, arbitrary: fc.array(field, { maxLength: 8 }) },
      )
      .map((h) => [...h]);
    const cell = (kind: string): fc.Arbitrary<string> => {
      const good: Record<string, fc.Arbitrary<string>> = {
        fullName: vietnameseText,
        gender: fc.constantFrom(
          'male',
          'female',
          'other',
          'Nam',
          'Nữ',
          'Khác',
          'nam',
          'NỮ',
          'Nu\u0303',
        ),
        birthYear: fc.integer({ min: 1930, max: 2012 }).map(String),
        phone: vietnamesePhone,
        communeCode:
          this.pools.commune.length > 0
            ? fc.constantFrom(...this.pools.commune)
            : fc.stringMatching(/^\d{5}$/u),
        group: fc.constantFrom(
          'farmer',
          'veteran',
          'elderly',
          'student',
          'worker',
          'civil_servant',
          'other',
          'Nông dân',
          'Cựu chiến binh',
          'Học sinh',
        ),
        organizationId:
          this.pools.organization.length > 0
            ? fc.constantFrom(...this.pools.organization)
            : fc.uuid(),
      };
      return fc.oneof(
        { weight: 4, arbitrary: good[kind] ?? fc.string({ maxLength: 10 }) },
        { weight: 1, arbitrary: nastyString.map((v) => asText(v).slice(0, 5000)) },
      );
    };
    const row = fc
      .tuple(...[...FIELD_HEADER, 'organizationId'].map(cell))
      .chain((cells) =>
        fc.oneof(
          { weight: 5, arbitrary: fc.constant(cells.slice(0, 6)) },
          { weight: 1, arbitrary: fc.constant(cells) },
          { weight: 1, arbitrary: fc.constant(cells.slice(0, 3)) },
        ),
      );
    const rows = fc.oneof(
      { weight: 10, arbitrary: fc.array(row, { maxLength: 6 }) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(row, fc.constantFrom(500, 3000))
          .map(([r, n]) => Array.from({ length: n }, (_, i) => [`${r[0]} ${i}`, ...r.slice(1)])),
      },
    );
    const content: fc.Arbitrary<FileContent> = fc.oneof(
      {
        weight: 6,
        arbitrary: fc.record({
          kind: fc.constant('csv' as const),
          header,
          rows,
          bom: fc.boolean(),
          separator: fc.constantFrom(',', ',', ',', ';', '\t'),
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant('xlsx' as const),
          header,
          rows: fc.array(row, { maxLength: 6 }),
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('bytes' as const),
          prefix: fc.constantFrom(
            '',
            'PK\u0003\u0004',
            'PK\u0005\u0006',
            '%PDF-1.7\n',
            '\u00ef\u00bb\u00bf',
            'fullName,gender\r\n"unterminated',
          ),
          bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 200 }),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('text' as const),
          text: fc.oneof(nastyString, fc.constant('')),
        }),
      },
    );
    const fileType = fc.constantFrom<string | null>(
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/octet-stream',
      'application/vnd.ms-excel',
      'image/png',
      null,
      'text/csv; charset=windows-1258',
    );
    const filename = fc.oneof(
      fc.constantFrom<string | null>(
        'danh-sach.csv',
        'danh-sach.xlsx',
        'x.xls',
        'noextension',
        '',
        null,
        '../../../etc/passwd',
        'Danh sách đăng ký.xlsx',
        'a"b.csv',
        'a\r\nb.csv',
      ),
      nastyString.map((v) => asText(v).slice(0, 300)),
    );
    const part = fc.record({
      name: fc.oneof(
        { weight: 8, arbitrary: fc.constant('file') },
        { weight: 1, arbitrary: fc.constantFrom('files', 'File', 'file[]', '', 'upload') },
      ),
      filename,
      contentType: fileType,
      content,
    });
    const textPart = fc.record({
      name: fc.constantFrom('dryRun', 'note', '__proto__', 'file'),
      filename: fc.constant(null),
      contentType: fc.constant(null),
      content: fc.record({ kind: fc.constant('text' as const), text: nastyString }),
    });
    const boundary = fc.oneof(
      { weight: 6, arbitrary: fc.constant('----canhgiacfuzz7MA4YWxkTrZu0gW') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'a',
          'x'.repeat(70),
          'x'.repeat(200),
          'with space',
          '"quoted"',
          '',
        ),
      },
    );
    // A well-formed upload (name, type and content agree) gets past the reader into row validation and the import.
    const coherent = fc
      .record({
        format: fc.constantFrom('csv', 'csv', 'xlsx'),
        header,
        rows: fc.array(row, { minLength: 1, maxLength: 6 }),
        bom: fc.boolean(),
      })
      .map(({ format, header: h, rows: r, bom }): Multipart => ({
        boundary: '----canhgiacfuzz7MA4YWxkTrZu0gW',
        announced: '----canhgiacfuzz7MA4YWxkTrZu0gW',
        contentType: 'multipart/form-data',
        parts: [
          format === 'csv'
            ? {
                name: 'file',
                filename: 'danh-sach.csv',
                contentType: 'text/csv',
                content: { kind: 'csv', header: h, rows: r, bom, separator: ',' },
              }
            : {
                name: 'file',
                filename: 'danh-sach.xlsx',
                contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                content: { kind: 'xlsx', header: h, rows: r },
              },
        ],
        terminated: true,
      }));
    const chaotic = fc
      .record({
        boundary,
        announce: fc.constantFrom(
          'same',
          'same',
          'same',
          'same',
          'same',
          'same',
          'other',
          'missing',
        ),
        contentType: fc.constantFrom(
          'multipart/form-data',
          'multipart/form-data',
          'multipart/form-data',
          'multipart/mixed',
          'multipart/form-data; charset=utf-8',
          'Multipart/Form-Data',
        ),
        parts: fc.oneof(
          { weight: 8, arbitrary: fc.tuple(part).map((p) => [...p]) },
          { weight: 1, arbitrary: fc.array(fc.oneof(part, textPart), { maxLength: 4 }) },
        ),
        terminated: fc.constantFrom(true, true, true, true, true, false),
      })
      .map(({ boundary: b, announce, contentType, parts, terminated }) => ({
        boundary: b,
        announced: announce === 'missing' ? null : announce === 'other' ? 'not-the-boundary' : b,
        contentType,
        parts,
        terminated,
      }));
    return fc.oneof({ weight: 3, arbitrary: coherent }, { weight: 2, arbitrary: chaotic });
  }

  /** Paths the API does not have, and documented paths with a method they do not take. */
  private undocumented(caller: Caller): fc.Arbitrary<FuzzCase> {
    const documented = this.operations.filter((o) => o.key !== UNDOCUMENTED);
    const wrongMethod = fc.constantFrom(...documented).chain((op) => {
      const taken = new Set(documented.filter((o) => o.path === op.path).map((o) => o.method));
      const others = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].filter(
        (m) => !taken.has(m),
      );
      return fc.constantFrom(...others).map((method) => ({
        method,
        path: op.path.replace(
          /\{[^}]+\}/gu,
          this.allReal[0] ?? '00000000-0000-4000-8000-000000000000',
        ),
      }));
    });
    const unknownPath = fc
      .tuple(
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'),
        fc.array(
          fc.oneof(
            fc.constantFrom(
              'api',
              'v2',
              'admin',
              '..',
              'users',
              'people',
              'debug',
              '.env',
              'docs-json',
              'swagger.json',
              'graphql',
            ),
            fc.string({ maxLength: 12 }).map(encodePiece),
          ),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
      )
      .map(([method, segments]) => ({ method, path: `/api/${segments.join('/')}` }));
    const oversized = fc.constantFrom(
      { method: 'GET', path: `/api/conferences?q=${'a'.repeat(17_000)}` },
      { method: 'GET', path: `/api/people/${'9'.repeat(17_000)}` },
    );
    return fc
      .tuple(
        fc.oneof(
          { weight: 10, arbitrary: wrongMethod },
          { weight: 10, arbitrary: unknownPath },
          { weight: 1, arbitrary: oversized },
        ),
        fc.nat({ max: Math.max(0, this.forgedCount - 1) }),
        fc.oneof(fc.constant<Body>({ kind: 'none' }), rawBody),
      )
      .map(([{ method, path }, forged, body]) => ({
        op: UNDOCUMENTED,
        method,
        path,
        caller,
        forged: caller === 'forged' ? forged : 0,
        params: {},
        query: { kind: 'pairs', pairs: [] },
        body,
        headers: {},
      }));
  }
}

const invalidJsonTexts = [
  '{',
  '{"a":',
  "{'a':1}",
  '{"a":1,}',
  '{a:1}',
  'undefined',
  'NaN',
  '{"quantity":NaN}',
  '{"quantity":Infinity}',
  '{"birthYear":-Infinity}',
  '\u0000',
  'null',
  '"a string"',
  '123',
  'true',
  '[]',
  '[{}]',
  '[[[]]]',
  '\ufeff{}',
  '{"a":1}{"b":2}',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"a":"\\x41"}',
  '{"__proto__":{"fuzzPolluted":"raw"}}',
  '{"constructor":{"prototype":{"fuzzPolluted":"raw"}}}',
  '{"a":1,"a":2,"a":3}',
  '{"quantity":1e400}',
  '{"birthYear":1e-400}',
  '{"year":123456789012345678901234567890}',
  `{"a":"${'\\'.repeat(11)}"}`,
  '   ',
  '',
  '<?xml version="1.0"?><a/>',
  'a=1&b=2',
  '__proto__[fuzzPolluted]=yes&constructor[prototype][fuzzPolluted]=yes',
  'fullName=%E0%A4%A&birthYear=1990',
  'username=admin&password=demo-password',
];

const rawBody: fc.Arbitrary<Body> = fc
  .record({
    text: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom<string | Huge>(...invalidJsonTexts) },
      { weight: 1, arbitrary: nastyString },
    ),
    contentType: fc.constantFrom<string | null>(
      'application/json',
      'application/json',
      'application/json',
      'application/x-www-form-urlencoded',
      'text/plain',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/x-www-form-urlencoded; charset=iso-8859-1',
      null,
    ),
    contentEncoding: fc.oneof(
      { weight: 8, arbitrary: fc.constant(null) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'gzip',
          'deflate',
          'br',
          'identity',
          'x-unknown',
          'gzip, gzip',
          'GZIP',
        ),
      },
    ),
  })
  .map((b): Body => ({ kind: 'raw', ...b }));

async function fileBytes(content: FileContent): Promise<Buffer> {
  switch (content.kind) {
    case 'csv': {
      const quote = (cell: string) =>
        /[",;\t\r\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell;
      const lines = [content.header, ...content.rows].map((r) =>
        r.map(quote).join(content.separator),
      );
      return Buffer.from(`${content.bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`, 'utf8');
    }
    case 'xlsx':
      try {
        return await xlsx([content.header, ...content.rows]);
      } catch {
        // exceljs refuses some strings; such a file cannot be made, so the case sends text instead.
        return Buffer.from([content.header, ...content.rows].map((r) => r.join(',')).join('\n'));
      }
    case 'bytes':
      return Buffer.concat([Buffer.from(content.prefix, 'latin1'), Buffer.from(content.bytes)]);
    case 'text':
      return Buffer.from(asText(content.text), 'utf8');
  }
}

/** Header values Node would refuse to send are replaced by what a browser would send instead. */
const headerSafe = (value: string) => value.replace(/[^\t\x20-\x7e\x80-\xff]/gu, '?');

async function multipartBytes(m: Multipart): Promise<Buffer> {
  const chunks: Buffer[] = [Buffer.from('preamble ignored by parsers\r\n')];
  for (const p of m.parts) {
    const disposition = `form-data; name="${p.name}"${p.filename === null ? '' : `; filename="${p.filename}"`}`;
    const head = [
      `--${m.boundary}`,
      `Content-Disposition: ${disposition}`,
      ...(p.contentType ? [`Content-Type: ${p.contentType}`] : []),
      '',
      '',
    ].join('\r\n');
    chunks.push(Buffer.from(head, 'utf8'), await fileBytes(p.content), Buffer.from('\r\n'));
  }
  if (m.terminated) chunks.push(Buffer.from(`--${m.boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** The bytes of a case. `auth` is the Authorization header of its caller (undefined: none). */
export async function toRawRequest(c: FuzzCase, auth: string | undefined): Promise<RawRequest> {
  let path = c.path;
  for (const [name, piece] of Object.entries(c.params))
    path = path.replace(`{${name}}`, pieceText(piece));
  if (c.query.kind === 'raw') path += c.query.text;
  else if (c.query.pairs.length > 0)
    path += `?${cutEncoded(c.query.pairs.map(([k, v]) => `${pieceText(k)}=${pieceText(v)}`).join('&'), MAX_QUERY)}`;

  const headers: Record<string, string> = { ...c.headers };
  if (auth !== undefined) headers.authorization = auth;
  let body: Buffer | undefined;
  switch (c.body.kind) {
    case 'none':
      break;
    case 'json':
      body = Buffer.from(serializeJson(c.body.value), 'utf8');
      if (c.body.contentType) headers['content-type'] = c.body.contentType;
      break;
    case 'raw':
      body = Buffer.from(asText(c.body.text), 'utf8');
      if (c.body.contentType) headers['content-type'] = c.body.contentType;
      if (c.body.contentEncoding) headers['content-encoding'] = c.body.contentEncoding;
      break;
    case 'multipart': {
      const m = c.body.multipart;
      body = await multipartBytes(m);
      headers['content-type'] = headerSafe(
        m.announced === null ? m.contentType : `${m.contentType}; boundary=${m.announced}`,
      );
      break;
    }
  }
  return { method: c.method, path, headers, body };
}

/** A short, printable account of a request for the report. */
export function describeRequest(req: RawRequest, caller: string): string {
  const preview = (text: string, max = 700) =>
    text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
  const lines = [`${req.method} ${preview(req.path, 400)}   [caller: ${caller}]`];
  for (const [k, v] of Object.entries(req.headers))
    lines.push(
      `  ${k}: ${k === 'authorization' && caller !== 'forged' ? `Bearer <${caller} token>` : preview(v, 200)}`,
    );
  if (req.body !== undefined)
    lines.push(
      `  body (${req.body.length} bytes): ${JSON.stringify(preview(req.body.toString('utf8')))}`,
    );
  return lines.join('\n');
}
