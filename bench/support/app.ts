import * as fs from 'node:fs';
import * as http from 'node:http';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { createApp } from '../../apps/api/src/app.factory';
import { parseEnv } from '../../apps/api/src/config/env.schema';

/**
 * Requires a module as apps/api resolves it, so the bench uses the app's own instances and
 * versions (reflect-metadata, pdfkit, qrcode, the fonts) without depending on them itself.
 */
export const apiRequire = createRequire(path.resolve(__dirname, '../../apps/api/package.json'));

const JWT_SECRET = 'bench-secret-not-for-production-0123456789abcdef';
export const STAFF = { username: 'staff', password: 'demo-password' };

export interface Download {
  status: number;
  bytes: number;
  contentType: string;
}

export type RunningApp = Awaited<ReturnType<typeof startApp>>;

/**
 * The real application on a PostgreSQL database, built by the product's own factory from a
 * config that parseEnv made (demo seed on, logs off), listening on a free local port. The
 * benchmark talks to it over HTTP, as the web app does.
 */
export async function startApp(databaseUrl: string) {
  apiRequire('reflect-metadata'); // as apps/api's main.ts does, before Nest builds the app
  const config = parseEnv({
    DATABASE_URL: databaseUrl,
    DEMO_SEED: 'true',
    LOG_LEVEL: 'silent',
    JWT_SECRET,
  });
  const app = await createApp(config, { quiet: true });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;

  async function call<T>(method: string, url: string, token?: string, body?: unknown): Promise<T> {
    const res = await fetch(`${origin}${url}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /**
   * GETs a URL and streams the body into a file (or nowhere), counting bytes; resolves when the
   * last byte is written.
   */
  function download(url: string, token: string, file: string | null): Promise<Download> {
    return new Promise((resolve, reject) => {
      const req = http.get(
        `${origin}${url}`,
        // A new connection per download: a kept-alive one may have been closed by the server while idle.
        { agent: false, headers: { authorization: `Bearer ${token}` } },
        (res) => {
          let bytes = 0;
          const out = file ? fs.createWriteStream(file) : null;
          res.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            if (out && !out.write(chunk)) {
              res.pause();
              out.once('drain', () => res.resume());
            }
          });
          res.on('error', reject);
          res.on('end', () => {
            const done = () =>
              resolve({
                status: res.statusCode ?? 0,
                bytes,
                contentType: String(res.headers['content-type'] ?? ''),
              });
            if (out) out.end(done);
            else done();
          });
        },
      );
      req.on('error', reject);
    });
  }

  return {
    app,
    origin,
    call,
    download,
    async login(): Promise<string> {
      return (await call<{ accessToken: string }>('POST', '/api/auth/login', undefined, STAFF))
        .accessToken;
    },
    async close(): Promise<void> {
      await app.close();
    },
  };
}
