import * as http from 'node:http';

export interface RawRequest {
  method: string;
  /** Path and query exactly as sent on the request line. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  ms: number;
}

/** What became of a request that got no complete answer. */
export class NoAnswer extends Error {
  constructor(
    readonly reason: 'timeout' | 'network',
    message: string,
    readonly ms: number,
  ) {
    super(message);
    this.name = 'NoAnswer';
  }
}

/**
 * A bare HTTP client: the request goes out byte for byte (no URL normalization, any header,
 * any body), on a fresh connection each time, with a deadline for the whole exchange.
 */
export class HttpClient {
  constructor(
    private readonly port: number,
    private readonly timeoutMs: number,
  ) {}

  send(req: RawRequest): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      let settled = false;
      let answered = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fn();
      };
      const headers: Record<string, string> = { ...req.headers };
      if (req.body !== undefined) headers['content-length'] = String(req.body.length);
      let outgoing: http.ClientRequest;
      try {
        outgoing = http.request({
          host: '127.0.0.1',
          port: this.port,
          method: req.method,
          path: req.path,
          headers,
          agent: false,
        });
      } catch (error) {
        // Node refuses to send some paths or header values at all; the case cannot happen on the wire.
        reject(
          new NoAnswer('network', `the client refused to send it: ${(error as Error).message}`, 0),
        );
        return;
      }
      const timer = setTimeout(() => {
        finish(() =>
          reject(
            new NoAnswer('timeout', `no complete answer within ${this.timeoutMs} ms`, elapsed()),
          ),
        );
        outgoing.destroy();
      }, this.timeoutMs);
      outgoing.on('response', (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          finish(() =>
            res.complete
              ? resolve({
                  status: res.statusCode ?? 0,
                  headers: res.headers,
                  body: Buffer.concat(chunks),
                  ms: elapsed(),
                })
              : reject(
                  new NoAnswer(
                    'network',
                    `response ${res.statusCode} cut off after ${Buffer.concat(chunks).length} bytes`,
                    elapsed(),
                  ),
                ),
          ),
        );
        res.on('error', (error) =>
          finish(() =>
            reject(
              new NoAnswer(
                'network',
                `response ${res.statusCode} broke: ${error.message}`,
                elapsed(),
              ),
            ),
          ),
        );
        res.on('close', () => {
          if (!res.complete)
            finish(() =>
              reject(
                new NoAnswer(
                  'network',
                  `response ${res.statusCode} cut off (connection closed)`,
                  elapsed(),
                ),
              ),
            );
        });
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        // The server may answer (413) and close while a large body is still being written: the
        // answer counts. Without an answer, the error is the outcome.
        if (answered && (error.code === 'EPIPE' || error.code === 'ECONNRESET')) return;
        const fail = () =>
          finish(() =>
            reject(
              new NoAnswer('network', `${error.code ?? ''} ${error.message}`.trim(), elapsed()),
            ),
          );
        if (
          req.body &&
          req.body.length > 64 * 1024 &&
          (error.code === 'EPIPE' || error.code === 'ECONNRESET')
        )
          setTimeout(fail, 1000);
        else fail();
      });
      outgoing.end(req.body);
    });
  }
}
