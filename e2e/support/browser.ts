import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** Screenshots go to e2e/screenshots (ignored by git); look at them after a run. */
export const screenshotDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../screenshots',
);

/** Pictures that document a page are kept in the repository, in docs/screenshots. */
export const docsScreenshotDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../docs/screenshots',
);

function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found)
    throw new Error(
      "Chromium is missing: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH",
    );
  return found;
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Debian's chromium, headless; Playwright gives each launch a fresh temporary profile. */
export async function openBrowser(
  baseURL: string,
  options: {
    viewport?: { width: number; height: number };
    locale?: string;
    /** A phone: taps, not a mouse. */
    hasTouch?: boolean;
  } = {},
): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    baseURL,
    viewport: options.viewport ?? { width: 1366, height: 860 },
    locale: options.locale ?? 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    reducedMotion: 'reduce',
    hasTouch: options.hasTouch ?? false,
  });
  fs.mkdirSync(screenshotDir, { recursive: true });
  fs.mkdirSync(docsScreenshotDir, { recursive: true });
  return {
    browser,
    context,
    async close() {
      await context.close();
      await browser.close();
    },
  };
}
