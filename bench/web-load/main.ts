import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';

/**
 * The web app's load on a cheap phone over rural 3G: Debian's chromium with the CPU slowed 4× and
 * the network held to 1.6 Mbps each way with 150 ms latency (CDP emulation), a cold cache each
 * round. It times the login page until its username field is usable, the dashboard after
 * login until its main figures are drawn, and the dashboard opened cold by a logged-in user.
 * Two servers run side by side and the rounds alternate between them: by default the same build
 * with WEB_COMPRESSION=false (the files as they are) and with the pre-compressed brotli/gzip
 * files; with `--baseline DIR`, an earlier build of the web app (a copy of its dist folder)
 * against the current one, both compressed. Service workers are blocked, so every load is a
 * network load. Not a test: nothing is asserted about time.
 */
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    user: { type: 'string', default: 'leader' },
    screenshots: { type: 'string' },
    waterfall: { type: 'boolean', default: false },
    baseline: { type: 'string' },
  },
});
const BASELINE = values.baseline ? path.resolve(values.baseline) : undefined;
const RUNS = Number(values.runs);
const USER = values.user!;
const PASSWORD = 'demo-password';
const repoRoot = path.resolve(__dirname, '../..');

/** 1.6 Mbps is 200,000 bytes a second. */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 200_000,
  uploadThroughput: 200_000,
};
const CPU_SLOWDOWN = 4;
const TIMEOUT_MS = 120_000;

function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p) => p && fs.existsSync(p),
  );
  if (!found)
    throw new Error("Chromium is missing: install Debian's chromium or set CHROMIUM_PATH");
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

interface Server {
  name: string;
  baseURL: string;
  process: ChildProcess;
  dataDir: string;
}

/** The built product as e2e/support/global-setup.ts starts it: embedded database, demo data. */
async function startServer(name: string, compression: boolean, webDist?: string): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-web-load-'));
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [path.join(repoRoot, 'apps/api/dist/main.js')], {
    cwd: path.join(repoRoot, 'apps/api'),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DEMO_SEED: 'true',
      LOG_LEVEL: 'warn',
      WEB_COMPRESSION: String(compression),
      ...(webDist ? { WEB_DIST: webDist } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${name}: the server exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline)
      throw new Error(`${name}: the server did not become healthy:\n${output}`);
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { name, baseURL, process: child, dataDir };
}

async function stopServer(server: Server) {
  server.process.kill('SIGTERM');
  await new Promise((resolve) => {
    if (server.process.exitCode !== null) return resolve(undefined);
    server.process.once('exit', resolve);
    setTimeout(() => {
      server.process.kill('SIGKILL');
      resolve(undefined);
    }, 10_000);
  });
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}

/** Bytes received over the wire (compressed size plus headers), counted from CDP. */
function countBytes(cdp: CDPSession) {
  let bytes = 0;
  cdp.on(
    'Network.loadingFinished',
    (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength),
  );
  return {
    take() {
      const taken = bytes;
      bytes = 0;
      return taken;
    },
  };
}

/** Milliseconds since the page's navigation began, read in the page once `ready` holds. */
async function whenReady(page: Page, ready: string): Promise<number> {
  const handle = await page.waitForFunction(`(${ready}) && performance.now()`, undefined, {
    polling: 50,
    timeout: TIMEOUT_MS,
  });
  return (await handle.jsonValue()) as number;
}

const loginUsable = `(() => {
  const input = document.querySelector('input[autocomplete="username"]');
  return !!input && !input.disabled && input.getBoundingClientRect().height > 0;
})()`;
/** The dashboard's key figures: the "Chỉ tiêu chính" cards with their targets. */
const dashboardFigures = `Array.from(document.querySelectorAll('[role="group"]')).some((g) => (g.textContent || '').includes('Chỉ tiêu:'))`;
const firstContentfulPaint = `(performance.getEntriesByName('first-contentful-paint')[0] || { startTime: NaN }).startTime`;

/** The page's requests, with when each started and ended, to see what the time is spent on. */
async function waterfall(page: Page): Promise<string> {
  const entries = (await page.evaluate(
    `performance.getEntriesByType('resource').map((e) => [e.name.replace(location.origin, ''), Math.round(e.startTime), Math.round(e.responseEnd), e.encodedBodySize])`,
  )) as Array<[string, number, number, number]>;
  return entries
    .map(
      ([name, start, end, size]) =>
        `    ${String(start).padStart(6)} → ${String(end).padStart(6)}  ${kb(size).padStart(7)}  ${name}`,
    )
    .join('\n');
}

interface Round {
  server: string;
  fcp: number;
  login: number;
  loginBytes: number;
  afterLogin: number;
  afterLoginBytes: number;
  dashboardCold: number;
  dashboardBytes: number;
}

async function round(server: Server, index: number): Promise<Round> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-web-load-profile-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
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
      viewport: { width: 390, height: 844 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      // The probes below are strings evaluated in the page; the app's CSP forbids eval.
      bypassCSP: true,
      // A service worker would answer the second load from its cache.
      serviceWorkers: 'block',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const bytes = countBytes(cdp);

    // 1. The login page, cold.
    await page.goto(`${server.baseURL}/login`, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    const login = await whenReady(page, loginUsable);
    const fcp = (await page.evaluate(firstContentfulPaint)) as number;
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
    const loginBytes = bytes.take();
    if (values.waterfall)
      console.log(
        `  ${server.name}: login page's requests (ms since navigation)\n${await waterfall(page)}`,
      );
    if (values.screenshots)
      await page.screenshot({
        path: path.join(values.screenshots, `${server.name}-login-${index}.png`),
      });

    // 2. Logging in: from the click to the dashboard's figures, in the same page.
    await page.locator('input[autocomplete="username"]').fill(USER);
    await page.locator('input[autocomplete="current-password"]').fill(PASSWORD);
    const clicked = (await page.evaluate('performance.now()')) as number;
    await page.locator('button[type="submit"]').click();
    const afterLogin = (await whenReady(page, dashboardFigures)) - clicked;
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
    const afterLoginBytes = bytes.take();

    // 3. The dashboard opened cold by a logged-in user (the session cookie kept, the cache emptied).
    await cdp.send('Network.clearBrowserCache');
    await page.goto(`${server.baseURL}/dashboard`, { waitUntil: 'commit', timeout: TIMEOUT_MS });
    const dashboardCold = await whenReady(page, dashboardFigures);
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
    const dashboardBytes = bytes.take();
    if (values.waterfall)
      console.log(
        `  ${server.name}: cold dashboard's requests (ms since navigation), figures at ${Math.round(dashboardCold)} ms\n${await waterfall(page)}`,
      );
    if (values.screenshots)
      await page.screenshot({
        path: path.join(values.screenshots, `${server.name}-dashboard-${index}.png`),
      });
    return {
      server: server.name,
      fcp,
      login,
      loginBytes,
      afterLogin,
      afterLoginBytes,
      dashboardCold,
      dashboardBytes,
    };
  } finally {
    await context?.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (b: number) => `${Math.round(b / 1024)} KB`;

async function main() {
  for (const file of ['apps/api/dist/main.js', 'apps/web/dist/index.html']) {
    if (!fs.existsSync(path.join(repoRoot, file)))
      throw new Error(`${file} is missing: run "pnpm bench:web", which builds first`);
  }
  if (
    !fs.readdirSync(path.join(repoRoot, 'apps/web/dist/assets')).some((f) => f.endsWith('.js.br'))
  )
    console.warn(
      'warning: apps/web/dist has no .br files; the "compressed" server will send the plain files',
    );
  if (values.screenshots) fs.mkdirSync(values.screenshots, { recursive: true });

  console.log(
    `web load: chromium, CPU ${CPU_SLOWDOWN}× slower, ${(NETWORK.downloadThroughput * 8) / 1e6} Mbps, ${NETWORK.latency} ms latency, cold cache, ${RUNS} round(s) each, as "${USER}"`,
  );
  if (BASELINE && !fs.existsSync(path.join(BASELINE, 'index.html')))
    throw new Error(`--baseline ${BASELINE} holds no index.html: give a copy of apps/web/dist`);
  const [before, after] = BASELINE
    ? [await startServer('baseline', true, BASELINE), await startServer('current', true)]
    : [await startServer('plain', false), await startServer('compressed', true)];
  const servers = [before, after];
  const rounds: Round[] = [];
  try {
    // A warm-up of each, untimed: the servers' first answers (JIT, database pages) are not the browser's.
    for (const server of servers) await round(server, 0);
    for (let i = 1; i <= RUNS; i += 1) {
      for (const server of i % 2 ? servers : [...servers].reverse()) {
        const r = await round(server, i);
        rounds.push(r);
        console.log(
          `  round ${i} ${r.server.padEnd(10)}  first paint ${seconds(r.fcp)}  login usable ${seconds(r.login)} (${kb(r.loginBytes)})` +
            `  login → dashboard ${seconds(r.afterLogin)} (${kb(r.afterLoginBytes)})  dashboard cold ${seconds(r.dashboardCold)} (${kb(r.dashboardBytes)})`,
        );
      }
    }
  } finally {
    for (const server of servers) await stopServer(server);
  }

  console.log(
    `\nmedians                    ${`${before.name} (before)`.padStart(16)}${`${after.name} (after)`.padStart(21)}   goal`,
  );
  const row = (
    label: string,
    pick: (r: Round) => number,
    format: (n: number) => string,
    goal = '',
  ) => {
    const of = (server: Server) =>
      format(median(rounds.filter((r) => r.server === server.name).map(pick)));
    console.log(
      `  ${label.padEnd(27)}${of(before).padStart(14)}${of(after).padStart(21)}   ${goal}`,
    );
  };
  row('first contentful paint', (r) => r.fcp, seconds);
  row('login page usable', (r) => r.login, seconds, '≤ 3 s');
  row('  bytes received', (r) => r.loginBytes, kb);
  row('login → dashboard figures', (r) => r.afterLogin, seconds, '≤ 5 s');
  row('  bytes received', (r) => r.afterLoginBytes, kb);
  row('dashboard, cold cache', (r) => r.dashboardCold, seconds, '≤ 5 s');
  row('  bytes received', (r) => r.dashboardBytes, kb);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
