import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { seriousAxeFindings } from '../support/axe';
import { type BrowserSession, openBrowser, screenshotDir } from '../support/browser';
import { DEMO_PASSWORD, logIn } from '../support/session';

let session: BrowserSession;
const phone = { width: 360, height: 740 };

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'), { viewport: phone });
});
afterAll(() => session.close());

async function api<T>(token: string, method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(`${inject('baseURL')}/api${url}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function token(username: string): Promise<string> {
  const res = await fetch(`${inject('baseURL')}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Vũ', 'Đặng'];
const given = ['Văn Khải', 'Thị Duyên', 'Văn Thịnh', 'Thị Hồng', 'Văn Quế'];

interface Listed {
  id: string;
  checkInCode: string;
  checkedInAt: string | null;
  status: string;
  person: { fullName: string };
}

/** Today in Vietnam, "2026-12-04": the conference happens today, as check-in at the door does. */
function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Today's conference, with 30 members of the Farmers' Association registered by their coordinator. */
async function prepareConference(coordinator: string) {
  const staff = await token('staff');
  const today = todayInVietnam();
  const campaigns = await api<{ items: Array<{ id: string; startsOn: string; endsOn: string }> }>(
    staff,
    'GET',
    '/campaigns?pageSize=50',
  );
  const campaign = campaigns.items.find((c) => c.startsOn <= today && today <= c.endsOn);
  if (!campaign) throw new Error(`no demo campaign covers ${today}`);
  const { id: conferenceId } = await api<{ id: string }>(staff, 'POST', '/conferences', {
    campaignId: campaign.id,
    title: 'Hội nghị tại nhà văn hóa thôn không có mạng',
    topic: 'Nhận diện lừa đảo qua điện thoại',
    startsAt: `${today}T00:30:00+07:00`,
    endsAt: `${today}T23:30:00+07:00`,
    communeCode: '14215',
    venue: 'Nhà văn hóa thôn Đông Hải (điểm danh ngoại tuyến)',
    organizerIds: [],
    trainers: [],
    capacity: 100,
  });
  // Confirmed, as a conference is on its day; the other browser tests pick planned ones.
  await api(staff, 'POST', `/conferences/${conferenceId}/status`, { status: 'confirmed' });
  for (const [f, family] of families.entries()) {
    for (const [g, name] of given.entries()) {
      await api(coordinator, 'POST', `/conferences/${conferenceId}/registrations`, {
        person: {
          fullName: `${family} ${name}`,
          gender: name.startsWith('Thị') ? 'female' : 'male',
          birthYear: 1948 + f * 4 + g,
          phone: null,
          communeCode: '14215',
          group: 'farmer',
          consent: true,
          consentSource: 'paper_form',
        },
      });
    }
  }
  const listed = await api<Listed[]>(
    coordinator,
    'GET',
    `/conferences/${conferenceId}/registrations`,
  );
  const ours = listed.filter((r) => given.some((name) => r.person.fullName.endsWith(name)));
  return {
    conferenceId,
    listed: ours,
    total: listed.length,
    attendedBefore: listed.filter((r) => r.checkedInAt !== null).length,
  };
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase();

/** Downloads the list on a phone (online), and waits until the app is ready to open offline. */
async function download(context: BrowserContext, conferenceId: string): Promise<Page> {
  const page = await logIn(context, 'coord.farmers', `/conferences/${conferenceId}/check-in`);
  await page.getByRole('button', { name: 'Tải danh sách để điểm danh ngoại tuyến' }).click();
  await page.waitForURL(`**/conferences/${conferenceId}/check-in/offline`);
  await page.getByRole('heading', { level: 1, name: 'Điểm danh ngoại tuyến' }).waitFor();
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  return page;
}

/** Checks a registration in by its printed code, and waits for the answer naming that person. */
async function byCode(page: Page, registration: Listed) {
  await page
    .getByRole('textbox', { name: 'Mã điểm danh (8 ký tự)' })
    .fill(registration.checkInCode);
  await page.getByRole('button', { name: 'Điểm danh theo mã' }).click();
  // The answer of the code before stays on screen: only this person's answer means this one is done.
  await page
    .getByRole('status')
    .getByText(`Đã điểm danh ${registration.person.fullName}, lúc`, { exact: false })
    .waitFor();
}

async function byName(page: Page, fullName: string) {
  await page.getByRole('searchbox', { name: /^Họ tên hoặc số thứ tự/u }).fill(fold(fullName));
  await page
    .getByRole('list', { name: 'Kết quả tìm kiếm' })
    .getByRole('button', { name: `Điểm danh ${fullName}`, exact: true })
    .click();
  await page
    .getByRole('status')
    .getByText(`Đã điểm danh ${fullName}, lúc`, { exact: false })
    .waitFor();
}

async function walkIn(page: Page, fullName: string, year: number) {
  await page.getByRole('button', { name: 'Thêm người đến trực tiếp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Người đến trực tiếp' });
  await dialog.getByRole('textbox', { name: /^Họ và tên/u }).fill(fullName);
  await dialog.getByRole('radio', { name: 'Nam' }).check();
  await dialog.getByRole('spinbutton', { name: /^Năm sinh/u }).fill(String(year));
  // The form starts with the conference's commune, known to the phone with its list.
  await expect
    .poll(() => dialog.getByRole('combobox', { name: /^Xã, phường/u }).inputValue())
    .toBe('Xã Hải Hậu');
  await dialog.getByRole('combobox', { name: /^Nhóm đối tượng/u }).click();
  await page.getByRole('option', { name: 'Nông dân' }).click();
  await dialog.getByRole('checkbox', { name: /đồng ý cho lưu thông tin/u }).check();
  await dialog.getByRole('button', { name: 'Đăng ký và điểm danh' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

const pending = (page: Page) => page.getByTestId('pending-count').textContent();

test('two phones check a conference in with no network, and sync to one attendance per person', async () => {
  const coordinator = await token('coord.farmers');
  const { conferenceId, listed, total, attendedBefore } = await prepareConference(coordinator);
  expect(listed).toHaveLength(30);
  const offlineUrl = `/conferences/${conferenceId}/check-in/offline`;

  // Phone A: the list, then no network at all; the page still opens after a reload.
  const phoneA = session.context;
  let page = await download(phoneA, conferenceId);
  await phoneA.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Điểm danh ngoại tuyến' }).waitFor();
  await page.getByText('Mất mạng', { exact: true }).waitFor();

  // 10 by the printed code, 10 by name typed without accents, and 2 walk-ins.
  for (const registration of listed.slice(0, 10)) await byCode(page, registration);
  for (const registration of listed.slice(10, 20)) await byName(page, registration.person.fullName);
  await walkIn(page, 'Hoàng Văn Lạc', 1957);
  await walkIn(page, 'Đỗ Văn Hiền', 1962);
  await page.getByText(`Đã điểm danh: ${attendedBefore + 22} / ${total + 2}`).waitFor();
  await expect.poll(() => pending(page)).toBe('22');
  await page.screenshot({ path: path.join(screenshotDir, 'offline-check-in.png'), fullPage: true });

  // The offline page at 360 px: nothing wider than the screen, and no serious axe finding.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    phone.width,
  );
  expect(await seriousAxeFindings(page)).toEqual([]);

  // Closing and reopening the page while still offline loses nothing.
  await page.close();
  page = await phoneA.newPage();
  await page.goto(offlineUrl);
  await page.getByText(`Đã điểm danh: ${attendedBefore + 22} / ${total + 2}`).waitFor();
  await expect.poll(() => pending(page)).toBe('22');

  // Phone B checks in an overlapping set later, with no network either, and syncs first.
  const phoneB = await session.browser.newContext({
    baseURL: inject('baseURL'),
    viewport: phone,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const pageB = await download(phoneB, conferenceId);
  await phoneB.setOffline(true);
  const bStarted = Date.now();
  for (const registration of listed.slice(15, 25)) await byCode(pageB, registration);
  await expect.poll(() => pending(pageB)).toBe('10');
  await phoneB.setOffline(false);
  await expect.poll(() => pending(pageB), { timeout: 60_000 }).toBe('0');

  // Phone A comes back: everything is sent by itself.
  await phoneA.setOffline(false);
  await expect.poll(() => pending(page), { timeout: 60_000 }).toBe('0');
  await page.screenshot({
    path: path.join(screenshotDir, 'offline-after-sync.png'),
    fullPage: true,
  });
  await page.getByText('Có mạng', { exact: true }).waitFor();

  // One attendance per person; where both phones checked someone in, the earlier time stands.
  const after = await api<Listed[]>(
    coordinator,
    'GET',
    `/conferences/${conferenceId}/registrations`,
  );
  const ours = after.filter((r) => listed.some((l) => l.id === r.id));
  expect(ours.filter((r) => r.status === 'attended')).toHaveLength(25);
  for (const registration of ours.filter((r) => listed.slice(15, 20).some((l) => l.id === r.id))) {
    expect(Date.parse(registration.checkedInAt ?? '')).toBeLessThan(bStarted);
  }
  const walkIns = after.filter((r) => ['Hoàng Văn Lạc', 'Đỗ Văn Hiền'].includes(r.person.fullName));
  expect(walkIns.map((r) => r.status)).toEqual(['attended', 'attended']);

  // The online check-in page counts them all.
  await page.goto(`/conferences/${conferenceId}/check-in`);
  const attended = after.filter((r) => r.status === 'attended').length;
  await page.getByText(`Đã điểm danh: ${attended}`, { exact: true }).waitFor();
  await phoneB.close();
});
