import type { BrowserContext, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'demo-password';

/** Logs in through the login page, as a person would. */
export async function logIn(context: BrowserContext, username: string, path = '/'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel(/^Mật khẩu/u).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // Signed in once the app's frame shows the account menu (a form sent before the app had
  // loaded leaves the address as it was).
  await page.getByRole('button', { name: 'Tài khoản', exact: true }).waitFor();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}
