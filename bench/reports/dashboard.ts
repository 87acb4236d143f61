/**
 * The dashboard under load: concurrent users, each asking for the dashboard again as soon as it
 * has arrived, for a fixed time; and how soon a check-in shows on it.
 */
import * as http from 'node:http';
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

/** `users` concurrent users on `url` for `duration` seconds, each on its own kept-alive connection. */
export async function dashboardLoad(
  app: RunningApp,
  token: string,
  url: string,
  users: number,
  duration: number,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  const until = process.hrtime.bigint() + BigInt(Math.round(duration * 1e9));
  const get = (agent: http.Agent) =>
    new Promise<number>((resolve, reject) => {
      const req = http.get(
        `${app.origin}${url}`,
        { agent, headers: { authorization: `Bearer ${token}` } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
    });
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: users }, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        while (process.hrtime.bigint() < until) {
          const t0 = process.hrtime.bigint();
          const status = await get(agent);
          if (status !== 200) throw new Error(`GET ${url}: HTTP ${status}`);
          latencies.push(seconds(t0));
        }
      } finally {
        agent.destroy();
      }
    }),
  );
  const elapsed = seconds(started);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    perSecond: sorted.length / elapsed,
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
