import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
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

async function waitForHealth(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`The server exited (${server.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not become healthy:\n${log()}`);
}

/**
 * Starts the built product as a newcomer would run it (embedded database, demo data) in a
 * temporary data directory, and removes the directory afterwards.
 */
export default async function setup(project: TestProject) {
  const main = path.join(repoRoot, 'apps/api/dist/main.js');
  const webIndex = path.join(repoRoot, 'apps/web/dist/index.html');
  for (const file of [main, webIndex]) {
    if (!fs.existsSync(file))
      throw new Error(
        `${file} is missing: build the api and web first (turbo does it for "pnpm test")`,
      );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'canhgiac-e2e-'));
  const port = await freePort();
  let output = '';
  const server = spawn(process.execPath, [main], {
    cwd: path.join(repoRoot, 'apps/api'),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      DEMO_SEED: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForHealth(baseURL, server, () => output);
  project.provide('baseURL', baseURL);

  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => {
      if (server.exitCode !== null) return resolve(undefined);
      server.once('exit', resolve);
      setTimeout(() => {
        server.kill('SIGKILL');
        resolve(undefined);
      }, 10_000);
    });
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
