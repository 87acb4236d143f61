import request from 'supertest';
import { as, loginDemoUsers } from '../support/auth';
import { conferenceBody, createCampaign, createConference, personBody } from '../support/factories';
import { csv, VI_HEADER } from '../support/files';
import { binary, pdfText } from '../support/pdf';
import { createTestApp, type TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-database';

/**
 * Object-level authorization: coordinator A (Farmers' Association) asks for coordinator B's
 * (Veterans' Association) people and registrations by id, by filter and by update. Every answer
 * is what an unknown id would get, and no list carries B's rows.
 */
describe.each(testDatabaseKinds())(
  "one association cannot reach another's members (%s)",
  (kind) => {
    let t: TestApp;
    let farmers: ReturnType<typeof as>;
    let veterans: ReturnType<typeof as>;
    let leader: ReturnType<typeof as>;
    let veteransOrg: string;
    let conferenceId: string;
    let veteranPerson: { id: string; fullName: string };
    let veteranRegistration: { id: string; checkInCode: string };

    beforeAll(async () => {
      t = await createTestApp(kind);
      const tokens = await loginDemoUsers(t);
      farmers = as(t, tokens.coordinator);
      veterans = as(t, tokens.otherCoordinator);
      leader = as(t, tokens.leader);
      const staff = as(t, tokens.staff);
      veteransOrg = (await veterans.get('/api/auth/me')).body.organizationId;
      const campaign = await createCampaign(staff);
      conferenceId = (
        await createConference(staff, conferenceBody(campaign.id, '2026-10-10', 8, 11))
      ).id;
      await staff
        .post(`/api/conferences/${conferenceId}/status`)
        .send({ status: 'confirmed' })
        .expect(200);
      const reg = await veterans
        .post(`/api/conferences/${conferenceId}/registrations`)
        .send({ person: personBody({ fullName: 'Cựu Chiến Binh Bí Mật', phone: '0944 999 888' }) })
        .expect(201);
      veteranPerson = reg.body.person;
      veteranRegistration = reg.body;
      await farmers
        .post(`/api/conferences/${conferenceId}/registrations`)
        .send({ person: personBody({ fullName: 'Nông Dân Công Khai' }) })
        .expect(201);
    });
    afterAll(() => t.close());

    it("gives the same 404 for another association's person as for an unknown id", async () => {
      const other = await farmers.get(`/api/people/${veteranPerson.id}`).expect(404);
      const unknown = await farmers
        .get('/api/people/00000000-0000-4000-8000-000000000000')
        .expect(404);
      expect(other.body).toEqual(unknown.body);
      await farmers.patch(`/api/people/${veteranPerson.id}`).send({ group: 'other' }).expect(404);
    });

    it("leaves another association's people out of every search and filter", async () => {
      for (const query of [
        '',
        'q=cuu chien binh bi mat',
        'q=0944999888',
        `organizationId=${veteransOrg}`,
      ]) {
        const res = await farmers.get(`/api/people?${query}`).expect(200);
        expect(res.body.items.map((p: { id: string }) => p.id)).not.toContain(veteranPerson.id);
      }
    });

    it('shows a coordinator only their own registrations, and only their own rows on the roll-call sheet', async () => {
      const list = (await farmers.get(`/api/conferences/${conferenceId}/registrations`).expect(200))
        .body;
      expect(list.map((r: { person: { fullName: string } }) => r.person.fullName)).toEqual([
        'Nông Dân Công Khai',
      ]);
      const filtered = (
        await farmers.get(`/api/conferences/${conferenceId}/registrations?q=bi mat`).expect(200)
      ).body;
      expect(filtered).toEqual([]);
      const pdf = await request(t.http)
        .get(`/api/conferences/${conferenceId}/roll-call.pdf`)
        .set('Authorization', `Bearer ${(await loginDemoUsers(t)).coordinator}`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const text = pdfText(pdf.body as Buffer);
      expect(text).toContain('Nông Dân Công Khai');
      expect(text).not.toContain('Bí Mật');
    });

    it("refuses to register, check in or unregister another association's person", async () => {
      await farmers
        .post(`/api/conferences/${conferenceId}/registrations`)
        .send({ personId: veteranPerson.id })
        .expect(404);
      await farmers
        .post(`/api/conferences/${conferenceId}/attendance`)
        .send({ registrationId: veteranRegistration.id })
        .expect(404);
      await farmers
        .post(`/api/conferences/${conferenceId}/attendance`)
        .send({ personId: veteranPerson.id })
        .expect(404);
      await farmers
        .post(`/api/conferences/${conferenceId}/attendance`)
        .send({ code: veteranRegistration.checkInCode })
        .expect(404);
      await farmers
        .delete(`/api/conferences/${conferenceId}/registrations/${veteranRegistration.id}`)
        .expect(404);
      const still = (
        await veterans.get(`/api/conferences/${conferenceId}/registrations`).expect(200)
      ).body;
      expect(still).toEqual([
        expect.objectContaining({ id: veteranRegistration.id, status: 'registered' }),
      ]);
    });

    it("matches a person another association registered without opening that person's record", async () => {
      // Another conference, so the person is not registered there yet.
      const staff = as(t, (await loginDemoUsers(t)).staff);
      const campaign = await createCampaign(staff);
      const other = await createConference(staff, conferenceBody(campaign.id, '2026-10-11', 8, 11));
      const known = (await veterans.get(`/api/people/${veteranPerson.id}`).expect(200)).body as { birthYear: number };
    const typed = personBody({ fullName: 'cựu chiến binh bí mật', phone: '0944999888', birthYear: known.birthYear });
      const reg = await farmers
        .post(`/api/conferences/${other.id}/registrations`)
        .send({ person: typed })
        .expect(201);
      // The duplicate rule found the existing person: no second record of the same human being.
      expect(reg.body.person.id).toBe(veteranPerson.id);
      expect(reg.body.organizationId).not.toBe(veteransOrg);
      // The person's own record, and the other association's registrations, stay out of reach.
      await farmers.get(`/api/people/${veteranPerson.id}`).expect(404);
      const list = (await farmers.get(`/api/conferences/${conferenceId}/registrations`).expect(200))
        .body;
      expect(list.map((r: { person: { id: string } }) => r.person.id)).not.toContain(
        veteranPerson.id,
      );
    });

    it('refuses to create people or import rows into another association', async () => {
      const res = await farmers
        .post('/api/people')
        .send(personBody({ organizationId: veteransOrg }))
        .expect(400);
      expect(res.body.details[0].path).toBe('organizationId');
      const file = csv([
        [...VI_HEADER, 'Mã tổ chức'],
        ['Người Lạ', 'Nam', 1950, '', '14215', 'Nông dân', veteransOrg],
      ]);
      const tokens = await loginDemoUsers(t);
      const imported = await request(t.http)
        .post(`/api/conferences/${conferenceId}/registrations/import`)
        .set('Authorization', `Bearer ${tokens.coordinator}`)
        .attach('file', file, 'x.csv')
        .expect(422);
      expect(imported.body.errors[0]).toMatchObject({ row: 2, column: 'Mã tổ chức' });
    });

    it('keeps leaders away from personal data altogether', async () => {
      await leader.get('/api/people').expect(403);
      await leader.get(`/api/people/${veteranPerson.id}`).expect(403);
      await leader.get(`/api/conferences/${conferenceId}/registrations`).expect(403);
      await leader.get(`/api/conferences/${conferenceId}/roll-call.pdf`).expect(403);
    });
  },
);
