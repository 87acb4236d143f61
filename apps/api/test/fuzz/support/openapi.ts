import type { RouteDescriptor } from '@canhgiac/contracts';
import fc from 'fast-check';
import { Huge, nastyString, nastyValue, prototypeKeys, RawJson } from './values';

/** The parts of OpenAPI 3 / JSON Schema that the generated document uses. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  exclusiveMaximum?: boolean | number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  security?: unknown[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface Operation {
  /** e.g. `POST /api/conferences/{id}/registrations` */
  key: string;
  method: string;
  path: string;
  pathParams: string[];
  queryParams: Array<{ name: string; schema: JsonSchema }>;
  body: { kind: 'none' } | { kind: 'json'; schema: JsonSchema } | { kind: 'multipart' };
}

/**
 * Every route of the contracts, in their order, as an operation to fuzz: the descriptor says
 * which routes exist and what body each takes; the OpenAPI document gives the JSON Schemas the
 * values are generated from. A route the document lacks is an error, not a route left out.
 */
export function operationsOf(
  routes: readonly RouteDescriptor[],
  doc: OpenApiDocument,
): Operation[] {
  return routes.map((route) => {
    const path = `/api${route.path.replace(/:(\w+)/gu, '{$1}')}`;
    const op = doc.paths[path]?.[route.method.toLowerCase()];
    if (!op) throw new Error(`${route.id}: ${route.method} ${path} is not in the OpenAPI document`);
    const json = op.requestBody?.content?.['application/json']?.schema;
    const body: Operation['body'] =
      route.body === 'multipart'
        ? { kind: 'multipart' }
        : route.body
          ? { kind: 'json', schema: json ?? {} }
          : { kind: 'none' };
    return {
      key: `${route.method} ${path}`,
      method: route.method,
      path,
      pathParams: [...path.matchAll(/\{([^}]+)\}/gu)].map((m) => m[1]),
      queryParams: (op.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => ({ name: p.name, schema: p.schema ?? {} })),
      body,
    };
  });
}

/** Real values the fuzzer mixes into what it generates, so requests reach past "not found". */
export interface Pools {
  campaign: string[];
  conference: string[];
  person: string[];
  organization: string[];
  registration: string[];
  user: string[];
  certificate: string[];
  batch: string[];
  allocation: string[];
  verifyCode: string[];
  checkInCode: string[];
  commune: string[];
  district: string[];
}

/** Which pool a field or parameter named so draws its real values from. */
export function poolFor(pools: Pools, name: string, pathPrefix?: string): string[] | undefined {
  const byName: Record<string, keyof Pools> = {
    campaignId: 'campaign',
    conferenceId: 'conference',
    personId: 'person',
    organizationId: 'organization',
    organizerIds: 'organization',
    registrationId: 'registration',
    userId: 'user',
    batchId: 'batch',
    allocationId: 'allocation',
    certificateId: 'certificate',
    verifyCode: 'verifyCode',
    code: 'checkInCode',
    communeCode: 'commune',
    districtCode: 'district',
    parentCode: 'district',
  };
  if (byName[name]) return pools[byName[name]];
  if (name === 'id' && pathPrefix) {
    const byPrefix: Record<string, keyof Pools> = {
      campaigns: 'campaign',
      conferences: 'conference',
      people: 'person',
      organizations: 'organization',
      users: 'user',
      certificates: 'certificate',
      'leaflet-batches': 'batch',
      'leaflet-allocations': 'allocation',
    };
    const pool = byPrefix[pathPrefix];
    return pool ? pools[pool] : undefined;
  }
  return undefined;
}

export class SchemaArbitraries {
  constructor(
    private readonly doc: OpenApiDocument,
    private readonly pools: Pools,
  ) {}

  resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    for (let i = 0; current.$ref && i < 10; i += 1) {
      const name = current.$ref.replace('#/components/schemas/', '');
      current = this.doc.components?.schemas?.[name] ?? {};
    }
    return current;
  }

  /** Values that the schema accepts, mostly (patterns and cross-field rules are not always met). */
  valid(input: JsonSchema, name = '', depth = 0): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    const variants = schema.anyOf ?? schema.oneOf;
    if (variants && variants.length > 0)
      return fc.oneof(...variants.map((v) => this.valid(v, name, depth)));
    if (schema.allOf && schema.allOf.length > 0) return this.valid(schema.allOf[0], name, depth);
    const base = this.validNonNull(schema, name, depth);
    const nullable =
      schema.nullable || (Array.isArray(schema.type) && schema.type.includes('null'));
    return nullable
      ? fc.oneof({ weight: 5, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) })
      : base;
  }

  private validNonNull(schema: JsonSchema, name: string, depth: number): fc.Arbitrary<unknown> {
    if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    switch (type) {
      case 'string':
        return this.string(schema, name);
      case 'integer':
        return this.integer(schema);
      case 'number':
        return fc.oneof(
          this.integer(schema),
          fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true }),
        );
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const item = schema.items
          ? this.valid(schema.items, name, depth + 1)
          : fc.jsonValue({ maxDepth: 1 });
        return fc.array(item, {
          minLength: schema.minItems ?? 0,
          maxLength: Math.min(schema.maxItems ?? 4, 4),
        });
      }
      case 'object':
        return this.object(schema, depth);
      default:
        if (schema.properties) return this.object(schema, depth);
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  private object(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
    const props = schema.properties ?? {};
    if (depth > 4 || Object.keys(props).length === 0) return fc.constant({});
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, sub] of Object.entries(props)) model[key] = this.valid(sub, key, depth + 1);
    const required = (schema.required ?? []).filter((key) => key in model);
    return fc.record(model, { requiredKeys: required });
  }

  private integer(schema: JsonSchema): fc.Arbitrary<number> {
    let min = schema.minimum ?? -1_000_000;
    let max = schema.maximum ?? 1_000_000;
    if (schema.exclusiveMinimum === true) min += 1;
    else if (typeof schema.exclusiveMinimum === 'number') min = schema.exclusiveMinimum + 1;
    if (schema.exclusiveMaximum === true) max -= 1;
    else if (typeof schema.exclusiveMaximum === 'number') max = schema.exclusiveMaximum - 1;
    const edges = [min, max, Math.min(max, Math.max(min, 0)), Math.min(max, Math.max(min, 1))];
    return fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min, max }) },
      { weight: 1, arbitrary: fc.constantFrom(...edges) },
    );
  }

  private string(schema: JsonSchema, name: string): fc.Arbitrary<unknown> {
    const pool = poolFor(this.pools, name);
    const real = pool && pool.length > 0 ? fc.constantFrom(...pool) : undefined;
    const generated = this.generatedString(schema, name);
    return real
      ? fc.oneof({ weight: 3, arbitrary: real }, { weight: 1, arbitrary: generated })
      : generated;
  }

  private generatedString(schema: JsonSchema, name: string): fc.Arbitrary<string> {
    if (schema.format === 'uuid') return fc.uuid();
    if (schema.format === 'date') return isoDate;
    if (schema.format === 'date-time') return isoDateTime;
    if (name === 'phone') return vietnamesePhone;
    if (schema.pattern) {
      try {
        return fc.stringMatching(new RegExp(schema.pattern, 'u'));
      } catch {
        // A pattern JavaScript cannot read: plain text below.
      }
    }
    const minLength = schema.minLength ?? 1;
    const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 80, 80));
    return fc
      .oneof(
        {
          weight: 3,
          arbitrary: fc
            .array(
              fc.constantFrom(
                'Hội',
                'nghị',
                'tập',
                'huấn',
                'Nhà',
                'văn',
                'hóa',
                'thôn',
                'Đức',
                'Hải',
                'Hậu',
                'lừa',
                'đảo',
              ),
              { minLength: 1, maxLength: 6 },
            )
            .map((w) => w.join(' ')),
        },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }) },
      )
      .filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity));
  }

  /**
   * A value of the schema, then broken (or not): a field replaced by a nasty value or a value
   * of the wrong type, a required field dropped, an unknown or prototype-polluting key added,
   * or the whole thing wrapped in an array.
   */
  mutated(schema: JsonSchema): fc.Arbitrary<unknown> {
    return fc
      .tuple(this.valid(schema), fc.array(mutation, { minLength: 1, maxLength: 3 }))
      .map(([value, mutations]) =>
        mutations.reduce((current, m) => applyMutation(current, m), structuredCloneSafe(value)),
      );
  }
}

type Mutation =
  | { kind: 'replace'; at: number; with: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; with: unknown }
  | { kind: 'wrap' };

const wrongType = fc.constantFrom<unknown>(
  '1',
  1,
  -1,
  1.5,
  true,
  null,
  [],
  {},
  ['a'],
  { a: 1 },
  '',
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      at: fc.nat(),
      with: fc.oneof(nastyValue, wrongType),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      at: fc.nat(),
      key: fc.oneof(
        fc.constantFrom(
          ...prototypeKeys,
          'id',
          'role',
          'isAdmin',
          'organizationId',
          'force',
          '',
          ' ',
          '\u0000',
        ),
        fc.string({ maxLength: 10 }),
      ),
      with: nastyValue,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'wrap' as const }) },
);

/** Deep copy that keeps the markers (they are immutable) and own `__proto__` keys. */
function structuredCloneSafe(value: unknown): unknown {
  if (value instanceof RawJson || value instanceof Huge) return value;
  if (Array.isArray(value)) return value.map(structuredCloneSafe);
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      Object.defineProperty(copy, key, {
        value: structuredCloneSafe((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  }
  return value;
}

type Path = Array<string | number>;

/** Every place inside a value (the root included), depth first. */
function placesOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (value instanceof RawJson || value instanceof Huge) return out;
  if (Array.isArray(value)) value.forEach((v, i) => placesOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object')
    for (const key of Object.keys(value))
      placesOf((value as Record<string, unknown>)[key], [...prefix, key], out);
  return out;
}

function containerAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) current = (current as Record<string | number, unknown>)[key];
  return current;
}

function applyMutation(root: unknown, m: Mutation): unknown {
  if (m.kind === 'wrap') return [root];
  const places = placesOf(root);
  if (m.kind === 'add') {
    const objects = places.filter((p) => {
      const v = containerAt(root, p);
      return (
        v !== null &&
        typeof v === 'object' &&
        !Array.isArray(v) &&
        !(v instanceof RawJson) &&
        !(v instanceof Huge)
      );
    });
    if (objects.length === 0) return root;
    const target = containerAt(root, objects[m.at % objects.length]) as Record<string, unknown>;
    Object.defineProperty(target, m.key, {
      value: structuredCloneSafe(m.with),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return root;
  }
  const path = places[m.at % places.length];
  if (path.length === 0) return m.kind === 'replace' ? structuredCloneSafe(m.with) : root;
  const parent = containerAt(root, path.slice(0, -1)) as
    Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1];
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key as string];
  } else {
    Object.defineProperty(parent, key, {
      value: structuredCloneSafe(m.with),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return root;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Dates around the product's campaigns (2025–2027), now and then far away. */
export const isoDate: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 2025, max: 2027 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2026-02-29',
      '2028-02-29',
      '1900-01-01',
      '2100-12-31',
      '0001-01-01',
      '9999-12-31',
      '2026-12-31',
    ),
  },
);

export const isoDateTime: fc.Arbitrary<string> = fc
  .tuple(
    isoDate,
    fc.integer({ min: 0, max: 23 }),
    fc.constantFrom(0, 30),
    fc.constantFrom('+07:00', 'Z', '-12:00', '+14:00'),
  )
  .map(([day, h, m, offset]) => `${day}T${pad(h)}:${pad(m)}:00${offset}`);

export const vietnamesePhone: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('09', '03', '08', '07', '05', '+849', '849', '(+84) 9'),
      fc.stringMatching(/^\d{8}$/u),
    )
    .map(([p, rest]) => p + rest),
  fc.constantFrom(
    '0912 345 678',
    '0912.345.678',
    '0000000000',
    '+1 202 555 0100',
    '091234567',
    '09123456789',
    '',
    '   ',
  ),
);

/** A nasty stand-in for any single value (a query value, a path segment). */
export const anyNasty = fc.oneof(nastyString, nastyValue);
