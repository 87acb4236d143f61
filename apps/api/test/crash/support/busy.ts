import { sleep } from './server';

/**
 * Waits until the server's event loop has been stuck for `thresholdMs`: a request to a route
 * that touches no database (an unknown path, answered 404 by Nest) gets no answer for that long.
 * On the embedded database a statement runs synchronously inside the server process, so a long
 * set-based statement blocks the loop; that is how the tests see, without pg_stat_activity,
 * that the operation is in the middle of its work. Resolves true when blocked, false when
 * `stop()` says so first.
 */
export async function waitUntilBlocked(
  baseUrl: string,
  thresholdMs: number,
  stop: () => boolean,
): Promise<boolean> {
  for (;;) {
    if (stop()) return false;
    const controller = new AbortController();
    let answered = false;
    const probe = fetch(`${baseUrl}/api/__crash-probe`, {
      headers: { connection: 'close' },
      signal: controller.signal,
    }).then(
      async (res) => {
        await res.arrayBuffer();
        answered = true;
      },
      () => undefined,
    );
    const started = Date.now();
    while (!answered && Date.now() - started < thresholdMs && !stop()) await sleep(5);
    if (!answered && !stop() && Date.now() - started >= thresholdMs) {
      // Left to fail when the server dies; nothing waits for it.
      void probe;
      setTimeout(() => controller.abort(), 60_000).unref();
      return true;
    }
    controller.abort();
    await probe;
    await sleep(15);
  }
}

/**
 * How long the server takes to answer a request that touches no database, now: the slowest of
 * a few probes. On a loaded machine this grows, and the "stuck" threshold grows with it, so
 * that a slow answer is not mistaken for a blocked event loop.
 */
export async function probeLatency(baseUrl: string, probes = 5): Promise<number> {
  let slowest = 0;
  for (let i = 0; i < probes; i += 1) {
    const started = Date.now();
    const res = await fetch(`${baseUrl}/api/__crash-probe`, { headers: { connection: 'close' } });
    await res.arrayBuffer();
    slowest = Math.max(slowest, Date.now() - started);
    await sleep(20);
  }
  return slowest;
}
