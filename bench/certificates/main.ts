/**
 * Certificate batch benchmark: the product's streamed batch PDF of a 1,000-attendee conference,
 * over HTTP, against bare pdfkit writing the same 1,000 pages.
 * Run from the repository root: `pnpm bench:certificates` (see bench/README.md).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { type RunningApp, startApp } from '../support/app';
import {
  type BenchDatabase,
  createBenchDatabase,
  serverVersion,
  withClient,
} from '../support/database';
import {
  fmt,
  gcNote,
  loadAverage,
  log,
  maxRssBytes,
  mb,
  median,
  MemorySampler,
  seconds,
  timed,
} from '../support/measure';
import {
  createCertificatePdf,
  drawCertificate,
} from '../../apps/api/src/modules/certificates/certificate.pdf';
import type { CertificatePrint } from '../../apps/api/src/modules/certificates/certificates.repository';
import { StatementProfiler } from '../support/profile';
import { type CertificateText, renderBare } from './bare';
import { generateAttendees } from './people';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    pages: { type: 'string', default: '1000' },
    profile: { type: 'boolean', default: false },
    'keep-pdfs': { type: 'string' },
  },
});
const RUNS = Number(args.runs);
const PAGES = Number(args.pages);

/** A day eight days ago and a campaign of its year, so the conference can be marked held. */
const DAY = new Date(Date.now() - 8 * 86_400_000).toISOString().slice(0, 10);
const YEAR = Number(DAY.slice(0, 4));
const TITLE = 'Hội nghị tập huấn nhận diện và phòng chống lừa đảo trên không gian mạng';
const VENUE = 'Hội trường Trung tâm Văn hóa huyện Hải Hậu';

interface Run {
  seconds: number;
  bytes: number;
  startHeap: number;
  peakHeap: number;
  peakRss: number;
}

function pageCount(file: string): number {
  return (
    fs
      .readFileSync(file)
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/gu) ?? []
  ).length;
}

function pdfText(file: string, firstPage?: number, lastPage?: number): string {
  const range = firstPage ? ['-f', String(firstPage), '-l', String(lastPage ?? firstPage)] : [];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Conference, attendees, registrations and certificates, through the API where it matters. */
async function setUp(product: RunningApp, databaseUrl: string, token: string) {
  const campaign = await product.call<{ id: string }>('POST', '/api/campaigns', token, {
    name: `Tuyên truyền phòng chống lừa đảo trên không gian mạng năm ${YEAR} (đo hiệu năng)`,
    year: YEAR,
    startsOn: `${YEAR}-01-01`,
    endsOn: `${YEAR}-12-31`,
    targetConferences: 70,
    targetParticipants: 15_000,
    targetLeaflets: 20_000,
  });
  const conference = await product.call<{ id: string }>('POST', '/api/conferences', token, {
    campaignId: campaign.id,
    title: TITLE,
    topic: 'Nhận diện và phòng chống lừa đảo trên môi trường Internet và điện thoại',
    startsAt: `${DAY}T14:00:00+07:00`,
    endsAt: `${DAY}T17:00:00+07:00`,
    communeCode: '14215',
    venue: VENUE,
    organizerIds: [],
    trainers: ['ThS. Nguyễn Văn An'],
    capacity: PAGES,
  });

  // The attendees, their registrations (attended, checked in) and the seat count, set-based.
  const attendees = generateAttendees(PAGES);
  await withClient(databaseUrl, async (db) => {
    await db.query(
      `WITH communes AS (
         SELECT array_agg(code ORDER BY code) AS codes FROM admin_unit
         WHERE level = 'commune' AND valid_to IS NULL AND parent_code IN ('365', '366')
       ), orgs AS (SELECT array_agg(id ORDER BY name) AS ids FROM organization),
       input AS (
         SELECT a.*, a.n::int AS i FROM unnest($1::text[], $2::text[], $3::int[], $4::text[])
           WITH ORDINALITY AS a(full_name, gender, birth_year, phone, n)
       ), people AS (
         INSERT INTO person (full_name, gender, birth_year, phone, commune_code, organization_id, group_code,
                             consent_at, consent_source)
         SELECT i.full_name, i.gender, i.birth_year, i.phone,
                c.codes[1 + (i.i * 7) % array_length(c.codes, 1)],
                CASE WHEN i.i % 5 < 2 THEN o.ids[1 + i.i % array_length(o.ids, 1)] END,
                (ARRAY['farmer', 'veteran', 'elderly', 'worker', 'civil_servant', 'other'])[1 + i.i % 6],
                $5::timestamptz - interval '7 days', 'paper_form'
         FROM input i, communes c, orgs o
         RETURNING id, organization_id
       )
       INSERT INTO registration (conference_id, person_id, organization_id, status, checked_in_at, check_in_method, created_at)
       SELECT $6, p.id, p.organization_id, 'attended',
              $5::timestamptz + (row_number() OVER (ORDER BY p.id)) * interval '1 second', 'code',
              $5::timestamptz - interval '7 days'
       FROM people p`,
      [
        attendees.map((a) => a.fullName),
        attendees.map((a) => a.gender),
        attendees.map((a) => a.birthYear),
        attendees.map((a) => a.phone),
        `${DAY}T13:30:00+07:00`,
        conference.id,
      ],
    );
    await db.query(
      `UPDATE conference SET registered_count = (SELECT count(*) FROM registration WHERE conference_id = $1) WHERE id = $1`,
      [conference.id],
    );
    await db.query('ANALYZE');
  });
  await product.call('POST', `/api/conferences/${conference.id}/status`, token, {
    status: 'confirmed',
  });
  await product.call('POST', `/api/conferences/${conference.id}/status`, token, { status: 'held' });
  const issue = await timed(() =>
    product.call<{ issued: number }>(
      'POST',
      `/api/conferences/${conference.id}/certificates`,
      token,
    ),
  );
  return { conferenceId: conference.id, issued: issue.value.issued, issueSeconds: issue.seconds };
}

/** The strings of every page, read once before timing: the bare renderer's input. */
async function bareInput(databaseUrl: string, conferenceId: string, origin: string) {
  const dateFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  const honorific: Record<string, string> = { male: 'Ông', female: 'Bà', other: 'Ông/Bà' };
  return withClient(databaseUrl, async (db) => {
    const { rows } = await db.query(
      `SELECT c.serial, c.verify_code, c.issued_at, p.full_name, p.gender, p.birth_year,
              c.id, c.status, pc.name AS commune, pd.name AS district, f.title, f.starts_at, f.venue, fc.name AS f_commune, fd.name AS f_district,
              k.certificate_parent_body, k.certificate_issuer, k.certificate_serial_suffix, k.certificate_signer_title, k.certificate_signer_name,
              k.certificate_issue_place
       FROM certificate c JOIN person p ON p.id = c.person_id JOIN conference f ON f.id = c.conference_id
       JOIN campaign k ON k.id = f.campaign_id
       JOIN registration r ON r.id = c.registration_id LEFT JOIN organization o ON o.id = r.organization_id
       JOIN admin_unit pc ON pc.code = p.commune_code AND pc.valid_to IS NULL JOIN admin_unit pd ON pd.code = pc.parent_code AND pd.valid_to IS NULL
       JOIN admin_unit fc ON fc.code = f.commune_code AND fc.valid_to IS NULL JOIN admin_unit fd ON fd.code = fc.parent_code AND fd.valid_to IS NULL
       WHERE c.conference_id = $1 ORDER BY o.name NULLS LAST, p.name_key NULLS LAST, p.birth_year, c.id`,
      [conferenceId],
    );
    const prints = rows.map((r): CertificatePrint => ({
      id: r.id,
      serial: r.serial,
      verifyCode: r.verify_code,
      status: r.status,
      issuedAt: r.issued_at,
      holderName: r.full_name,
      gender: r.gender,
      birthYear: r.birth_year,
      residence: `${r.commune}, ${r.district}`,
      conferenceTitle: r.title,
      startsAt: r.starts_at,
      venue: r.venue,
      place: `${r.f_commune}, ${r.f_district}`,
      settings: {
        parentBody: r.certificate_parent_body,
        issuer: r.certificate_issuer,
        serialSuffix: r.certificate_serial_suffix,
        signerTitle: r.certificate_signer_title,
        signerName: r.certificate_signer_name,
        issuePlace: r.certificate_issue_place,
      },
    }));
    const texts = rows.map((r): CertificateText => {
      const [d, m, y] = dateFormat.format(r.issued_at).split('/');
      return {
        parentBody: r.certificate_parent_body.toUpperCase(),
        issuer: r.certificate_issuer.toUpperCase(),
        serialLine: `Số: ${r.serial}`,
        holder: `${honorific[r.gender]}: ${r.full_name}`,
        details: `Năm sinh: ${r.birth_year}     Nơi cư trú: ${r.commune}, ${r.district}`,
        title: `“${r.title}”`,
        held: `Tổ chức ngày ${dateFormat.format(r.starts_at)} tại ${r.venue}, ${r.f_commune}, ${r.f_district}`,
        issueLine: `${r.certificate_issue_place}, ngày ${d} tháng ${m} năm ${y}`,
        signerTitle: r.certificate_signer_title.toUpperCase(),
        signerName: r.certificate_signer_name,
        verifyUrl: `${origin}/verify/${r.verify_code}`,
      };
    });
    return { texts, prints };
  });
}

/**
 * The product's own page drawing (createPdf + drawCertificate) without database or HTTP, paged
 * like renderBatch: splits the ratio into drawing and the rest (query, framework, HTTP).
 */
async function renderProductOnly(
  prints: CertificatePrint[],
  origin: string,
  file: string,
  memory: MemorySampler,
) {
  const doc = createCertificatePdf('Giấy chứng nhận');
  const out = fs.createWriteStream(file);
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  let bytes = 0;
  doc.on('data', (data: Buffer) => (bytes += data.length));
  doc.pipe(out);
  for (let i = 0; i < prints.length; i += 1) {
    if (i > 0) doc.addPage();
    drawCertificate(doc, prints[i], `${origin}/verify/${prints[i].verifyCode}`);
    if ((i + 1) % 200 === 0) {
      memory.sample();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  doc.end();
  await finished;
  return { bytes };
}

interface Phase {
  runs: Run[];
  lines: string[];
}

/**
 * One round: a run of each phase in turn, so that all three see the same machine load; round 0
 * is the warm-up (JIT, font parsing) and is not counted.
 */
async function runOnce(
  phase: Phase,
  round: number,
  work: (memory: MemorySampler) => Promise<number>,
) {
  const memory = new MemorySampler().start();
  const t0 = process.hrtime.bigint();
  const bytes = await work(memory);
  const elapsed = seconds(t0);
  memory.stop();
  if (round > 0) {
    phase.runs.push({
      seconds: elapsed,
      bytes,
      startHeap: memory.startHeapUsed,
      peakHeap: memory.peakHeapUsed,
      peakRss: memory.peakRss,
    });
  }
  phase.lines.push(
    `${elapsed.toFixed(2).padStart(6)} s ${fmt(PAGES / elapsed).padStart(5)} p/s ${(bytes / 1024 / 1024).toFixed(1).padStart(4)} MB`,
  );
}

async function main(): Promise<number> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-bench-certificates-'));
  let database: BenchDatabase | undefined;
  let product: RunningApp | undefined;
  const cleanup = async () => {
    await product?.close().catch((e: unknown) => log(`closing the app failed: ${String(e)}`));
    product = undefined;
    await database
      ?.drop()
      .catch((e: unknown) => log(`dropping ${database?.name} failed: ${String(e)}`));
    database = undefined;
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
  try {
    log(
      `Cảnh Giác certificate benchmark: ${fmt(PAGES)} certificates in one PDF, ${RUNS} runs after a warm-up, ` +
        `PostgreSQL ${await serverVersion()}, Node ${process.version}, ${os.cpus().length} CPUs, load average ${loadAverage()}`,
    );
    let started = process.hrtime.bigint();
    database = await createBenchDatabase('certificates');
    product = await startApp(database.url);
    const token = await product.login();
    log(
      `app ready and staff logged in after ${seconds(started).toFixed(2)} s (fresh database: migrations + demo seed)`,
    );
    started = process.hrtime.bigint();
    const setup = await setUp(product, database.url, token);
    log(
      `held conference with ${fmt(PAGES)} attended registrations set up in ${seconds(started).toFixed(2)} s; ` +
        `POST …/certificates issued ${fmt(setup.issued)} in ${setup.issueSeconds.toFixed(2)} s`,
    );
    if (setup.issued !== PAGES)
      throw new Error(`issued ${setup.issued} certificates, not ${PAGES}`);
    const { texts, prints } = await bareInput(database.url, setup.conferenceId, product.origin);
    const names = prints.map((p) => p.holderName!);
    const files = {
      bare: path.join(tmp, 'bare.pdf'),
      drawing: path.join(tmp, 'drawing.pdf'),
      product: path.join(tmp, 'product.pdf'),
    };
    const url = `/api/conferences/${setup.conferenceId}/certificates.pdf`;
    const origin = product.origin;
    const app = product;

    const http: Phase = { runs: [], lines: [] };
    const bare: Phase = { runs: [], lines: [] };
    const drawing: Phase = { runs: [], lines: [] };
    for (let round = 0; round <= RUNS; round += 1) {
      await runOnce(http, round, async () => {
        const res = await app.download(url, token, files.product);
        if (res.status !== 200 || !res.contentType.startsWith('application/pdf')) {
          throw new Error(
            `GET ${url}: HTTP ${res.status} ${res.contentType} ${fs.readFileSync(files.product, 'utf8').slice(0, 300)}`,
          );
        }
        return res.bytes;
      });
      await runOnce(
        bare,
        round,
        async (memory) => (await renderBare(texts, fs.createWriteStream(files.bare), memory)).bytes,
      );
      await runOnce(
        drawing,
        round,
        async (memory) => (await renderProductOnly(prints, origin, files.drawing, memory)).bytes,
      );
    }

    log();
    log(
      '         product: GET …/certificates.pdf  bare pdfkit (the limit)     product drawing only',
    );
    log(
      '         (HTTP, streamed to a file)       (no DB, no HTTP)            (no DB, no HTTP; informative)',
    );
    for (let run = 0; run <= RUNS; run += 1) {
      log(
        `${(run === 0 ? 'warm-up' : String(run)).padEnd(8)} ${http.lines[run]}   ${bare.lines[run]}   ${drawing.lines[run]}`,
      );
    }

    // Checks on the last PDFs of each phase.
    const productPages = pageCount(files.product);
    const firstPage = pdfText(files.product, 1);
    const allText = pdfText(files.product);
    const namesFound = names.filter((name) => allText.includes(name)).length;
    const barePages = pageCount(files.bare);
    const bareFirst = pdfText(files.bare, 1);

    const med = (p: Phase) => median(p.runs.map((r) => r.seconds));
    log();
    log(
      `product, median:      ${med(http).toFixed(2)} s = ${fmt(PAGES / med(http)).padStart(3)} pages/s (query in pages of 200, layout, QR, HTTP streaming)`,
    );
    log(
      `bare pdfkit, median:  ${med(bare).toFixed(2)} s = ${fmt(PAGES / med(bare)).padStart(3)} pages/s (the physical limit: same font files, strings and vector QR)`,
    );
    log(`ratio product / bare: ${(med(http) / med(bare)).toFixed(2)}× (goal ≤ 1.3×)`);
    const paired = http.runs.map((r, i) => r.seconds / bare.runs[i].seconds);
    log(
      `  per round (same-round pairs, steadier when the machine is busy): ${paired.map((r) => `${r.toFixed(2)}×`).join(', ')}; ` +
        `median ${median(paired).toFixed(2)}×`,
    );
    log(
      `  of which drawing:   ${(med(drawing) / med(bare)).toFixed(2)}× (the product's drawCertificate alone, median ${med(drawing).toFixed(2)} s = ` +
        `${fmt(PAGES / med(drawing))} pages/s); query + framework + HTTP add ${(med(http) - med(drawing)).toFixed(2)} s`,
    );
    log(`memory (one process for app, HTTP client and renderers; ${gcNote()}):`);
    const peak = (p: Phase, key: 'peakHeap' | 'peakRss') => Math.max(...p.runs.map((r) => r[key]));
    for (const [label, p] of [
      ['product batch', http],
      ['bare pdfkit  ', bare],
      ['drawing only ', drawing],
    ] as const) {
      log(
        `  ${label}: peak heap used ${mb(peak(p, 'peakHeap'))} (${mb(p.runs[0].startHeap)} at its start), ` +
          `peak RSS ${mb(peak(p, 'peakRss'))}`,
      );
    }
    log(`  process maxRSS (process.resourceUsage, whole run): ${mb(maxRssBytes())}`);
    const checks = [
      [`product PDF has ${fmt(productPages)} pages (/Type /Page objects)`, productPages === PAGES],
      [
        `pdftotext of page 1 contains the first holder's name "${names[0]}"`,
        firstPage.includes(names[0]),
      ],
      [
        `pdftotext of the whole product PDF finds ${fmt(namesFound)} of the ${fmt(PAGES)} names`,
        namesFound === PAGES,
      ],
      [
        `bare PDF has ${fmt(barePages)} pages and its page 1 contains "${names[0]}"`,
        barePages === PAGES && bareFirst.includes(names[0]),
      ],
    ] as const;
    for (const [text, ok] of checks) log(`check: ${text}: ${ok ? 'ok' : 'FAILED'}`);
    if (args['keep-pdfs']) {
      fs.mkdirSync(args['keep-pdfs'], { recursive: true });
      for (const [name, file] of Object.entries(files))
        fs.copyFileSync(file, path.join(args['keep-pdfs'], `${name}.pdf`));
      log(`the last PDFs of each phase are in ${path.resolve(args['keep-pdfs'])}`);
    }
    if (args.profile) {
      // One more product run, untimed, with every SQL statement the app sends timed.
      const profiler = new StatementProfiler().install();
      const t0 = process.hrtime.bigint();
      await app.download(url, token, files.product);
      const total = seconds(t0);
      const statements = profiler.uninstall();
      const sql = statements.reduce((sum, s) => sum + s.seconds, 0);
      log();
      log(
        `profile: one more product run, ${total.toFixed(2)} s, of which ${sql.toFixed(2)} s waiting for SQL:`,
      );
      for (const s of statements)
        log(`  ${s.seconds.toFixed(3).padStart(7)} s  ×${String(s.calls).padEnd(3)} ${s.text}`);
      const slowest = statements[0];
      log();
      log(`profile: EXPLAIN (ANALYZE, BUFFERS) of the first call of the slowest statement:`);
      const plan = await withClient(database.url, (db) =>
        db.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${slowest.first.text}`,
          slowest.first.values,
        ),
      );
      for (const row of plan.rows) log(`  ${row['QUERY PLAN']}`);
    }
    log(
      `load average at the end: ${loadAverage()} (other work on the machine makes the times noisy; compare ratios)`,
    );
    return checks.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
