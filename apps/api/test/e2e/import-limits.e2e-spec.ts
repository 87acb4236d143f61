import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { as, loginDemoUsers } from '../support/auth';
import { communes, conferenceBody, createCampaign, createConference } from '../support/factories';
import { csv, VI_HEADER, xlsx, xlsxWithHugeCell } from '../support/files';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

/** The figures the security review quotes: printed on every run. */
const report = (line: string) => process.stderr.write(`[import limits] ${line}\n`);
const ms = (since: number) => Math.round(performance.now() - since);
/** A name part for the number `n`, in letters (names hold no digits). */
const letters = (n: number) =>
  [n % 26, Math.floor(n / 26) % 26, Math.floor(n / 676) % 26, Math.floor(n / 17_576) % 26]
    .map((d) => String.fromCharCode(97 + d))
    .join('');

/** The answer of a multipart upload sent with node's own client, and when its last byte left. */
function rawUpload(port: number, path: string, token: string, file: Buffer, name: string) {
  const boundary = 'canhgiac-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  let sent!: () => void;
  const bodySent = new Promise<void>((resolve) => (sent = resolve));
  const answer = new Promise<{ status: number; body: Record<string, unknown>; at: number }>(
    (resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': `multipart/form-data; boundary=${boundary}`,
            'Content-Length': body.length,
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(text) as Record<string, unknown>,
              at: performance.now(),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(body, () => sent());
    },
  );
  return { bodySent, answer };
}

/**
 * Files built to cost the server as much as possible: a million junk lines, more rows than an
 * import takes, spreadsheets that inflate to hundreds of megabytes or hold one enormous cell.
 * Each is refused with a 4xx in the documented error shape, quickly, holding no lock while it is
 * read, and other users' requests go on meanwhile.
 */
describe.each(testDatabaseKinds())('files that would exhaust the server (%s)', (kind) => {
  let t: TestApp;
  let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
  let staff: ReturnType<typeof as>;
  let coordinator: ReturnType<typeof as>;
  let campaignId: string;
  let port: number;
  let day = 0;
  let person = 0;

  const newConference = async () => {
    day += 1;
    return createConference(
      staff,
      conferenceBody(campaignId, `2026-10-${String(day).padStart(2, '0')}`, 8, 11, {
        capacity: 1000,
      }),
    );
  };
  const register = (conferenceId: string) => {
    person += 1;
    return staff.post(`/api/conferences/${conferenceId}/registrations`).send({
      person: {
        fullName: `Người Chờ ${letters(person)}`,
        gender: 'female',
        birthYear: 1950 + (person % 40),
        communeCode: communes.yenDinh,
        group: 'elderly',
        consent: true,
      },
    });
  };
  const upload = (conferenceId: string, file: Buffer, name: string) =>
    request(t.http)
      .post(`/api/conferences/${conferenceId}/registrations/import`)
      .set('Authorization', `Bearer ${tokens.coordinator}`)
      .attach('file', file, name);
  const counts = async () => {
    const [row] = await t.app
      .get(DataSource)
      .query<Array<Record<string, unknown>>>(
        `SELECT (SELECT count(*)::int FROM person) AS people, (SELECT count(*)::int FROM registration) AS registrations`,
      );
    return row as { people: number; registrations: number };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    coordinator = as(t, tokens.coordinator);
    campaignId = (await createCampaign(staff)).id;
  });
  afterAll(() => t.close());

  it('refuses a million junk lines with the first 1,000 errors and "at least" a total, quickly, while others are served', async () => {
    const conference = await newConference();
    const junk = Buffer.concat([
      Buffer.from(`${VI_HEADER.join(',')}\n`),
      Buffer.from('x,\n'.repeat(1_000_000)),
    ]);
    const before = await counts();
    const started = performance.now();
    const { answer } = rawUpload(
      port,
      `/api/conferences/${conference.id}/registrations/import`,
      tokens.coordinator,
      junk,
      'rac.csv',
    );
    // Another user reads and registers on the same conference while the file is received and read.
    const reads: number[] = [];
    let registered = 0;
    let done = false;
    void answer.finally(() => (done = true));
    do {
      let at = performance.now();
      await request(t.http).get('/api/health').expect(200);
      reads.push(ms(at));
      at = performance.now();
      await staff.get('/api/conferences').expect(200);
      reads.push(ms(at));
      at = performance.now();
      await register(conference.id).expect(201);
      registered += 1;
      reads.push(ms(at));
    } while (!done);
    const res = await answer;
    const took = Math.round(res.at - started);
    report(
      `[${kind}] junk CSV of ${(junk.length / 1024 / 1024).toFixed(1)} MB (1,000,001 lines): ${res.status} after ${took} ms; ` +
        `meanwhile ${reads.length} requests (health, conference list, registration on the same conference), slowest ${Math.max(...reads)} ms`,
    );
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'FILE_ROWS_INVALID',
      message: expect.stringContaining('ít nhất'),
      totalErrorsAtLeast: true,
    });
    const errors = res.body.errors as Array<{ row: number; column: string; message: string }>;
    expect(errors).toHaveLength(1000);
    expect(res.body.totalErrors).toBeGreaterThanOrEqual(1000);
    expect(errors[0]).toEqual({ row: 2, column: 'Họ và tên', message: 'Họ và tên quá ngắn' });
    // Generous bounds: the issue asks for "refused within 10 s"; the figures above are the measure.
    expect(took).toBeLessThan(10_000);
    expect(Math.max(...reads)).toBeLessThan(5_000);
    // Only the other user's registrations were written.
    expect(await counts()).toEqual({
      people: before.people + registered,
      registrations: before.registrations + registered,
    });
  });

  it('refuses a file of more rows than an import takes (413), reading it without holding the conference', async () => {
    const conference = await newConference();
    const limit = t.config.import.maxRows;
    const lines = [VI_HEADER.join(',')];
    for (let i = 0; i <= limit; i += 1)
      lines.push(`Nguyễn Văn ${letters(i)},Nam,${1940 + (i % 60)},,${communes.yenDinh},Nông dân`);
    const file = Buffer.from(`${lines.join('\r\n')}\r\n`);
    const before = await counts();
    const started = performance.now();
    const { bodySent, answer } = rawUpload(
      port,
      `/api/conferences/${conference.id}/registrations/import`,
      tokens.coordinator,
      file,
      'qua-nhieu.csv',
    );
    await bodySent;
    // The file is being read now: the same conference takes a registration at once.
    const at = performance.now();
    await register(conference.id).expect(201);
    const registeredAt = performance.now();
    const res = await answer;
    report(
      `[${kind}] CSV of ${(limit + 1).toLocaleString('en')} rows (${(file.length / 1024 / 1024).toFixed(1)} MB): ${res.status} after ${Math.round(res.at - started)} ms; ` +
        `a registration on the same conference meanwhile took ${Math.round(registeredAt - at)} ms`,
    );
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      statusCode: 413,
      error: 'Payload Too Large',
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('100.000 dòng'),
    });
    // The registration did not wait for the file to be read.
    expect(registeredAt).toBeLessThan(res.at);
    expect(await counts()).toEqual({
      people: before.people + 1,
      registrations: before.registrations + 1,
    });
  });

  it('refuses an .xlsx whose one cell inflates to 200 million characters (413), without the memory to hold it', async () => {
    const conference = await newConference();
    const bomb = await xlsxWithHugeCell(200_000_000);
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const res = await upload(conference.id, bomb, 'bom.xlsx');
    const grown = (process.memoryUsage().rss - rss) / 1024 / 1024;
    report(
      `[${kind}] xlsx bomb of ${Math.round(bomb.length / 1024)} KB (200 M characters): ${res.status} after ${ms(started)} ms, memory +${grown.toFixed(0)} MB`,
    );
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('giải nén quá lớn'),
      details: [{ path: 'file' }],
    });
    expect(grown).toBeLessThan(100);
    await request(t.http).get('/api/health').expect(200);
  });

  it('refuses an .xlsx that lies about its inflated size, stopping once it inflates past it', async () => {
    const conference = await newConference();
    const bomb = await xlsxWithHugeCell(200_000_000, 1_000);
    const rss = process.memoryUsage().rss;
    const res = await upload(conference.id, bomb, 'bom.xlsx');
    const grown = (process.memoryUsage().rss - rss) / 1024 / 1024;
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('kích thước'),
    });
    expect(grown).toBeLessThan(100);
  });

  it('refuses an .xlsx with a cell longer than Excel allows (413), and a CSV line that long', async () => {
    const conference = await newConference();
    const cell = await upload(conference.id, await xlsxWithHugeCell(1_000_000), 'o-dai.xlsx');
    expect(cell.status).toBe(413);
    expect(cell.body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('32.767 ký tự'),
    });

    const line = await upload(
      conference.id,
      csv([
        VI_HEADER,
        ['Lê Văn A', 'Nam', 1950, '', communes.yenDinh, 'Nông dân'],
        [`B${'x'.repeat(100_000)}`, 'Nam', 1950, '', communes.yenDinh, 'Nông dân'],
      ]),
      'dong-dai.csv',
    );
    expect(line.status).toBe(413);
    expect(line.body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('Dòng 3'),
    });
    expect(JSON.stringify(line.body)).not.toContain('xxxxxxxx');
  });

  it('names a long cell of a column the import reads as a row error, without validating it', async () => {
    const conference = await newConference();
    const res = await upload(
      conference.id,
      await xlsx([
        VI_HEADER,
        ['Lê Văn A', 'Nam', 1950, null, communes.yenDinh, 'Nông dân'],
        ['Lê Văn B', 'Nam', 1950, null, '1'.repeat(5_000), 'Nông dân'],
      ]),
      'o-dai.xlsx',
    ).expect(422);
    expect(res.body.errors).toEqual([{ row: 3, column: 'Mã xã', message: 'Dài quá 1.000 ký tự' }]);
    expect(res.body).toMatchObject({ totalErrors: 1, totalErrorsAtLeast: false });
  });

  it('explains a malformed CSV by its line, in Vietnamese, without echoing the file', async () => {
    const conference = await newConference();
    const quote = await upload(
      conference.id,
      Buffer.from(
        `${VI_HEADER.join(',')}\r\n"Lê Văn A"BÍMẬT,Nam,1950,,${communes.yenDinh},Nông dân\r\n`,
      ),
      'ngoac.csv',
    ).expect(400);
    expect(quote.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Tệp CSV bị lỗi định dạng',
    });
    expect(quote.body.details[0].message).toMatch(
      /^Không đọc được tệp CSV ở dòng 2: có ký tự ngay sau dấu ngoặc kép/u,
    );
    expect(JSON.stringify(quote.body)).not.toMatch(/BÍMẬT|got "/u);

    const open = await upload(
      conference.id,
      Buffer.from(
        `${VI_HEADER.join(',')}\r\nA,Nam,1950\r\n"Lê Văn B,Nam,1950,,${communes.yenDinh},Nông dân\r\n`,
      ),
      'mo.csv',
    ).expect(400);
    expect(open.body.details[0].message).toContain('dấu ngoặc kép (") mở mà không đóng');
  });

  it('refuses a CSV that is not UTF-8 by the line where it shows', async () => {
    const conference = await newConference();
    const header = Buffer.from(`${VI_HEADER.join(',')}\r\n`);
    // "Lê Văn Hà" as Windows-1258 writes it: bytes that are no UTF-8.
    const legacy = Buffer.from([0x4c, 0xea, 0x20, 0x56, 0xe3, 0x6e, 0x20, 0x48, 0xe0]);
    const file = Buffer.concat([
      header,
      Buffer.from(`Lê Văn A,Nam,1950,,${communes.yenDinh},Nông dân\r\n`),
      legacy,
      Buffer.from(`,Nam,1950,,${communes.yenDinh},Nông dân\r\n`),
    ]);
    const res = await upload(conference.id, file, 'cu.csv').expect(400);
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Không đọc được chữ trong tệp CSV',
      details: [{ path: 'file', message: expect.stringContaining('Dòng 3') }],
    });

    // A workbook renamed to .csv: binary, not text.
    const renamed = await upload(conference.id, await xlsx([VI_HEADER]), 'doi-ten.csv').expect(400);
    expect(renamed.body).toMatchObject({
      message: 'Không đọc được chữ trong tệp CSV',
      details: [
        { path: 'file', message: expect.stringMatching(/^Dòng \d+ có ký tự không phải chữ/u) },
      ],
    });
  });

  it('still imports a valid list after all that, and its dry run writes nothing', async () => {
    const conference = await newConference();
    const file = csv([
      VI_HEADER,
      ['Hoàng Văn Sau', 'Nam', 1950, '', communes.yenDinh, 'Nông dân'],
      ['Hoàng Thị Sau', 'Nữ', 1952, '', communes.haiNam, 'Người cao tuổi'],
    ]);
    const before = await counts();
    const dry = await coordinator
      .post(`/api/conferences/${conference.id}/registrations/import?dryRun=true`)
      .attach('file', file, 'a.csv')
      .expect(200);
    expect(dry.body).toMatchObject({ rows: 2, created: 2, dryRun: true });
    expect(await counts()).toEqual(before);
    const res = await upload(conference.id, file, 'a.csv').expect(200);
    expect(res.body).toMatchObject({ rows: 2, created: 2, dryRun: false });
  });
});
