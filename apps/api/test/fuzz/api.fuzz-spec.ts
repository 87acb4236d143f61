import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  allRoutes,
  errorCodeSchema,
  errorExtraSchemas,
  errorResponseSchema,
  errorStatuses,
} from '@canhgiac/contracts';
import fc from 'fast-check';
import { login, demoUsernames, type DemoUser } from '../support/auth';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';
import { type Crash, CrashGuard, settle } from './support/crash-guard';
import { createFixtures, type Fixtures } from './support/fixtures';
import { HttpClient, NoAnswer, type RawRequest, type RawResponse } from './support/http-client';
import {
  type OpenApiDocument,
  type Operation,
  operationsOf,
  SchemaArbitraries,
} from './support/openapi';
import {
  type Caller,
  CALLERS,
  CaseArbitraries,
  describeRequest,
  type FuzzCase,
  toRawRequest,
  UNDOCUMENTED,
} from './support/requests';
import { type ServerError, ServerErrorLog } from './support/server-errors';
import { prototypePolluted } from './support/values';

/**
 * Property-based fuzzing of the whole HTTP API: every operation of /api/docs-json × every kind
 * of caller, with path parameters, query strings and bodies derived from the OpenAPI schemas
 * and then broken. For every answer: status < 500; an error (≥ 400) is JSON in the contract's
 * error shape with `statusCode` equal to the HTTP status; nothing hangs; an anonymous or
 * forged caller never gets a 2xx from a non-public route; nothing reaches Object.prototype;
 * no request leaves an uncaught exception or unhandled rejection behind (either one ends the
 * API process in production). GET /api/health must stay 200 throughout.
 *
 *   pnpm test:fuzz                                  # CI: fixed seed, about 2,000 requests, ~1 min
 *   FUZZ_RUNS=12000 FUZZ_SEED=7 pnpm test:fuzz      # the long run, another seed
 *   FUZZ_ONLY=registrations/import,people pnpm test:fuzz   # only operations whose key contains one of these
 *   TEST_LOG=1 pnpm test:fuzz                       # with the server's own log on stdout
 *   TEST_DATABASE_URL=postgres://… pnpm test:fuzz   # on PostgreSQL instead of the embedded database
 *
 * Other knobs: FUZZ_TIMEOUT_MS (per request, default 15000), FUZZ_REPORT (JSON report path).
 * Failures are collected and reported together, grouped by cause: each new one is shrunk by
 * fast-check, then the pair (operation × caller) goes on fuzzing with its remaining budget.
 * The stack of a 5xx or of a crash comes from the app's error log and is in the report.
 */

const envInt = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got ${raw}`);
  return value;
};

const SEED = envInt('FUZZ_SEED', 20_261_128);
const RUNS = envInt('FUZZ_RUNS', 2000);
const TIMEOUT_MS = envInt('FUZZ_TIMEOUT_MS', 15_000);
const ONLY = (process.env.FUZZ_ONLY ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const REPORT = process.env.FUZZ_REPORT || path.join(os.tmpdir(), 'canhgiac-fuzz-report.json');
const HEALTH_EVERY = 250;
const PROBE_TIMEOUT_MS = 5000;
/** Requests (or milliseconds) spent shrinking one new failure before settling for what was found. */
const SHRINK_REQUESTS = 150;
const SHRINK_MS = 60_000;
/** An operation × caller pair stops after this many new findings, or this many repeats of known ones. */
const MAX_NEW_PER_PAIR = 3;
const MAX_REPEATS_PER_PAIR = 10;

/** Routes that answer without a login: the only ones where an anonymous or forged caller may get a 2xx. */
const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  'POST /api/auth/logout',
  'GET /api/public/verify/{verifyCode}',
]);

const UNDOCUMENTED_OPERATION: Operation = {
  key: UNDOCUMENTED,
  method: 'ANY',
  path: '',
  pathParams: [],
  queryParams: [],
  body: { kind: 'none' },
};

const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;
const preview = (text: string, max = 600) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;

/** What one request did: kept per generated case, so the shrunk counterexample can be reported. */
interface Observation {
  req: RawRequest;
  outcome: RawResponse | NoAnswer;
  problem?: string;
  crash?: Crash;
  serverError?: ServerError;
}

interface Finding {
  operation: string;
  caller: Caller;
  problem: string;
  /** Findings with the same signature are the same bug (see signatureOf). */
  signature: string;
  seed: number;
  path?: string;
  runsBeforeFailure: number;
  shrinks: number;
  request: string;
  response: string;
  /** The server-side stack: an uncaught exception, or what the app logged while answering (the cause of a 5xx). */
  stack?: string;
}

/**
 * The cause of a failure, as far as it can be told from outside: the server-side error and where
 * it was thrown when there is one; else the problem (plus the operation for hangs, plus the
 * content encoding, since body-parser failures happen on every route before any is chosen).
 */
function signatureOf(o: Observation, op: string): string {
  const firstFrame = (stack: string) =>
    stack.split('\n').find((l) => l.trim().startsWith('at ')) ?? '';
  if (o.crash) return `crash|${o.crash.message}|${firstFrame(o.crash.stack)}`;
  if (o.serverError)
    return `logged|${o.problem}|${o.serverError.summary}|${firstFrame(o.serverError.stack)}`;
  if (o.outcome instanceof NoAnswer) return `${o.problem}|${op}`;
  if (o.outcome.status >= 500)
    return `${o.problem}|${(o.req.headers['content-encoding'] ?? '').toLowerCase()}`;
  return o.problem ?? '';
}

/**
 * Whether an answer shows the caller got past the auth guard. Body-parser errors (malformed
 * JSON, 413, 415) and unknown paths come before it, so only what a handler or the validation
 * pipe says counts: a 2xx, a validation error, a not-found of an id, a conflict, row errors,
 * a rate limit.
 */
function pastAuthorization(outcome: RawResponse | NoAnswer): boolean {
  if (outcome instanceof NoAnswer) return false;
  if (outcome.status < 300) return true;
  let code: unknown;
  try {
    code = (JSON.parse(outcome.body.toString('utf8')) as { code?: unknown }).code;
  } catch {
    return false;
  }
  return (
    code === 'VALIDATION_FAILED' ||
    code === 'NOT_FOUND' ||
    outcome.status === 409 ||
    outcome.status === 422 ||
    outcome.status === 429
  );
}

/** FNV-1a of a text mixed with the base seed: a stable seed per operation × caller × round × attempt. */
function seedFor(text: string): number {
  let hash = 0x811c9dc5 ^ SEED;
  for (const ch of text) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

interface Pair {
  op: Operation;
  caller: Caller;
  /** Some answer showed that the caller gets past authorization here (see pastAuthorization). */
  allowed: boolean;
  runs: number;
}

class Stats {
  readonly started = Date.now();
  requests = 0;
  runs = 0;
  healthChecks = 0;
  readonly byClass: Record<string, number> = {
    '2xx': 0,
    '3xx': 0,
    '4xx': 0,
    '5xx': 0,
    'no answer': 0,
  };
  readonly byStatus: Record<string, number> = {};
  readonly byOperation: Record<string, Record<string, number>> = {};
  readonly slowest: Array<{ ms: number; request: string; status: string }> = [];

  record(c: FuzzCase, req: RawRequest, outcome: RawResponse | NoAnswer) {
    this.requests += 1;
    const cls = outcome instanceof NoAnswer ? 'no answer' : statusClass(outcome.status);
    const status = outcome instanceof NoAnswer ? outcome.reason : String(outcome.status);
    this.byClass[cls] = (this.byClass[cls] ?? 0) + 1;
    this.byStatus[status] = (this.byStatus[status] ?? 0) + 1;
    const op = (this.byOperation[c.op] ??= {});
    op[status] = (op[status] ?? 0) + 1;
    if (this.slowest.length < 10 || outcome.ms > this.slowest[this.slowest.length - 1].ms) {
      this.slowest.push({
        ms: outcome.ms,
        request: `${req.method} ${req.path.slice(0, 160)} as ${c.caller}`,
        status,
      });
      this.slowest.sort((a, b) => b.ms - a.ms);
      this.slowest.length = Math.min(this.slowest.length, 10);
    }
  }

  seconds() {
    return (Date.now() - this.started) / 1000;
  }
}

function describeResponse(outcome: RawResponse | NoAnswer): string {
  if (outcome instanceof NoAnswer)
    return `no answer (${outcome.reason} after ${outcome.ms} ms): ${outcome.message}`;
  return `${outcome.status} ${outcome.headers['content-type'] ?? '(no content-type)'} ${preview(outcome.body.toString('utf8'))}`;
}

/** What is wrong with an answer (one line), or undefined when it keeps every promise. */
function judge(
  c: FuzzCase,
  outcome: RawResponse | NoAnswer,
  crash: Crash | undefined,
): string | undefined {
  if (crash)
    return `${crash.kind} in the server process (ends the API process in production): ${crash.message}`;
  if (outcome instanceof NoAnswer)
    return outcome.reason === 'timeout'
      ? `hang: ${outcome.message}`
      : `broken answer: ${outcome.message}`;
  const { status } = outcome;
  if (status >= 500) return `server error ${status}`;
  if (status >= 400) {
    const type = String(outcome.headers['content-type'] ?? '');
    if (!type.startsWith('application/json'))
      return `error ${status} answered as "${type || 'no content-type'}", not JSON in the error shape`;
    let body: unknown;
    try {
      body = JSON.parse(outcome.body.toString('utf8'));
    } catch {
      return `error ${status} with a body that is not JSON`;
    }
    const parsed = errorResponseSchema.safeParse(body);
    if (!parsed.success)
      return `error ${status} not in the error shape: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`;
    if (parsed.data.statusCode !== status)
      return `error body says statusCode ${parsed.data.statusCode}, HTTP status is ${status}`;
    // The code is one of the contracts', with its status, and carries the fields they give it.
    const code = errorCodeSchema.safeParse(parsed.data.code);
    if (!code.success) return `error ${status} with an unknown code ${String(parsed.data.code)}`;
    if (errorStatuses[code.data] !== status)
      return `error ${code.data} answered ${status}, the contracts say ${errorStatuses[code.data]}`;
    const extra = errorExtraSchemas[code.data as keyof typeof errorExtraSchemas];
    if (extra && !extra.safeParse(body).success)
      return `error ${code.data} without the fields the contracts give it`;
  }
  if (
    status < 300 &&
    (c.caller === 'anonymous' || c.caller === 'forged') &&
    c.op !== UNDOCUMENTED &&
    !PUBLIC_ROUTES.has(c.op)
  ) {
    return `authentication bypass: ${c.caller} caller got ${status} from a route that needs a login`;
  }
  const polluted = prototypePolluted();
  if (polluted) {
    delete (Object.prototype as Record<string, unknown>).fuzzPolluted;
    return `prototype pollution: ${polluted}`;
  }
  return undefined;
}

describe.each(testDatabaseKinds())(
  'API fuzz (property-based, every route × every caller) (%s)',
  (kind) => {
    let t: TestApp;
    let client: HttpClient;
    /** For health probes: a shorter deadline than fuzzed requests get. */
    let probe: HttpClient;
    /** Counts app starts; a restart invalidates the ids of cases generated before it. */
    let generation = 0;
    let fixtures: Fixtures;
    let operations: Operation[] | undefined;
    let arbitraries: CaseArbitraries;
    const stats = new Stats();
    const guard = new CrashGuard();
    const serverLog = new ServerErrorLog();
    const findings: Finding[] = [];
    const known = new Set<string>();
    const incidents: string[] = [];
    const seen = new WeakMap<FuzzCase, Observation>();

    const authFor = (c: FuzzCase): string | undefined => {
      if (c.caller === 'anonymous') return undefined;
      if (c.caller === 'forged') return fixtures.forged[c.forged % fixtures.forged.length];
      return `Bearer ${fixtures.tokens[c.caller as DemoUser]}`;
    };

    /** Starts the app (again, after it stopped answering) on a fresh database, with fresh fixtures. */
    async function startApp() {
      // Long-lived tokens (the long run may outlast the default 15 minutes) and no per-address
      // login lock (fuzzed logins would otherwise lock out a re-login after a token stops working).
      t = await createTestApp(kind, {
        ACCESS_TOKEN_TTL_SECONDS: '86400',
        LOGIN_MAX_FAILURES_PER_IP: '100000',
      });
      serverLog.install();
      await t.app.listen(0, '127.0.0.1');
      const port = (t.http.address() as AddressInfo).port;
      client = new HttpClient(port, TIMEOUT_MS);
      probe = new HttpClient(port, PROBE_TIMEOUT_MS);
      fixtures = await createFixtures(t);
      const docs = await client.send({ method: 'GET', path: '/api/docs-json', headers: {} });
      if (docs.status !== 200) throw new Error(`GET /api/docs-json: ${docs.status}`);
      const doc = JSON.parse(docs.body.toString('utf8')) as OpenApiDocument;
      operations ??= [...operationsOf(allRoutes, doc), UNDOCUMENTED_OPERATION];
      arbitraries = new CaseArbitraries(
        new SchemaArbitraries(doc, fixtures.pools),
        fixtures.pools,
        operations,
        fixtures.forged.length,
      );
      generation += 1;
    }

    async function healthy(): Promise<{ ok: boolean; answer: string }> {
      stats.healthChecks += 1;
      const outcome = await probe
        .send({ method: 'GET', path: '/api/health', headers: {} })
        .catch((error: NoAnswer) => error);
      return {
        ok: !(outcome instanceof NoAnswer) && outcome.status === 200,
        answer: describeResponse(outcome),
      };
    }

    /**
     * After a hang: is the whole API down? That is an incident of its own; the app is then
     * restarted on a fresh database (the ids from before are gone) so that the run can go on.
     */
    async function survive(after: string): Promise<boolean> {
      const health = await healthy();
      if (health.ok) return false;
      incidents.push(
        `the whole API stopped answering (GET /api/health: ${health.answer}) after ${after}; restarted the app on a fresh database`,
      );
      serverLog.uninstall();
      const dead = t;
      await Promise.race([
        dead.close().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 10_000)),
      ]);
      await startApp();
      return true;
    }

    async function healthCheck(when: string) {
      const health = await healthy();
      if (!health.ok) {
        incidents.push(`GET /api/health ${when}: ${health.answer}`);
        await survive(`the health check ${when}`);
        return;
      }
      // The demo users' tokens must keep working: a fuzzed request that ends one is worth knowing about.
      for (const user of ['admin', 'staff', 'coordinator', 'leader'] as DemoUser[]) {
        const me = await probe
          .send({
            method: 'GET',
            path: '/api/auth/me',
            headers: { authorization: `Bearer ${fixtures.tokens[user]}` },
          })
          .catch((e: NoAnswer) => e);
        if (me instanceof NoAnswer || me.status !== 200) {
          incidents.push(
            `the ${user} token stopped working ${when} (GET /api/auth/me: ${describeResponse(me)}); logged in again`,
          );
          fixtures.tokens[user] = await login(t, demoUsernames[user]);
        }
      }
    }

    async function execute(c: FuzzCase, pair: Pair): Promise<Observation> {
      const req = await toRawRequest(c, authFor(c));
      let outcome: RawResponse | NoAnswer;
      try {
        outcome = await client.send(req);
      } catch (error) {
        if (!(error instanceof NoAnswer)) throw error;
        outcome = error;
      }
      stats.record(c, req, outcome);
      if (pastAuthorization(outcome)) pair.allowed = true;
      await settle();
      const [crash] = guard.take();
      const [serverError] = serverLog.take();
      const observation: Observation = {
        req,
        outcome,
        crash,
        serverError,
        problem: judge(c, outcome, crash),
      };
      if (
        outcome instanceof NoAnswer &&
        outcome.reason === 'timeout' &&
        (await survive(`${req.method} ${req.path.slice(0, 200)} as ${c.caller}`))
      ) {
        observation.problem +=
          '; then the whole API stopped answering (GET /api/health timed out) until restarted';
      }
      seen.set(c, observation);
      if (stats.requests % HEALTH_EVERY === 0) await healthCheck(`after request ${stats.requests}`);
      if (stats.requests % 1000 === 0) {
        process.stdout.write(
          `[fuzz] ${stats.requests} requests, ${new Set(findings.map((f) => f.signature)).size} distinct findings, ${stats.seconds().toFixed(0)} s\n`,
        );
      }
      return observation;
    }

    async function fuzzPair(pair: Pair, numRuns: number, round: number) {
      let left = numRuns;
      let fresh = 0;
      let repeats = 0;
      for (
        let attempt = 0;
        left > 0 && fresh < MAX_NEW_PER_PAIR && repeats < MAX_REPEATS_PER_PAIR;
        attempt += 1
      ) {
        const seed = seedFor(`${pair.op.key}|${pair.caller}|${round}|${attempt}`);
        const startedIn = generation;
        let failure: { requests: number; time: number; repeat: boolean } | undefined;
        const property = fc.asyncProperty(
          arbitraries.forOperation(pair.op, pair.caller),
          async (c) => {
            // Shrinking stops (every further candidate "passes") when the failure is a known one,
            // when its budget is spent, or when the app was restarted (the candidates' ids are gone).
            if (
              failure &&
              (failure.repeat ||
                stats.requests - failure.requests > SHRINK_REQUESTS ||
                Date.now() - failure.time > SHRINK_MS ||
                generation !== startedIn)
            ) {
              return true;
            }
            if (!failure) stats.runs += 1;
            const o = await execute(c, pair);
            if (o.problem === undefined) return true;
            failure ??= {
              requests: stats.requests,
              time: Date.now(),
              repeat: known.has(signatureOf(o, pair.op.key)),
            };
            throw new Error(o.problem);
          },
        );
        const details = await fc.check(property, { seed, numRuns: left, verbose: 0 });
        left -= details.numRuns;
        pair.runs += details.numRuns;
        if (!details.failed) return;
        const o = details.counterexample ? seen.get(details.counterexample[0]) : undefined;
        if (!o?.problem) {
          incidents.push(
            `${pair.op.key} as ${pair.caller}: the property failed without a recorded counterexample: ${String(details.errorInstance)}`,
          );
          return;
        }
        const signature = signatureOf(o, pair.op.key);
        if (known.has(signature)) repeats += 1;
        else fresh += 1;
        known.add(signature);
        findings.push({
          operation: pair.op.key,
          caller: pair.caller,
          problem: o.problem,
          signature,
          seed,
          path: details.counterexamplePath ?? undefined,
          runsBeforeFailure: details.numRuns,
          shrinks: details.numShrinks,
          request: describeRequest(o.req, pair.caller),
          response: describeResponse(o.outcome),
          stack: o.crash
            ? o.crash.stack
            : o.serverError
              ? `${o.serverError.summary}\n${o.serverError.stack}`
              : undefined,
        });
      }
    }

    beforeAll(async () => {
      guard.install();
      await startApp();
    }, 300_000);

    afterAll(async () => {
      guard.uninstall();
      serverLog.uninstall();
      await t?.close();
    });

    it('answers every request below 500, in the error shape, without hanging', async () => {
      const all = (operations ?? []).filter(
        (op) => ONLY.length === 0 || ONLY.some((part) => op.key.includes(part)),
      );
      expect(all.length).toBeGreaterThan(ONLY.length > 0 ? 0 : 40);
      const pairs: Pair[] = all.flatMap((op) =>
        CALLERS.map((caller) => ({ op, caller, allowed: false, runs: 0 })),
      );

      // Round 1: every operation × every caller at least once; learns who gets past authorization.
      for (const pair of pairs) await fuzzPair(pair, 1, 1);

      // Round 2: the rest of the budget, mostly where the caller reaches validation and the database.
      const remaining = Math.max(0, RUNS - pairs.length);
      const weight = (p: Pair) => (p.allowed ? 6 : 1);
      const total = pairs.reduce((sum, p) => sum + weight(p), 0);
      const shares = pairs.map((p) => Math.floor((remaining * weight(p)) / total));
      let handedOut = shares.reduce((a, b) => a + b, 0);
      for (let i = 0; handedOut < remaining; i = (i + 1) % pairs.length) {
        if (pairs[i].allowed || !pairs.some((p) => p.allowed)) {
          shares[i] += 1;
          handedOut += 1;
        }
      }
      for (const [i, pair] of pairs.entries()) await fuzzPair(pair, shares[i], 2);

      await healthCheck('at the end');

      const bySignature = new Map<string, Finding[]>();
      for (const f of findings)
        bySignature.set(f.signature, [...(bySignature.get(f.signature) ?? []), f]);
      const groups = [...bySignature.values()];
      const summary = {
        seed: SEED,
        runs: stats.runs,
        requests: stats.requests,
        healthChecks: stats.healthChecks,
        byClass: stats.byClass,
        byStatus: stats.byStatus,
        serverErrors: stats.byClass['5xx'],
        findings: findings.length,
        distinctFindings: groups.length,
        incidents: incidents.length,
        appRestarts: generation - 1,
        seconds: Number(stats.seconds().toFixed(1)),
        database: kind,
        operations: all.length,
        pairs: pairs.length,
        pairsPastAuthorization: pairs.filter((p) => p.allowed).length,
      };
      const report = REPORT.replace(/(\.json)?$/u, `-${kind}$1`);
      fs.writeFileSync(
        report,
        JSON.stringify(
          { summary, groups, incidents, slowest: stats.slowest, byOperation: stats.byOperation },
          null,
          2,
        ),
      );

      const lines = [
        `FUZZ SUMMARY seed=${SEED} runs=${stats.runs} requests=${stats.requests} ` +
          Object.entries(stats.byClass)
            .map(([k, v]) => `${k.replace(' ', '-')}=${v}`)
            .join(' ') +
          ` 5xx-count=${stats.byClass['5xx']} distinct-findings=${groups.length} incidents=${incidents.length} restarts=${generation - 1}` +
          ` health-checks=${stats.healthChecks} time=${summary.seconds}s db=${kind}`,
        `  statuses: ${Object.entries(stats.byStatus)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => `${k}×${v}`)
          .join(' ')}`,
        `  report: ${report}`,
      ];
      process.stdout.write(`\n${lines.join('\n')}\n`);

      const problems = [
        ...groups.map((group, i) => {
          const [f] = group;
          const others = group.slice(1).map((g) => `${g.operation} as ${g.caller}`);
          return [
            `#${i + 1} ${f.operation} as ${f.caller}: ${f.problem}`,
            `   replay: FUZZ_SEED=${SEED} (check seed ${f.seed}, path ${f.path ?? '-'}, failed at run ${f.runsBeforeFailure}, ${f.shrinks} shrinks)`,
            ...f.request.split('\n').map((l) => `   ${l}`),
            `   → ${f.response}`,
            // Marked lines: Jest would take lines that start with "at" for the stack of the test's own error.
            ...(f.stack
              ? ['   server side:', ...f.stack.split('\n').map((l) => `      | ${l.trim()}`)]
              : []),
            ...(others.length > 0
              ? [`   the same on ${others.length} more: ${preview(others.join(', '), 1500)}`]
              : []),
          ].join('\n');
        }),
        ...incidents.map((incident) => `incident: ${incident}`),
      ];
      if (problems.length > 0) {
        throw new Error(
          `${groups.length} distinct finding(s), ${incidents.length} incident(s) (seed ${SEED}):\n\n${problems.join('\n\n')}\n\n${lines[0]}`,
        );
      }
    });
  },
);
