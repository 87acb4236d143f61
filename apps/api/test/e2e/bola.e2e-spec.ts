import request from 'supertest';
import { DataSource } from 'typeorm';
import { as, loginDemoUsers } from '../support/auth';
import {
  communes,
  conferenceBody,
  createCampaign,
  createConference,
  personBody,
} from '../support/factories';
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
        await createConference(staff, conferenceBody(campaign.id, '2026-04-10', 8, 11))
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

    it("registers a person another association holds as the coordinator's own member, without opening the other association's record", async () => {
      // Another conference, so the person is not registered there yet.
      const staff = as(t, (await loginDemoUsers(t)).staff);
      const campaign = await createCampaign(staff);
      const other = await createConference(staff, conferenceBody(campaign.id, '2026-04-11', 8, 11));
      const known = (await veterans.get(`/api/people/${veteranPerson.id}`).expect(200)).body as {
        birthYear: number;
        group: string;
      };
      const typed = personBody({
        fullName: 'cựu chiến binh bí mật',
        phone: '0944999888',
        birthYear: known.birthYear,
        group: 'elderly',
      });
      const reg = await farmers
        .post(`/api/conferences/${other.id}/registrations`)
        .send({ person: typed })
        .expect(201);
      // One identity in the registry for one human being...
      expect(reg.body.person.id).toBe(veteranPerson.id);
      // ...seen by the farmers through their own membership: what they typed, under their organization.
      const me = (await farmers.get('/api/auth/me').expect(200)).body as { organizationId: string };
      expect(reg.body.organizationId).toBe(me.organizationId);
      expect(reg.body.person).toMatchObject({
        fullName: 'cựu chiến binh bí mật',
        group: 'elderly',
        organizationId: me.organizationId,
      });
      expect((await farmers.get(`/api/people/${veteranPerson.id}`).expect(200)).body).toMatchObject(
        {
          group: 'elderly',
          organizationId: me.organizationId,
        },
      );
      // The veterans' own record is unchanged, and their registrations stay out of the farmers' reach.
      expect(
        (await veterans.get(`/api/people/${veteranPerson.id}`).expect(200)).body,
      ).toMatchObject({
        fullName: 'Cựu Chiến Binh Bí Mật',
        group: known.group,
        organizationId: veteransOrg,
      });
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

/**
 * The duplicate rule must not become an oracle (Decree 13/2023). The farmers' coordinator probes
 * with the name, birth year and phone of a member of the Veterans' Association, and with those of
 * someone nobody holds: creating the person, registering them, checking them in as a walk-in,
 * and a dry-run import that halves a birth-year range. Every answer is the same (status, body,
 * counts), but for fresh ids, times and codes, and the farmers only ever see what they typed.
 */
describe.each(testDatabaseKinds())(
  "a coordinator's answers do not depend on anyone outside their organization (%s)",
  (kind) => {
    let t: TestApp;
    let tokens: Awaited<ReturnType<typeof loginDemoUsers>>;
    let farmers: ReturnType<typeof as>;
    let veterans: ReturnType<typeof as>;
    let staff: ReturnType<typeof as>;
    let farmersOrg: string;
    let conferenceId: string;
    let sequence = 0;

    /** Name, birth year and phone: what the duplicate rule compares. */
    const identity = () => {
      sequence += 1;
      return {
        fullName: personBody().fullName as string,
        birthYear: 1941 + sequence,
        phone: `0945 ${String(200000 + sequence)}`,
      };
    };
    /** How the veterans entered their member, and how the farmers type the same identity. */
    const asVeterans = (who: ReturnType<typeof identity>) =>
      personBody({ ...who, gender: 'male', group: 'veteran', communeCode: communes.haiNam });
    const asFarmers = (who: ReturnType<typeof identity>) =>
      personBody({ ...who, gender: 'female', group: 'farmer', communeCode: communes.yenDinh });

    /** A member of the Veterans' Association, registered by them for the probed conference. */
    async function veteransMember() {
      const who = identity();
      const reg = await veterans
        .post(`/api/conferences/${conferenceId}/registrations`)
        .send({ person: asVeterans(who) })
        .expect(201);
      return { who, personId: reg.body.person.id as string };
    }

    /** What may differ between two answers: fresh ids, times and codes, and the typed identity itself. */
    const FRESH = new Set([
      'id',
      'existingId',
      'registrationId',
      'createdAt',
      'consentAt',
      'checkedInAt',
      'checkInCode',
      'fullName',
      'birthYear',
      'phone',
    ]);
    const shape = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(shape);
      if (value && typeof value === 'object') {
        return Object.fromEntries(
          Object.entries(value).map(([key, v]) => [
            key,
            FRESH.has(key) && v !== null ? `<${key}>` : shape(v),
          ]),
        );
      }
      return value;
    };
    /** What the farmers typed, echoed back under their organization, and nothing of the veterans'. */
    const echo = (who: ReturnType<typeof identity>) => ({
      fullName: who.fullName,
      birthYear: who.birthYear,
      phone: who.phone.replace(' ', ''),
      gender: 'female',
      group: 'farmer',
      communeCode: communes.yenDinh,
      organizationId: farmersOrg,
      consentSource: 'paper_form',
      erased: false,
    });
    const dryRun = (rows: Array<Array<string | number>>) =>
      request(t.http)
        .post(`/api/conferences/${conferenceId}/registrations/import?dryRun=true`)
        .set('Authorization', `Bearer ${tokens.coordinator}`)
        .attach('file', csv([VI_HEADER, ...rows]), 'thu.csv');

    beforeAll(async () => {
      t = await createTestApp(kind);
      tokens = await loginDemoUsers(t);
      farmers = as(t, tokens.coordinator);
      veterans = as(t, tokens.otherCoordinator);
      staff = as(t, tokens.staff);
      farmersOrg = (await farmers.get('/api/auth/me').expect(200)).body.organizationId;
      const campaign = await createCampaign(staff);
      conferenceId = (
        await createConference(staff, conferenceBody(campaign.id, '2026-04-20', 8, 11))
      ).id;
      await staff
        .post(`/api/conferences/${conferenceId}/status`)
        .send({ status: 'confirmed' })
        .expect(200);
    });
    afterAll(() => t.close());

    it('answers POST /api/people alike: 201 with what was typed, never 409 with the other member', async () => {
      const foreign = await veteransMember();
      const fresh = identity();
      const a = await farmers.post('/api/people').send(asFarmers(foreign.who));
      const b = await farmers.post('/api/people').send(asFarmers(fresh));
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(shape(a.body)).toEqual(shape(b.body));
      expect(a.body).toMatchObject(echo(foreign.who));
      expect(b.body).toMatchObject(echo(fresh));
      // One identity for one human being: the registry did not get a second person.
      expect(a.body.id).toBe(foreign.personId);
      // Now both are the farmers' own members, and a second entry is their own duplicate, alike.
      const again = [
        await farmers.post('/api/people').send(asFarmers(foreign.who)),
        await farmers.post('/api/people').send(asFarmers(fresh)),
      ];
      expect(again.map((r) => r.status)).toEqual([409, 409]);
      expect(shape(again[0].body)).toEqual(shape(again[1].body));
      expect(again.map((r) => r.body.existingId)).toEqual([a.body.id, b.body.id]);
      // The veterans still see what they entered.
      expect(
        (await veterans.get(`/api/people/${foreign.personId}`).expect(200)).body,
      ).toMatchObject({
        gender: 'male',
        group: 'veteran',
        communeCode: communes.haiNam,
      });
    });

    it('answers a registration with {person} alike, even when the other association registered that person for the same conference', async () => {
      const foreign = await veteransMember();
      const fresh = identity();
      const url = `/api/conferences/${conferenceId}/registrations`;
      const a = await farmers.post(url).send({ person: asFarmers(foreign.who) });
      const b = await farmers.post(url).send({ person: asFarmers(fresh) });
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(shape(a.body)).toEqual(shape(b.body));
      expect(a.body).toMatchObject({
        organizationId: farmersOrg,
        status: 'registered',
        checkedInAt: null,
        person: echo(foreign.who),
      });
      // Registered once on their list: the same 409 for both.
      const again = [
        await farmers.post(url).send({ person: asFarmers(foreign.who) }),
        await farmers.post(url).send({ person: asFarmers(fresh) }),
      ];
      expect(again.map((r) => [r.status, r.body.code])).toEqual([
        [409, 'ALREADY_REGISTERED'],
        [409, 'ALREADY_REGISTERED'],
      ]);
      expect(shape(again[0].body)).toEqual(shape(again[1].body));
      // The farmers' list shows both as theirs; there is still one registration of the foreign person.
      const list = (await farmers.get(url).expect(200)).body as Array<{
        id: string;
        person: { id: string };
        organizationId: string;
      }>;
      expect(list.filter((r) => r.person.id === foreign.personId)).toEqual([
        expect.objectContaining({ id: a.body.id, organizationId: farmersOrg }),
      ]);
      const [{ count }] = await t.app
        .get(DataSource)
        .query<Array<Record<string, unknown>>>(
          `SELECT count(*)::int AS count FROM registration WHERE conference_id = $1 AND person_id = $2`,
          [conferenceId, foreign.personId],
        );
      expect(count).toBe(1);
      // Taking it off their list leaves the veterans' registration in place.
      await farmers.delete(`${url}/${a.body.id}`).expect(204);
      await farmers.delete(`${url}/${b.body.id}`).expect(204);
      const veteransList = (await veterans.get(url).expect(200)).body as Array<{
        person: { id: string };
      }>;
      expect(veteransList.map((r) => r.person.id)).toContain(foreign.personId);
    });

    it('answers a walk-in check-in alike', async () => {
      const foreign = await veteransMember();
      const fresh = identity();
      const url = `/api/conferences/${conferenceId}/attendance`;
      const a = await farmers.post(url).send({ person: asFarmers(foreign.who) });
      const b = await farmers.post(url).send({ person: asFarmers(fresh) });
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(shape(a.body)).toEqual(shape(b.body));
      expect(a.body).toMatchObject({
        status: 'attended',
        checkInMethod: 'walk_in',
        organizationId: farmersOrg,
        person: echo(foreign.who),
      });
      // The human being attended once: the veterans see their registration checked in.
      const veteransList = (
        await veterans.get(`/api/conferences/${conferenceId}/registrations`).expect(200)
      ).body as Array<{
        person: { id: string };
        status: string;
      }>;
      expect(veteransList.find((r) => r.person.id === foreign.personId)?.status).toBe('attended');
    });

    it('counts a dry-run import alike, so halving a birth-year range recovers nothing', async () => {
      const hidden = identity();
      await veterans.post('/api/people').send(asVeterans(hidden)).expect(201);
      const fresh = identity();
      const row = (who: ReturnType<typeof identity>, birthYear: number) => [
        who.fullName,
        'Nữ',
        birthYear,
        who.phone,
        communes.yenDinh,
        'Nông dân',
      ];
      for (const [from, to] of [
        [1930, 1999],
        [hidden.birthYear - 3, hidden.birthYear],
        [hidden.birthYear, hidden.birthYear],
      ]) {
        const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
        const a = await dryRun(years.map((year) => row(hidden, year)));
        const b = await dryRun(
          years.map((year) => row(fresh, year - hidden.birthYear + fresh.birthYear)),
        );
        expect([a.status, b.status]).toEqual([200, 200]);
        expect(a.body).toEqual(b.body);
        expect(a.body).toEqual({
          rows: years.length,
          created: years.length,
          matchedExisting: 0,
          alreadyRegistered: 0,
          dryRun: true,
        });
      }
    });
  },
);
