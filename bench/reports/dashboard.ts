/**
 * The dashboard under load: concurrent users, each asking for the dashboard again as soon as it
 * has arrived, for a fixed time, from a thread of their own; and how soon a check-in shows on it.
 */
import { Worker } from 'node:worker_threads';
import type { Client } from 'pg';
import type { RunningApp } from '../support/app';
import { log, seconds } from '../support/measure';

export interface LoadFigures {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  max: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/**
 * The users' loop, run on a worker thread: the app under test shares this process, and a client
 * on its event loop would add its own work to every answer's time. Each user keeps one
 * connection and asks again as soon as an answer has arrived; the worker posts the latencies.
 */
const USERS_LOOP = `
const http = require('node:http');
const { parentPort, workerData: w } = require('node:worker_threads');
const latencies = [];
const until = process.hrtime.bigint() + BigInt(Math.round(w.duration * 1e9));
const get = (agent) => new Promise((resolve, reject) => {
  const req = http.get(w.url, { agent, headers: { authorization: 'Bearer ' + w.token } }, (res) => {
    res.resume();
    res.on('end', () => resolve(res.statusCode));
    res.on('error', reject);
  });
  req.on('error', reject);
});
const started = process.hrtime.bigint();
Promise.all(Array.from({ length: w.users }, async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    while (process.hrtime.bigint() < until) {
      const t0 = process.hrtime.bigint();
      const status = await get(agent);
      if (status !== 200) throw new Error('GET ' + w.url + ': HTTP ' + status);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e9);
    }
  } finally {
    agent.destroy();
  }
})).then(
  () => parentPort.postMessage({ latencies, elapsed: Number(process.hrtime.bigint() - started) / 1e9 }),
  (error) => parentPort.postMessage({ error: String(error) }),
);
`;

/** `users` concurrent users on `url` for `duration` seconds, each on its own kept-alive connection. */
export async function dashboardLoad(
  app: RunningApp,
  token: string,
  url: string,
  users: number,
  duration: number,
): Promise<LoadFigures> {
  const worker = new Worker(USERS_LOOP, {
    eval: true,
    workerData: { url: `${app.origin}${url}`, token, users, duration },
  });
  const result = await new Promise<{ latencies: number[]; elapsed: number; error?: string }>(
    (resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    },
  );
  await worker.terminate();
  if (result.error) throw new Error(result.error);
  const sorted = [...result.latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    perSecond: sorted.length / result.elapsed,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1],
  };
}

/**
 * Checks in one registration of a held conference of the campaign over HTTP, then asks for the
 * dashboard until its attendance count has grown by one: the seconds from the check-in's answer
 * to the dashboard that shows it.
 */
export async function checkInToDashboard(
  app: RunningApp,
  token: string,
  db: Client,
  campaignId: string,
): Promise<number> {
  const [target] = (
    await db.query<{ conferenceId: string; registrationId: string }>(
      `SELECT r.conference_id AS "conferenceId", r.id AS "registrationId"
       FROM registration r JOIN conference f ON f.id = r.conference_id
       WHERE f.campaign_id = $1 AND f.status = 'held' AND r.status = 'registered' LIMIT 1`,
      [campaignId],
    )
  ).rows;
  const url = `/api/reports/dashboard?campaignId=${campaignId}`;
  const attended = async () =>
    (await app.call<{ actuals: { participants: number } }>('GET', url, token)).actuals.participants;
  const before = await attended();
  await app.call('POST', `/api/conferences/${target.conferenceId}/attendance`, token, {
    registrationId: target.registrationId,
  });
  const t0 = process.hrtime.bigint();
  for (;;) {
    if ((await attended()) === before + 1) return seconds(t0);
    if (seconds(t0) > 60) {
      log('the check-in did not show on the dashboard within 60 s');
      return Number.POSITIVE_INFINITY;
    }
  }
}
