import { Writable } from 'node:stream';
import type { JobsRepository } from './jobs.repository';

const CHUNK_BYTES = 1024 * 1024;

/**
 * Where a job writes its file: the bytes go to the database in chunks of about a megabyte as they
 * come, so a file of any size passes through memory one chunk at a time, and any server can
 * stream it back. Writing waits for each chunk's insert (backpressure).
 */
export class JobFileSink extends Writable {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  bytes = 0;

  constructor(
    private readonly jobs: JobsRepository,
    private readonly jobId: string,
    private readonly attempt: number,
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error) => void) {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.bytes += chunk.length;
    if (this.pendingBytes < CHUNK_BYTES) return callback();
    this.flush().then(() => callback(), callback);
  }

  override _final(callback: (error?: Error) => void) {
    this.flush().then(() => callback(), callback);
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    await this.jobs.appendChunk(this.jobId, this.attempt, this.seq, data);
    this.seq += 1;
  }
}

/** What a job's run gets: where to write its file, how to report progress, when and where it was asked. */
export interface JobOutput {
  file: Writable;
  progress(done: number, total: number): Promise<void>;
  /** When the job was asked for: a run stamps its file with it, so that a rerun makes the same bytes. */
  createdAt: Date;
  /** The address it was asked from, for the links in its file. */
  origin: string;
}
