import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

const SCRIPT = `console.log(${JSON.stringify('Cảnh Giác '.repeat(400))});\n`;
const INDEX = `<!doctype html><html lang="vi"><head><title>Cảnh Giác</title></head><body><div id="root">${'<p>Đang tải…</p>'.repeat(50)}</div></body></html>`;

/** A built web app as Vite and its compression plugin leave it: each file with its .br and .gz. */
function fakeDist(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  const write = (name: string, text: string) => {
    const file = path.join(dist, name);
    fs.writeFileSync(file, text);
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text));
  };
  write('index.html', INDEX);
  write('assets/index-B1x2y3z4.js', SCRIPT);
  return dist;
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET whose body is kept exactly as sent on the wire (supertest would decode it). */
async function raw(server: http.Server, url: string, acceptEncoding: string): Promise<RawResponse> {
  const listening = server.listening
    ? server
    : await new Promise<http.Server>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(server)),
      );
  const { port } = listening.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    http
      .get(
        { host: '127.0.0.1', port, path: url, headers: { 'Accept-Encoding': acceptEncoding } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
        },
      )
      .on('error', reject);
  });
}

const ok = (res: RawResponse) => {
  expect(res.status).toBe(200);
  return res;
};

describe.each(testDatabaseKinds())('the web app on a slow network (%s)', (kind) => {
  let t: TestApp;
  let off: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = fakeDist();
    t = await createTestApp(kind, { WEB_DIST: dist });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('sends the brotli file of a hashed asset to a browser that accepts brotli, cached for a year', async () => {
    const res = ok(await raw(t.http, '/assets/index-B1x2y3z4.js', 'gzip, deflate, br, zstd'));
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/u);
    expect(res.headers['vary']).toMatch(/Accept-Encoding/iu);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const body = res.body;
    expect(Number(res.headers['content-length'])).toBe(body.length);
    expect(body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 10);
    expect(zlib.brotliDecompressSync(body).toString('utf8')).toBe(SCRIPT);
  });

  it('sends gzip to a browser without brotli, and the plain file to one that accepts neither', async () => {
    const gz = ok(await raw(t.http, '/assets/index-B1x2y3z4.js', 'gzip'));
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString('utf8')).toBe(SCRIPT);
    const plain = ok(await raw(t.http, '/assets/index-B1x2y3z4.js', 'identity'));
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates index.html on every load, at / and for client routes, compressed too', async () => {
    for (const url of ['/', '/index.html', '/conferences/abc']) {
      const res = ok(await raw(t.http, url, 'br'));
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(res.body).toString('utf8')).toBe(INDEX);
    }
  });

  it('answers 404 for a missing asset instead of the page, and never serves files under /api', async () => {
    const missing = await request(t.http)
      .get('/assets/index-OLDHASH.js')
      .set('Accept-Encoding', 'br');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).not.toContain('text/html');
    const api = await request(t.http).get('/api/nothing-here').expect(404);
    expect(api.headers['content-type']).toContain('application/json');
  });

  describe('with WEB_COMPRESSION=false', () => {
    beforeAll(async () => {
      off = await createTestApp(kind, { WEB_DIST: dist, WEB_COMPRESSION: 'false' });
    });
    afterAll(() => off.close());

    it('sends the plain files with the same caching', async () => {
      const res = ok(await raw(off.http, '/assets/index-B1x2y3z4.js', 'br, gzip'));
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.toString('utf8')).toBe(SCRIPT);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const index = await request(off.http).get('/somewhere').expect(200);
      expect(index.headers['cache-control']).toBe('no-cache');
    });
  });
});
