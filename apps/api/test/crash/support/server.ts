import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';

/** apps/api: the server runs from here, as its `dev` script does. */
export const API_DIR = path.resolve(__dirname, '../../..');

export const CRASH_JWT_SECRET = 'crash-test-secret-not-for-production-0123456789abcdef';

export interface ServerOptions {
  /** Environment of the server on top of the defaults (DEMO_SEED, JWT_SECRET, PORT 0, HOST). */
  env: Record<string, string>;
  /** How long to wait for "ready at" (migrations and the demo seed run before it). */
  startTimeoutMs?: number;
}

/**
 * The real server as a child process: `node -r @swc-node/register src/main.ts` from apps/api,
 * the sources as they are in the work tree, no build needed.
 */
export class ServerProcess {
  readonly child: ChildProcess;
  url = '';
  private output: string[] = [];
  private exitCode: number | null | undefined;
  private exitSignal: NodeJS.Signals | null | undefined;
  private readonly exited: Promise<void>;

  private constructor(options: ServerOptions) {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TZ: process.env.TZ,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DEMO_SEED: 'true',
      JWT_SECRET: CRASH_JWT_SECRET,
      LOG_LEVEL: process.env.TEST_LOG ? 'info' : 'warn',
      // Tests log in many times from one address.
      LOGIN_MAX_FAILURES_PER_IP: '100000',
      ...options.env,
    };
    this.child = spawn(
      process.execPath,
      ['--enable-source-maps', '-r', '@swc-node/register', 'src/main.ts'],
      {
        cwd: API_DIR,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString('utf8'));
      if (this.output.length > 200) this.output.splice(0, this.output.length - 200);
      if (process.env.TEST_LOG) process.stderr.write(chunk);
    };
    this.child.stdout!.on('data', keep);
    this.child.stderr!.on('data', keep);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        resolve();
      });
    });
  }

  /** Starts the server and waits until it listens (it prints its URL) and /api/health answers 200. */
  static async start(options: ServerOptions): Promise<ServerProcess> {
    const server = new ServerProcess(options);
    const timeout = options.startTimeoutMs ?? 90_000;
    const deadline = Date.now() + timeout;
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        const ready = /ready at (http:\/\/\S+)/u.exec(server.log());
        if (ready) {
          clearInterval(timer);
          server.url = ready[1].replace('localhost', '127.0.0.1');
          resolve();
        } else if (server.exitCode !== undefined || Date.now() > deadline) {
          clearInterval(timer);
          server.child.kill('SIGKILL');
          reject(
            new Error(
              `server did not start (exit ${server.exitCode ?? server.exitSignal ?? 'timeout'}):\n${server.log().slice(-4000)}`,
            ),
          );
        }
      }, 50);
    });
    await server.waitHealthy(deadline - Date.now());
    return server;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  log(): string {
    return this.output.join('');
  }

  async waitHealthy(timeoutMs = 30_000): Promise<{ status: string; db: string }> {
    const deadline = Date.now() + Math.max(timeoutMs, 1_000);
    let last = '';
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(5_000) });
        const body = (await res.json()) as { status: string; db: string };
        if (res.status === 200) return body;
        last = `${res.status} ${JSON.stringify(body)}`;
      } catch (error) {
        last = String(error);
      }
      if (!this.running) break;
      await sleep(100);
    }
    throw new Error(`/api/health did not answer 200 (${last}):\n${this.log().slice(-4000)}`);
  }

  /** The crash: SIGKILL, no shutdown hook runs. Resolves when the process is gone. */
  async kill(): Promise<void> {
    if (this.running) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** A clean stop: SIGTERM runs Nest's shutdown hooks, which close the database. */
  async stop(timeoutMs = 30_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small JSON client of the API over real HTTP (fresh connection each time, no keep-alive surprises after a kill). */
export class Api {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  static async login(baseUrl: string, username: string, password = 'demo-password'): Promise<Api> {
    const res = await new Api(baseUrl).request('POST', '/api/auth/login', { username, password });
    if (res.status !== 200)
      throw new Error(`login of ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return new Api(baseUrl, (res.body as { accessToken: string }).accessToken);
  }

  async request<T = unknown>(
    method: string,
    url: string,
    body?: unknown,
    timeoutMs = 60_000,
  ): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: {
        connection: 'close',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T };
  }

  /** The request must answer `status`; returns the body. */
  async expect<T = unknown>(
    status: number,
    method: string,
    url: string,
    body?: unknown,
  ): Promise<T> {
    const res = await this.request<T>(method, url, body);
    if (res.status !== status)
      throw new Error(
        `${method} ${url}: expected ${status}, got ${res.status} ${JSON.stringify(res.body).slice(0, 1000)}`,
      );
    return res.body;
  }

  get = <T = unknown>(url: string) => this.expect<T>(200, 'GET', url);

  /** A file of the API (a PDF), its bytes as sent. */
  async bytes(url: string): Promise<Buffer> {
    const res = await fetch(`${this.baseUrl}${url}`, {
      headers: {
        connection: 'close',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      signal: AbortSignal.timeout(120_000),
    });
    if (res.status !== 200) throw new Error(`GET ${url}: expected 200, got ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  }
}
