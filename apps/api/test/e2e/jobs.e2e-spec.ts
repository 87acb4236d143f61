import { jobSchema } from '@canhgiac/contracts';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { as, loginDemoUsers } from '../support/auth';
import { conferenceBody, createCampaign, createConference, personBody } from '../support/factories';
import { binary, pdfPageCount, pdfText } from '../support/pdf';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';
import { JobsRepository, SupersededRunError } from '../../src/modules/jobs/jobs.repository';

const SETUP_TIMEOUT_MS = 240_000;

describe.each(testDatabaseKinds())('long work as jobs (%s)', (kind) => {
  let t: TestApp;
  let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
  let staff: ReturnType<typeof as>;
  let campaignId: string;
  let conferenceId: string;

  const file = (url: string, token: string) =>
    request(t.http).get(url).set('Authorization', `Bearer ${token}`).buffer(true).parse(binary);

  /** Polls the job as the user who asked until it is done or failed. */
  async function settled(id: string, token: string) {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const res = await request(t.http)
        .get(`/api/jobs/${id}`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      const job = jobSchema.parse(res.body);
      if (job.state === 'done' || job.state === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${id} did not finish`);
  }

  beforeAll(async () => {
    t = await createTestApp(kind, {
      PUBLIC_URL: 'https://taphuan.example.vn',
      JOB_POLL_SECONDS: '0.5',
    });
    tokens = await loginDemoUsers(t);
    staff = as(t, tokens.staff);
    campaignId = (await createCampaign(staff)).id;
    const conference = await createConference(
      staff,
      conferenceBody(campaignId, '2026-03-02', 8, 11, { title: 'Hội nghị xã Hải Hậu' }),
    );
    conferenceId = conference.id;
    for (const fullName of ['Nguyễn Thị Hoa', 'Trần Văn Bình', 'Lê Thị Đào']) {
      const reg = await staff
        .post(`/api/conferences/${conferenceId}/registrations`)
        .send({ person: personBody({ fullName }) })
        .expect(201);
      await staff
        .post(`/api/conferences/${conferenceId}/attendance`)
        .send({ registrationId: reg.body.id })
        .expect(200);
    }
    for (const status of ['confirmed', 'held']) {
      await staff.post(`/api/conferences/${conferenceId}/status`).send({ status }).expect(200);
    }
    await staff.post(`/api/conferences/${conferenceId}/certificates`).expect(200);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close());

  it('makes a conference’s certificates PDF in the background, with its progress, and keeps it to download', async () => {
    const created = await staff
      .post('/api/jobs')
      .send({ kind: 'certificates_pdf', params: { conferenceId } })
      .expect(202);
    const job = await settled(created.body.id, tokens.staff);
    expect(job).toMatchObject({
      kind: 'certificates_pdf',
      state: 'done',
      progress: { done: 3, total: 3 },
    });
    expect(job.finishedAt).toBeDefined();
    expect(job.expiresAt).toBeDefined();

    const res = await file(`/api/jobs/${job.id}/result`, tokens.staff).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('giay-chung-nhan-hoi-nghi-xa-hai-hau.pdf');
    const pdf = res.body as Buffer;
    expect(pdfPageCount(pdf)).toBe(3);
    const text = pdfText(pdf);
    for (const name of ['NGUYỄN THỊ HOA', 'TRẦN VĂN BÌNH', 'LÊ THỊ ĐÀO']) {
      expect(text.toUpperCase()).toContain(name);
    }

    // The same file as the synchronous route draws, page for page.
    const direct = await file(`/api/conferences/${conferenceId}/certificates.pdf`, tokens.staff);
    expect(pdfText(direct.body as Buffer)).toBe(text);
  });

  it('exports the coverage report as a job, in the format asked for', async () => {
    const created = await staff
      .post('/api/jobs')
      .send({ kind: 'coverage_export', params: { campaignId, groupBy: 'commune', format: 'xlsx' } })
      .expect(202);
    const job = await settled(created.body.id, tokens.staff);
    expect(job).toMatchObject({ state: 'done', progress: { done: 1, total: 1 } });
    const res = await file(`/api/jobs/${job.id}/result`, tokens.staff).expect(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(res.body as Buffer).buffer);
    const cells = workbook.worksheets[0].getSheetValues().flat().map(String).join(' ');
    expect(cells).toContain('Xã Hải Hậu');
  });

  it('makes the plan report as a job', async () => {
    const created = await staff
      .post('/api/jobs')
      .send({
        kind: 'plan_report',
        params: { campaignId, from: '2026-01-01', to: '2026-12-31', format: 'pdf' },
      })
      .expect(202);
    const job = await settled(created.body.id, tokens.staff);
    expect(job.state).toBe('done');
    const res = await file(`/api/jobs/${job.id}/result`, tokens.staff).expect(200);
    expect(pdfText(res.body as Buffer)).toContain('BÁO CÁO');
  });

  it('shows a job only to the user who asked for it and to admins', async () => {
    const created = await staff
      .post('/api/jobs')
      .send({ kind: 'certificates_pdf', params: { conferenceId } })
      .expect(202);
    await settled(created.body.id, tokens.staff);
    await as(t, tokens.admin).get(`/api/jobs/${created.body.id}`).expect(200);
    const other = await as(t, tokens.leader).get(`/api/jobs/${created.body.id}`).expect(404);
    expect(other.body.code).toBe('NOT_FOUND');
    await as(t, tokens.coordinator).get(`/api/jobs/${created.body.id}/result`).expect(404);
  });

  it('refuses the writes of a run taken for dead once the job is delivered again', async () => {
    const dataSource = t.app.get(DataSource);
    const jobs = t.app.get(JobsRepository);
    const [{ id: staffId }] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM app_user WHERE username = 'staff'`,
    );
    const [{ id }] = await dataSource.query<Array<{ id: string }>>(
      `INSERT INTO job (id, kind, params, origin, created_by)
       VALUES (gen_random_uuid(), 'certificates_pdf', $1::jsonb, 'https://taphuan.example.vn', $2)
       RETURNING id`,
      [JSON.stringify({ conferenceId }), staffId],
    );
    const first = await jobs.begin(id);
    await jobs.appendChunk(id, first!, 0, Buffer.from('first run, '));
    const second = await jobs.begin(id);
    expect(second).toBe(first! + 1);

    await expect(jobs.appendChunk(id, first!, 1, Buffer.from('late'))).rejects.toBeInstanceOf(
      SupersededRunError,
    );
    await expect(jobs.progress(id, first!, 5, 10)).rejects.toBeInstanceOf(SupersededRunError);
    await expect(
      jobs.finish(id, first!, { name: 'a.pdf', type: 'application/pdf', bytes: 4 }, 1),
    ).rejects.toBeInstanceOf(SupersededRunError);

    // The second run starts from nothing: the first run's chunk is gone.
    await jobs.appendChunk(id, second!, 0, Buffer.from('second run'));
    await jobs.finish(id, second!, { name: 'a.pdf', type: 'application/pdf', bytes: 10 }, 1);
    const res = await file(`/api/jobs/${id}/result`, tokens.staff).expect(200);
    expect(String(res.body)).toBe('second run');
  });

  it('answers 409 for the file of a job not done yet, and refuses what the route would refuse', async () => {
    // A job no worker has taken yet: queued, so its file is not there.
    const dataSource = t.app.get(DataSource);
    const [{ id: staffId }] = await dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM app_user WHERE username = 'staff'`,
    );
    const [{ id: queuedId }] = await dataSource.query<Array<{ id: string }>>(
      `INSERT INTO job (id, kind, params, origin, created_by)
       VALUES (gen_random_uuid(), 'certificates_pdf', $1::jsonb, 'https://taphuan.example.vn', $2)
       RETURNING id`,
      [JSON.stringify({ conferenceId }), staffId],
    );
    const early = await file(`/api/jobs/${queuedId}/result`, tokens.staff).expect(409);
    expect(JSON.parse(String(early.body))).toMatchObject({
      code: 'JOB_NOT_DONE',
      state: 'queued',
    });

    const leader = await as(t, tokens.leader)
      .post('/api/jobs')
      .send({ kind: 'certificates_pdf', params: { conferenceId } })
      .expect(403);
    expect(leader.body.code).toBe('FORBIDDEN');
    const coordinator = await as(t, tokens.coordinator)
      .post('/api/jobs')
      .send({ kind: 'plan_report', params: { campaignId, from: '2026-01-01', to: '2026-12-31' } })
      .expect(403);
    expect(coordinator.body.code).toBe('FORBIDDEN');
    await staff
      .post('/api/jobs')
      .send({
        kind: 'certificates_pdf',
        params: { conferenceId: '00000000-0000-4000-8000-000000000000' },
      })
      .expect(404);
    const json = await staff
      .post('/api/jobs')
      .send({ kind: 'coverage_export', params: { groupBy: 'commune' } })
      .expect(400);
    expect(json.body.details[0].path).toBe('params.format');
    const unknown = await staff.post('/api/jobs').send({ kind: 'backup', params: {} }).expect(400);
    expect(unknown.body.code).toBe('VALIDATION_FAILED');
  });
});
