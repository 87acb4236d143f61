import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { apiCall, apiToken, vietnamDay } from '../support/api';
import { seriousAxeFindings } from '../support/axe';
import { type BrowserSession, openBrowser } from '../support/browser';
import { logIn } from '../support/session';

/** The pictures of the phone and desktop layouts document the pages: kept in docs/screenshots. */
const docsScreenshots = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../docs/screenshots',
);
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
const registrationStatuses = /^(Chờ điểm danh|Đã điểm danh|Vắng mặt)$/u;

interface ConferenceRow {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
}

let session: BrowserSession;
/** The day the browser lives on: the day of the demo's first planned conference. */
let today: string;
let planned: ConferenceRow;
/** A held conference of the demo, with members of the Farmers' Association who came or not. */
let held: ConferenceRow;
const contexts: BrowserContext[] = [];

async function conferences(token: string, query: string): Promise<ConferenceRow[]> {
  return (await apiCall<{ items: ConferenceRow[] }>(token, 'GET', `/conferences?${query}`)).items;
}

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
  fs.mkdirSync(docsScreenshots, { recursive: true });
  const staff = await apiToken('staff');
  [planned] = await conferences(staff, 'status=planned&pageSize=50');
  expect(planned).toBeDefined();
  today = vietnamDay(planned.startsAt);
  held = (await conferences(staff, 'status=held&pageSize=50')).at(-1)!;
  expect(held).toBeDefined();
  // Certificates for those who attended, so the certificates grid has rows.
  await apiCall(staff, 'POST', `/conferences/${held.id}/certificates`);
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await session.close();
});

/** A person's own browser, at a screen size, whose clock says `today` (08:00 in Vietnam). */
async function browserOf(viewport: { width: number; height: number }): Promise<BrowserContext> {
  const context = await session.browser.newContext({
    baseURL: inject('baseURL'),
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
  });
  await context.clock.setFixedTime(new Date(`${today}T08:00:00+07:00`));
  contexts.push(context);
  return context;
}

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/**
 * The cards of a list: each one's title, its whole text, whether it lies within the screen and
 * whether its title is cut off.
 */
function cardsOf(list: Locator) {
  return list.evaluate((element) => {
    const width = document.documentElement.clientWidth;
    return [...element.querySelectorAll(':scope > li')].map((card) => {
      const box = card.getBoundingClientRect();
      const title = document.getElementById(card.getAttribute('aria-labelledby') ?? '');
      return {
        title: title?.textContent ?? '',
        text: card.textContent ?? '',
        inside: box.left >= 0 && box.right <= width,
        titleCut: !title || title.scrollWidth > title.clientWidth,
      };
    });
  });
}

async function expectReadableCards(list: Locator) {
  const cards = await cardsOf(list);
  expect(cards.length).toBeGreaterThan(0);
  expect(cards.filter((card) => !card.inside || card.titleCut)).toEqual([]);
  return cards;
}

/** A picture of the page with `shown` at the top of the screen. */
async function picture(page: Page, name: string, shown?: Locator) {
  // Just under the fixed top bar.
  await shown?.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 72));
  await page.screenshot({ path: path.join(docsScreenshots, name), animations: 'disabled' });
}

/** A member list with row 3's birth year and row 5's phone spoilt. */
function brokenList(): Buffer {
  const rows = [
    'Họ và tên,Giới tính,Năm sinh,Số điện thoại,Mã xã,Nhóm đối tượng',
    'Phan Thị Nụ,Nữ,1961,0912300001,14215,Nông dân',
    'Phan Văn Tới,Nam,19x5,0912300002,14215,Nông dân',
    'Phan Thị Hoa,Nữ,1966,0912300003,14215,Nông dân',
    'Phan Văn Hậu,Nam,1958,0228 3 123 456,14215,Nông dân',
  ];
  return Buffer.from(`${rows.join('\n')}\n`, 'utf8');
}

test('a coordinator works from a 390 px phone: the next conferences, registrations, people and an import, without scrolling sideways', async () => {
  const coordinator = await apiToken('coord.farmers');
  const page = await logIn(await browserOf(PHONE), 'coord.farmers');

  // 1. The landing page: the conferences from today, nearest first, one card each.
  await page.waitForURL(
    (url) => url.pathname === '/conferences' && url.search === '?view=upcoming',
  );
  const upcoming = page.getByRole('list', { name: 'Hội nghị sắp tới' });
  await upcoming.getByRole('listitem').first().waitFor();
  const expected = await conferences(coordinator, `from=${today}&pageSize=50`);
  const cards = await expectReadableCards(upcoming);
  expect(cards.map((card) => card.title)).toEqual(expected.map((c) => c.title));
  expect(await upcoming.getByRole('listitem', { name: held.title, exact: true }).count()).toBe(0);
  // Alike titles are told apart by the day and the commune under them.
  expect(new Set(cards.map((card) => card.text)).size).toBe(cards.length);
  await expectNoSidewaysScroll(page);
  expect(await seriousAxeFindings(page)).toEqual([]);
  await picture(page, 'phone-upcoming-conferences.png');

  // 2. The conferences: the list, and the calendar's week.
  await page.getByRole('button', { name: 'Danh sách', exact: true }).click();
  const all = page.getByRole('list', { name: 'Danh sách hội nghị' });
  await all.getByRole('listitem').first().waitFor();
  await expectReadableCards(all);
  await expectNoSidewaysScroll(page);
  await picture(page, 'phone-conferences-list.png', all);
  await page.getByRole('button', { name: 'Lịch', exact: true }).click();
  await page.getByRole('region', { name: 'Lịch hội nghị' }).waitFor();
  await expectNoSidewaysScroll(page);

  // 3. A conference's registrations: each card shows the person's status chip, whole.
  await page.goto(`/conferences/${held.id}?tab=registrations`);
  const registrations = page.getByRole('list', { name: 'Danh sách đăng ký của hội nghị' });
  await registrations.getByRole('listitem').first().waitFor();
  await expectReadableCards(registrations);
  const registrants = await registrations.getByRole('listitem').all();
  for (const card of registrants) {
    const chip = card.getByText(registrationStatuses);
    expect(await chip.isVisible()).toBe(true);
    const box = (await chip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  }
  await expectNoSidewaysScroll(page);
  expect(await seriousAxeFindings(page, 'main')).toEqual([]);
  await picture(page, 'phone-registrations.png', registrations);

  // 4. The people of the association.
  await page.goto('/people');
  const people = page.getByRole('list', { name: 'Danh sách người tham dự' });
  await people.getByRole('listitem').first().waitFor();
  await expectReadableCards(people);
  await expectNoSidewaysScroll(page);
  await picture(page, 'phone-people.png', people);

  // 5. An import with errors, each row of the file a card.
  await page.goto(`/conferences/${planned.id}?tab=registrations`);
  await page.getByRole('button', { name: 'Nhập từ tệp Excel/CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách từ tệp' });
  await dialog.getByLabel('Tệp danh sách (.xlsx hoặc .csv)').setInputFiles({
    name: 'hoi-vien.csv',
    mimeType: 'text/csv',
    buffer: brokenList(),
  });
  await dialog.getByText('Tệp có 2 lỗi, chưa nhập dòng nào').waitFor();
  const errors = dialog.getByRole('list', { name: 'Các lỗi trong tệp, theo dòng' });
  const errorCards = await expectReadableCards(errors);
  expect(errorCards.map((card) => card.title)).toEqual(['Dòng 3', 'Dòng 5']);
  expect(errorCards[0].text).toContain('Năm sinh');
  expect(errorCards[1].text).toContain('Số điện thoại di động không hợp lệ');
  await expectNoSidewaysScroll(page);
  await picture(page, 'phone-import-errors.png', errors);
  await dialog.getByRole('button', { name: 'Hủy' }).click();
});

/** A label in words ("Phiên đăng nhập"), never a code ("login_success"). */
const inWords = /^\p{Lu}[^_]*$/u;

test('on a 390 px phone attendance, certificates, leaflet allocations and the audit log are cards with a status chip, without scrolling sideways', async () => {
  /** Each list: who opens it, where, its status chips and the button each card has. */
  const lists = [
    {
      user: 'coord.farmers',
      at: `/conferences/${held.id}?tab=attendance`,
      list: 'Danh sách người đã điểm danh',
      chip: /^Đã điểm danh$/u,
      shot: 'attendance',
    },
    {
      user: 'staff',
      at: `/conferences/${held.id}?tab=certificates`,
      list: 'Danh sách giấy chứng nhận',
      chip: /^(Còn hiệu lực|Đã thu hồi)$/u,
      button: /^Mở PDF số /u,
      shot: 'certificates',
    },
    {
      user: 'staff',
      at: '/leaflets',
      list: 'Danh sách phân bổ tờ rơi',
      chip: /^(Chờ giao|Đã giao|Đã hủy)$/u,
      shot: 'leaflet-allocations',
    },
    {
      user: 'admin',
      at: '/audit',
      list: 'Nhật ký thao tác',
      chip: inWords,
      button: /^Xem chi tiết thao tác lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/u,
      shot: 'audit',
    },
  ];
  const pages = new Map<string, Page>();
  for (const { user, at, list: name, chip, button, shot } of lists) {
    if (!pages.has(user)) pages.set(user, await logIn(await browserOf(PHONE), user));
    const page = pages.get(user)!;
    await page.goto(at);
    const list = page.getByRole('list', { name });
    await list.getByRole('listitem').first().waitFor();
    expect(await page.getByRole('grid', { name }).count(), name).toBe(0);
    const cards = await expectReadableCards(list);
    // The first screenful: each card's chip is whole, in words and on the screen.
    for (const card of (await list.getByRole('listitem').all()).slice(0, 8)) {
      const status = card.locator('.MuiChip-root');
      expect(await status.isVisible(), name).toBe(true);
      expect(await status.textContent(), name).toMatch(chip);
      const box = (await status.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      if (button) expect(await card.getByRole('button', { name: button }).isVisible()).toBe(true);
    }
    if (name === 'Nhật ký thao tác') {
      // Entities and actions read as the grid names them, never as the API's codes.
      expect(cards.filter((card) => !inWords.test(card.title))).toEqual([]);
      const login = list
        .getByRole('listitem', { name: 'Phiên đăng nhập', exact: true })
        .filter({ hasText: 'admin' })
        .filter({ has: page.getByText('Đăng nhập', { exact: true }) });
      expect(await login.count()).toBeGreaterThan(0);
    }
    // Dates read dd/MM/yyyy under the name.
    expect(cards[0].text, name).toMatch(/\d{2}\/\d{2}\/\d{4}|Biên bản/u);
    await expectNoSidewaysScroll(page);
    expect(await seriousAxeFindings(page, 'main'), name).toEqual([]);
    await picture(page, `phone-${shot}.png`, list);
  }
});

/** Where the grid's last column ends, against the screen's width. */
async function lastColumnEdge(grid: Locator) {
  return grid.evaluate((element) => {
    const count = element.getAttribute('aria-colcount');
    const last = element.querySelector(`[role="columnheader"][aria-colindex="${count}"]`);
    return {
      lastColumn: last?.textContent ?? null,
      right: last ? Math.ceil(last.getBoundingClientRect().right) : Infinity,
      screen: document.documentElement.clientWidth,
    };
  });
}

/** The grid's texts that do not show whole: column headers, cells and the chips in them. */
function cutTexts(grid: Locator) {
  return grid.evaluate((element) =>
    [
      ...element.querySelectorAll(
        '.MuiDataGrid-columnHeaderTitle, [role="gridcell"], [role="gridcell"] .MuiChip-label',
      ),
    ]
      .filter(
        (node) =>
          node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1,
      )
      .map((node) => node.textContent),
  );
}

test('at 1366×768 every column of the main grids is on the screen, and every text whole', async () => {
  const pages = new Map<string, Page>();
  const pageOf = async (username: string) => {
    if (!pages.has(username)) pages.set(username, await logIn(await browserOf(DESKTOP), username));
    return pages.get(username)!;
  };
  /** The main grids: who opens them, where, and the picture's name. */
  const grids = [
    {
      user: 'coord.farmers',
      at: '/conferences?view=upcoming',
      grid: 'Hội nghị sắp tới',
      shot: 'upcoming-conferences',
      titles: true,
    },
    {
      user: 'coord.farmers',
      at: '/conferences?view=list',
      grid: 'Danh sách hội nghị',
      shot: 'conferences-list',
      titles: true,
    },
    {
      user: 'coord.farmers',
      at: `/conferences/${held.id}?tab=registrations`,
      grid: 'Danh sách đăng ký của hội nghị',
      shot: 'registrations',
    },
    {
      user: 'coord.farmers',
      at: `/conferences/${held.id}?tab=attendance`,
      grid: 'Danh sách người đã điểm danh',
      shot: 'attendance',
    },
    {
      user: 'staff',
      at: `/conferences/${held.id}?tab=certificates`,
      grid: 'Danh sách giấy chứng nhận',
      shot: 'certificates',
    },
    { user: 'staff', at: '/people', grid: 'Danh sách người tham dự', shot: 'people' },
    {
      user: 'staff',
      at: '/leaflets',
      grid: 'Danh sách phân bổ tờ rơi',
      shot: 'leaflet-allocations',
    },
    { user: 'admin', at: '/audit', grid: 'Nhật ký thao tác', shot: 'audit' },
  ];
  for (const { user, at, grid: name, shot } of grids) {
    const page = await pageOf(user);
    await page.goto(at);
    const grid = page.getByRole('grid', { name });
    await grid.getByRole('row').nth(1).waitFor();
    const edge = await lastColumnEdge(grid);
    expect(edge.right, `${name}: the last column, ${edge.lastColumn}`).toBeLessThanOrEqual(
      edge.screen,
    );
    await expectNoSidewaysScroll(page);
    // Nothing is cut off either: headers, cells (conference titles too) and status chips.
    expect(await cutTexts(grid), name).toEqual([]);
    // The grid in the picture, with what is above it when it fits.
    const top = (await grid.boundingBox())!.y;
    await picture(page, `desktop-${shot}.png`, top > DESKTOP.height / 2 ? grid : undefined);
  }

  // The month's calendar: each conference reads whole (its time and commune wrap).
  const page = await pageOf('coord.farmers');
  await page.goto(`/conferences?view=calendar&date=${today}`);
  const calendar = page.getByRole('region', { name: 'Lịch hội nghị' });
  await calendar.getByRole('link').first().waitFor();
  const cutEvents = await calendar.evaluate((element) =>
    [...element.querySelectorAll('a')]
      .filter((event) => event.scrollWidth > event.clientWidth)
      .map((event) => event.textContent),
  );
  expect(cutEvents).toEqual([]);
  await expectNoSidewaysScroll(page);
  await picture(page, 'desktop-calendar-month.png');
});
