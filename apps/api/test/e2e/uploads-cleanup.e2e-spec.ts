import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { UPLOADS_DIR } from '../../src/common/http/multipart';
import { HousekeepingService } from '../../src/modules/housekeeping/housekeeping.service';
import { as, loginDemoUsers } from '../support/auth';
import { conferenceBody, createCampaign, createConference } from '../support/factories';
import { VI_HEADER } from '../support/files';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

const HOUR_AGO = () => new Date(Date.now() - 60 * 60 * 1000);

/** A directory as an upload leaves it, last written `at`. */
function leave(name: string, at?: Date): string {
  const dir = path.join(UPLOADS_DIR, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'file'), 'Họ và tên\n');
  if (at) {
    fs.utimesSync(path.join(dir, 'file'), at, at);
    fs.utimesSync(dir, at, at);
  }
  return dir;
}

const uploads = () =>
  new Set(fs.readdirSync(UPLOADS_DIR).filter((name) => name.startsWith('upload-')));

/**
 * Uploads are received into their own directory `upload-XXXXXX` of the product's temporary folder
 * and deleted when the request ends. What a crash leaves there is deleted at start and daily.
 */
describe.each(testDatabaseKinds())('uploads left behind (%s)', (kind) => {
  let t: TestApp;
  const id = randomUUID().slice(0, 8);
  let stale: string;
  let fresh: string;
  let foreign: string;

  beforeAll(async () => {
    stale = leave(`upload-crashed-${id}`, HOUR_AGO());
    fresh = leave(`upload-recent-${id}`);
    foreign = leave(`not-an-upload-${id}`, HOUR_AGO());
    t = await createTestApp(kind, { UPLOAD_IDLE_TIMEOUT_SECONDS: '1' });
    await t.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await t.close();
    for (const dir of [stale, fresh, foreign]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('deletes at start the uploads a crash left, and nothing else', () => {
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
    expect(fs.existsSync(foreign)).toBe(true);
  });

  it('deletes them in the daily housekeeping too', async () => {
    const again = leave(`upload-crashed-again-${id}`, HOUR_AGO());
    expect(await t.app.get(HousekeepingService).sweepUploads()).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(again)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
  });

  it('never deletes an upload in progress, and deletes it when its request ends', async () => {
    const tokens = await loginDemoUsers(t);
    const staff = as(t, tokens.staff);
    const conference = await createConference(
      staff,
      conferenceBody((await createCampaign(staff)).id, '2026-11-02', 8, 11),
    );
    const before = uploads();
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const socket = net.connect(port, '127.0.0.1');
    const closed = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      socket.on('close', () => resolve(text));
    });
    const body = `--B\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n${VI_HEADER.join(',')}\r\n`;
    socket.write(
      [
        `POST /api/conferences/${conference.id}/registrations/import HTTP/1.1`,
        'Host: 127.0.0.1',
        `Authorization: Bearer ${tokens.staff}`,
        'Content-Type: multipart/form-data; boundary=B',
        `Content-Length: ${Buffer.byteLength(body) + 1_000}`,
        '',
        body,
      ].join('\r\n'),
    );
    // The upload stalls mid-file: its directory exists, and even made to look old it is kept.
    let mine: string | undefined;
    const received = (name?: string) =>
      name !== undefined && fs.existsSync(path.join(UPLOADS_DIR, name, 'file'));
    for (let i = 0; i < 50 && !received(mine); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      mine = [...uploads()].find((name) => !before.has(name));
    }
    expect(mine).toMatch(/^upload-/u);
    const dir = path.join(UPLOADS_DIR, mine!);
    fs.utimesSync(dir, HOUR_AGO(), HOUR_AGO());
    fs.utimesSync(path.join(dir, 'file'), HOUR_AGO(), HOUR_AGO());
    await t.app.get(HousekeepingService).sweepUploads();
    expect(fs.existsSync(dir)).toBe(true);

    // After the idle timeout the client is answered 408 and the upload deleted.
    expect(await closed).toMatch(/^HTTP\/1\.1 408/u);
    for (let i = 0; i < 50 && fs.existsSync(dir); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fs.existsSync(dir)).toBe(false);
  });
});
