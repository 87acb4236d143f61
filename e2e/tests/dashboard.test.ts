import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  type BrowserSession,
  docsScreenshotDir,
  openBrowser,
  screenshotDir,
} from '../support/browser';
import { logIn } from '../support/session';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

/** An A4 page's width less the print stylesheet's 12 mm margins (186 mm at 96 px an inch). */
const A4_CONTENT_WIDTH = Math.floor((186 / 25.4) * 96);

const charts = [
  'Hội nghị đã tổ chức và lượt tham dự theo tháng',
  // The demo's running campaign is after 1/7/2025: no districts, attendances by commune.
  'Lượt tham dự theo xã, phường',
  'Người tham dự theo nhóm đối tượng',
  'Người tham dự theo giới tính',
];

test("leadership's home is the dashboard, with the demo campaign's targets and its charts", async () => {
  const page = await logIn(session.context, 'leader');
  await page.waitForURL((url) => url.pathname === '/dashboard');
  await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();

  const kpis = page.getByRole('group', { name: 'Chỉ tiêu chính' });
  await kpis.waitFor();
  const targets: [string, string][] = [
    ['Hội nghị', 'Chỉ tiêu: 70 hội nghị'],
    ['Người tham dự', 'Chỉ tiêu: 15.000 người'],
    ['Tờ rơi', 'Chỉ tiêu: 20.000 tờ'],
    ['Xã, phường', 'Tổng số: 129 xã'],
  ];
  for (const [card, target] of targets) {
    await kpis.getByRole('region', { name: card }).getByText(target).waitFor();
  }
  expect(
    await kpis
      .getByRole('region', { name: 'Tờ rơi' })
      .getByRole('progressbar', { name: 'Đã in' })
      .getAttribute('aria-valuetext'),
  ).toBe('20.000/20.000 (100%)');

  // The charts are drawn (no animation: the browser asks for reduced motion).
  for (const name of charts) {
    const figure = page.getByRole('figure', { name });
    await figure.locator('svg .MuiChartsAxis-tickLabel, svg path').first().waitFor();
  }
  await page.getByRole('figure', { name: charts[1] }).getByRole('rowheader').first().waitFor();
  await expect
    .poll(() =>
      page.locator('.MuiChartsAxis-directionX .MuiChartsAxis-tickLabel').first().textContent(),
    )
    .not.toBe('');

  const unreached = page.getByRole('heading', { name: /^Xã chưa tổ chức hội nghị \(\d+\)$/u });
  await unreached.waitFor();
  const coverage = page.getByRole('region', { name: 'Độ bao phủ xã, phường, thị trấn' });
  const tiles = coverage.getByRole('button');
  expect(await tiles.count()).toBe(129);
  // Today's communes sit under the province, one group; no label speaks of districts.
  expect(await coverage.getByRole('heading', { level: 3 }).count()).toBe(1);
  expect(await page.getByRole('main').getByText(/huyện/iu).count()).toBe(0);

  await page.screenshot({ path: path.join(screenshotDir, 'dashboard.png'), fullPage: true });

  // "In / Lưu PDF": the print stylesheet leaves the navigation and the buttons out.
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('navigation').isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'In / Lưu PDF' }).isVisible()).toBe(false);
  await kpis.getByRole('region', { name: 'Hội nghị' }).getByText('Chỉ tiêu: 70 hội nghị').waitFor();
  // On paper there is nothing to tap: every tile writes its commune's name.
  const named = () =>
    tiles.evaluateAll((all) => all.filter((t) => (t as HTMLElement).innerText.trim()).length);
  expect(await named()).toBe(129);
  // On paper every chart, its legend included, fits the page's width and its own box: laid out
  // at an A4 page's width less its margins, none reaches past its figure or the page's edge.
  await page.setViewportSize({ width: A4_CONTENT_WIDTH, height: 1000 });
  await page.getByRole('figure', { name: charts[0] }).locator('svg').first().waitFor();
  const overflowing = await page.getByRole('figure').evaluateAll(
    (figures, pageWidth) =>
      figures.flatMap((figure) => {
        const box = figure.getBoundingClientRect();
        const parts = [
          figure,
          ...figure.querySelectorAll('svg, [class*="MuiChartsLegend-root"], [aria-hidden] > div'),
        ];
        const right = Math.max(...parts.map((part) => part.getBoundingClientRect().right));
        const name = figure.querySelector('figcaption')?.textContent ?? '';
        return right > Math.min(box.right, pageWidth) + 0.5 ||
          figure.scrollWidth > figure.clientWidth
          ? [`${name}: ${Math.round(right)} px > ${Math.round(Math.min(box.right, pageWidth))} px`]
          : [];
      }),
    A4_CONTENT_WIDTH,
  );
  expect(overflowing).toEqual([]);
  await page.setViewportSize({ width: 1366, height: 860 });
  await coverage.screenshot({
    path: path.join(docsScreenshotDir, 'dashboard-communes-print.png'),
    animations: 'disabled',
  });
  await page.pdf({
    path: path.join(screenshotDir, 'dashboard.pdf'),
    format: 'A4',
    printBackground: true,
  });
  await page.emulateMedia({ media: 'screen' });
  expect(await named()).toBe(0);
});

/** The name of a commune that held a conference, and its tile. */
async function reachedTile(page: Page) {
  const coverage = page.getByRole('region', { name: 'Độ bao phủ xã, phường, thị trấn' });
  const tile = coverage.getByRole('button', { name: /: Đã tổ chức hội nghị$/u }).first();
  await tile.waitFor();
  const label = (await tile.getAttribute('aria-label')) ?? '';
  return { coverage, tile, name: label.slice(0, label.lastIndexOf(':')) };
}

test("on a 390 px phone, a tap on a commune's tile shows its name and figures", async () => {
  const phone = await session.browser.newContext({
    baseURL: inject('baseURL'),
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
    hasTouch: true,
    isMobile: true,
  });
  const page = await logIn(phone, 'leader');
  await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
  const channels = page.getByRole('region', { name: 'Kết quả theo kênh' });
  await channels.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: path.join(docsScreenshotDir, 'dashboard-channels-phone.png'),
    animations: 'disabled',
  });
  const { tile, name } = await reachedTile(page);
  await tile.scrollIntoViewIfNeeded();
  await tile.tap();

  const details = page.getByRole('dialog', { name });
  await details.waitFor();
  expect(await details.getByText('Đã tổ chức hội nghị').isVisible()).toBe(true);
  const terms = await details.locator('dt').allTextContents();
  expect(terms).toEqual(['Hội nghị đã tổ chức', 'Lượt tham dự']);
  const held = Number((await details.locator('dd').first().textContent())?.replace(/\./gu, ''));
  expect(held).toBeGreaterThan(0);
  await page.screenshot({
    path: path.join(docsScreenshotDir, 'dashboard-commune-details-phone.png'),
    animations: 'disabled',
  });
  await details.getByRole('button', { name: 'Đóng' }).tap();
  await details.waitFor({ state: 'hidden' });
  await phone.close();
});

test("at 1366 × 768, the communes' map is one Tab stop, walked with the arrows and opened with Enter", async () => {
  const desktop = await session.browser.newContext({
    baseURL: inject('baseURL'),
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
  });
  const page = await logIn(desktop, 'leader');
  await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
  const { coverage, tile, name } = await reachedTile(page);
  const tiles = coverage.getByRole('button');
  await tiles.first().focus();
  await page.keyboard.press('End');
  expect(await tiles.last().evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Home');
  expect(await tiles.first().evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('ArrowRight');
  expect(await tiles.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);

  await tile.focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('dialog', { name });
  await details.waitFor();
  await page.screenshot({
    path: path.join(docsScreenshotDir, 'dashboard-commune-details-desktop.png'),
    animations: 'disabled',
  });
  await page.keyboard.press('Escape');
  await details.waitFor({ state: 'hidden' });
  expect(await tile.evaluate((el) => el === document.activeElement)).toBe(true);
  await desktop.close();
});

test('the reports page groups by the districts of the time and downloads the Excel export', async () => {
  await session.context.clearCookies();
  const page = await logIn(session.context, 'leader', '/reports');
  await page.getByRole('heading', { level: 1, name: 'Báo cáo' }).waitFor();

  await page.getByRole('combobox', { name: /^Tổng hợp theo/u }).click();
  await page.getByRole('option', { name: 'Giới tính' }).click();
  await page
    .getByRole('grid', { name: 'Bảng báo cáo độ bao phủ' })
    .getByText('Nam', { exact: true })
    .waitFor();
  // Districts are offered only with the units of the time (there are none since 1/7/2025): the
  // 2025 plan held its first half under them.
  // The choice goes into the address first (a navigation), then the radio shows it.
  const units = page.getByRole('radio', { name: 'Đơn vị tại thời điểm tổ chức' });
  await units.click();
  await expect.poll(() => units.isChecked()).toBe(true);
  await page.getByRole('combobox', { name: /^Chiến dịch/u }).click();
  await page.getByRole('option', { name: /năm 2025$/u }).click();
  await page.getByRole('combobox', { name: /^Tổng hợp theo/u }).click();
  await page
    .getByRole('option', { name: 'Huyện, thành phố (trước 01/07/2025)', exact: true })
    .click();
  const grid = page.getByRole('grid', { name: 'Bảng báo cáo độ bao phủ' });
  await grid.getByText('Huyện Hải Hậu (đến 30/06/2025)').waitFor();
  await grid.getByText('Tổng cộng').waitFor();
  expect(new URL(page.url()).searchParams.get('groupBy')).toBe('district');
  expect(new URL(page.url()).searchParams.get('units')).toBe('as-held');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải Excel' }).click(),
  ]);
  // Named after what it is, in Vietnamese (an ASCII slug is the fallback for older clients).
  const fileName = 'Báo cáo độ bao phủ theo huyện, thành phố (trước 01-07-2025).xlsx';
  expect(download.suggestedFilename()).toBe(fileName);
  const file = fs.readFileSync(await download.path());
  expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
  await page.getByText(`Đã tải xuống “${fileName}”.`).waitFor();
  await page.screenshot({ path: path.join(screenshotDir, 'reports.png'), fullPage: true });
});

test('the date fields read dd/mm/yyyy, in Vietnamese and in English', async () => {
  await session.context.clearCookies();
  const page = await logIn(session.context, 'leader', '/reports');
  await page.getByRole('heading', { level: 1, name: 'Báo cáo' }).waitFor();
  // What the field shows: its parts' texts and separators (without the bidi marks around them).
  const shown = async (name: string) =>
    (
      (await page
        .getByRole('group', { name })
        .locator('.MuiPickersSectionList-root')
        .textContent()) ?? ''
    ).replace(/[\u2066-\u2069]/gu, '');
  expect(await shown('Từ ngày')).toBe('dd/mm/yyyy');
  expect(await shown('Đến ngày')).toBe('dd/mm/yyyy');
  await page.getByRole('group', { name: 'Từ ngày' }).getByRole('spinbutton').first().click();
  // As a person types, each key a moment apart: the year passes through 0002, 0020 and 0202 (a
  // date the address takes) on its way to 2026, and the field keeps the typing.
  await page.keyboard.type('05032026', { delay: 150 });
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2026-03-05');
  expect(await shown('Từ ngày')).toBe('05/03/2026');
  // Pictures for the docs: the filters and the grid's headers (the exports' words).
  const results = page.getByRole('region', { name: 'Xã, phường' });
  await expect.poll(() => results.getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
  for (const [size, viewport] of [
    ['desktop', { width: 1366, height: 768 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.getByRole('group', { name: 'Đến ngày' }).scrollIntoViewIfNeeded();
    await page.screenshot({
      path: path.join(docsScreenshotDir, `reports-date-fields-${size}.png`),
      animations: 'disabled',
    });
    await page.getByRole('columnheader', { name: 'Tờ rơi đã giao' }).scrollIntoViewIfNeeded();
    await page
      .getByRole('grid', { name: 'Bảng báo cáo độ bao phủ' })
      .locator('.MuiLinearProgress-root')
      .waitFor({ state: 'detached', timeout: 30_000 });
    await page.screenshot({
      path: path.join(docsScreenshotDir, `reports-columns-${size}.png`),
      animations: 'disabled',
    });
  }
  await page.setViewportSize({ width: 1366, height: 860 });

  await page.getByRole('button', { name: /^Ngôn ngữ \/ Language/u }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
  expect(await shown('To')).toBe('dd/mm/yyyy');
  expect(await shown('From')).toBe('05/03/2026');
  await page.getByRole('button', { name: /^Ngôn ngữ \/ Language/u }).click();
  await page.getByRole('menuitem', { name: 'Tiếng Việt' }).click();
  await page.getByRole('heading', { level: 1, name: 'Báo cáo' }).waitFor();
});
