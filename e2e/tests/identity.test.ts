import * as path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { type BrowserSession, openBrowser, screenshotDir } from '../support/browser';
import { logIn } from '../support/session';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser(inject('baseURL'));
});
afterAll(() => session.close());

test("a coordinator sees only the coordinator's menu", async () => {
  const context = await session.browser.newContext({
    baseURL: inject('baseURL'),
    locale: 'vi-VN',
    viewport: { width: 1366, height: 860 },
  });
  try {
    const page = await logIn(context, 'coord.farmers');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.waitFor();
    const links = await nav.getByRole('link').allTextContents();
    expect(links.join(' | ')).toContain('Hội nghị tập huấn');
    for (const hidden of ['Người dùng', 'Nhật ký', 'Kế hoạch, chiến dịch'])
      expect(links.join(' | ')).not.toContain(hidden);
    await page.goto('/users');
    await page.getByText('Bạn không có quyền xem trang này').waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'coordinator-menu.png') });
  } finally {
    await context.close();
  }
});

test('an admin creates a user who can then log in', async () => {
  const context = await session.browser.newContext({
    baseURL: inject('baseURL'),
    locale: 'vi-VN',
    viewport: { width: 1366, height: 860 },
  });
  try {
    const page = await logIn(context, 'admin', '/users');
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên đăng nhập').fill('can.bo.moi');
    await dialog.getByLabel(/^Họ và tên/u).fill('Nguyễn Thị Mới');
    await dialog.getByRole('combobox', { name: /Vai trò/u }).click();
    await page.getByRole('option', { name: 'Cán bộ nghiệp vụ' }).click();
    await dialog
      .getByLabel(/^Mật khẩu/u)
      .first()
      .fill('mật khẩu đủ dài');
    await page.screenshot({ path: path.join(screenshotDir, 'create-user.png') });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('grid').getByText('can.bo.moi').waitFor();
  } finally {
    await context.close();
  }
  const fresh = await session.browser.newContext({ baseURL: inject('baseURL'), locale: 'vi-VN' });
  try {
    const page = await fresh.newPage();
    await page.goto('/login');
    await page.getByLabel('Tên đăng nhập').fill('can.bo.moi');
    await page.getByLabel(/^Mật khẩu/u).fill('mật khẩu đủ dài');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('button', { name: 'Tài khoản' }).waitFor();
  } finally {
    await fresh.close();
  }
});
