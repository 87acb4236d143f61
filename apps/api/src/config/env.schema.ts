import * as path from 'node:path';
import { z } from 'zod';

/** An unset variable and an empty one mean the same: not given. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** Where the data lives: a PostgreSQL server, or the embedded database (in memory when no directory). */
export type DatabaseTarget =
  { kind: 'postgres'; url: string } | { kind: 'embedded'; dataDir?: string };

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], {
    message: 'phải là true hoặc false (must be true or false)',
  })
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));

export const envSchema = z
  .object({
    NODE_ENV: optional(z.enum(['development', 'production', 'test'])),
    PORT: optional(z.coerce.number().int().min(0).max(65535)).default(3000),
    HOST: optional(z.string()).default('0.0.0.0'),
    DATABASE_URL: optional(
      z.string().regex(/^postgres(ql)?:\/\/.+/u, {
        message: 'phải là một địa chỉ postgres://… (must be a postgres:// URL)',
      }),
    ),
    DATA_DIR: optional(z.string()).default('./.data'),
    DEMO_SEED: optional(booleanFlag),
    DEMO_PASSWORD: optional(
      z.string().min(8, { message: 'cần ít nhất 8 ký tự (at least 8 characters)' }),
    ).default('demo-password'),
    ADMIN_USERNAME: optional(z.string().min(3)),
    ADMIN_PASSWORD: optional(
      z.string().min(10, { message: 'cần ít nhất 10 ký tự (at least 10 characters)' }),
    ),
    JWT_SECRET: optional(
      z.string().min(32, { message: 'cần ít nhất 32 ký tự (at least 32 characters)' }),
    ),
    PUBLIC_URL: optional(z.url({ message: 'phải là một URL (must be a URL)' })),
    LOG_LEVEL: optional(
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    ).default('info'),
    LOG_FORMAT: optional(z.enum(['json', 'pretty'])).default('json'),
    BODY_LIMIT: optional(
      z.string().regex(/^\d+(kb|mb)$/u, { message: 'ví dụ 1mb hoặc 512kb (e.g. 1mb)' }),
    ).default('1mb'),
    WEB_DIST: optional(z.string()),
    WEB_COMPRESSION: optional(booleanFlag),
    TRUST_PROXY: optional(z.string()).default('loopback'),
    RETENTION_YEARS: optional(z.coerce.number().int().min(0).max(100)).default(5),
    ACCESS_TOKEN_TTL_SECONDS: optional(z.coerce.number().int().min(30).max(86_400)).default(900),
    REFRESH_TOKEN_TTL_HOURS: optional(
      z.coerce
        .number()
        .int()
        .min(1)
        .max(24 * 90),
    ).default(12),
    LOGIN_MAX_FAILURES_PER_USER: optional(z.coerce.number().int().min(1).max(1000)).default(5),
    LOGIN_MAX_FAILURES_PER_IP: optional(z.coerce.number().int().min(1).max(100_000)).default(50),
    LOGIN_MAX_FAILURES_PER_ACCOUNT: optional(z.coerce.number().int().min(1).max(100_000)).default(
      20,
    ),
    LOGIN_WINDOW_SECONDS: optional(z.coerce.number().int().min(1).max(86_400)).default(900),
    UPLOAD_IDLE_TIMEOUT_SECONDS: optional(z.coerce.number().int().min(1).max(3600)).default(30),
    IMPORT_MAX_ROWS: optional(z.coerce.number().int().min(1).max(1_000_000)).default(100_000),
    IMPORT_MAX_UNZIPPED_MB: optional(z.coerce.number().int().min(1).max(2048)).default(100),
    JOB_RESULT_HOURS: optional(
      z.coerce
        .number()
        .int()
        .min(1)
        .max(24 * 30),
    ).default(24),
    JOB_TIMEOUT_SECONDS: optional(
      z.coerce
        .number()
        .int()
        .min(5)
        .max(24 * 3600),
    ).default(1800),
    JOB_POLL_SECONDS: optional(z.coerce.number().min(0.5).max(60)).default(2),
    ROLLUP_REFRESH_SECONDS: optional(z.coerce.number().min(0).max(60)).default(2),
    HOUSEKEEPING_CRON: optional(
      z.string().regex(/^\S+( \S+){4}$/u, {
        message: 'năm trường cron, ví dụ 17 * * * * (five cron fields)',
      }),
    ).default('17 * * * *'),
    JOB_RETRY_DELAY_SECONDS: optional(z.coerce.number().int().min(0).max(3600)).default(10),
    PROVINCE_CODE: optional(
      z
        .string()
        .regex(/^\d{2}$/u, { message: 'mã tỉnh gồm 2 chữ số, ví dụ 37 (two digits, e.g. 37)' }),
    ).default('37'),
  })
  .transform((env) => ({
    nodeEnv: env.NODE_ENV ?? 'development',
    port: env.PORT,
    host: env.HOST,
    database: (env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'embedded', dataDir: path.resolve(env.DATA_DIR) }) as DatabaseTarget,
    dataDir: path.resolve(env.DATA_DIR),
    demoSeed: env.DEMO_SEED ?? !env.DATABASE_URL,
    demoPassword: env.DEMO_PASSWORD,
    admin:
      env.ADMIN_USERNAME && env.ADMIN_PASSWORD
        ? { username: env.ADMIN_USERNAME, password: env.ADMIN_PASSWORD }
        : undefined,
    jwtSecret: env.JWT_SECRET,
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/u, ''),
    logLevel: env.LOG_LEVEL,
    /** `pretty` for a person at a terminal, `json` (one object a line) for a log collector. */
    logFormat: env.LOG_FORMAT,
    bodyLimit: env.BODY_LIMIT,
    webDist: env.WEB_DIST ? path.resolve(env.WEB_DIST) : undefined,
    /** Serve the web app's brotli/gzip files built beside each asset; off only to measure without. */
    webCompression: env.WEB_COMPRESSION ?? true,
    /** Express's "trust proxy": which proxies' X-Forwarded-For to believe for the client address. */
    trustProxy: /^\d+$/u.test(env.TRUST_PROXY)
      ? Number(env.TRUST_PROXY)
      : env.TRUST_PROXY === 'true'
        ? true
        : env.TRUST_PROXY,
    /** People not seen (registered or checked in) for this many years are anonymized; 0 turns it off. */
    retentionYears: env.RETENTION_YEARS,
    /** An upload that sends nothing for this long is given up (408). */
    uploadIdleTimeoutMs: env.UPLOAD_IDLE_TIMEOUT_SECONDS * 1000,
    import: {
      /** Data rows one import file may hold (blank rows aside); more is answered 413. */
      maxRows: env.IMPORT_MAX_ROWS,
      /** What the parts of an .xlsx the import reads may inflate to; more is answered 413. */
      maxUnzippedBytes: env.IMPORT_MAX_UNZIPPED_MB * 1024 * 1024,
    },
    /** The installation's province (GSO code): today's communes of the dashboard, the communes a former name resolves within. */
    provinceCode: env.PROVINCE_CODE,
    /** How often each server counts recent writes into the report rollups; 0: only when a report is read. */
    rollupRefreshSeconds: env.ROLLUP_REFRESH_SECONDS,
    jobs: {
      /** How long a finished job's file stays downloadable. */
      resultHours: env.JOB_RESULT_HOURS,
      /** A job running longer is taken for dead (its server stopped) and run again. */
      timeoutSeconds: env.JOB_TIMEOUT_SECONDS,
      /** How often each server looks for queued jobs. */
      pollSeconds: env.JOB_POLL_SECONDS,
      /** The wait before a failed or dead job is run again. */
      retryDelaySeconds: env.JOB_RETRY_DELAY_SECONDS,
      /** When housekeeping runs (cron, Vietnam time): hourly by default. */
      housekeepingCron: env.HOUSEKEEPING_CRON,
    },
    auth: {
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlHours: env.REFRESH_TOKEN_TTL_HOURS,
      maxFailuresPerUser: env.LOGIN_MAX_FAILURES_PER_USER,
      maxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
      /** Failures on one account from every address; past it, only addresses it logged in from may try. */
      maxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      failureWindowSeconds: env.LOGIN_WINDOW_SECONDS,
    },
  }));

export type AppConfig = z.infer<typeof envSchema>;

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Cấu hình môi trường không hợp lệ (invalid environment):\n  - ${problems.join('\n  - ')}`,
    );
    this.name = 'InvalidEnvironmentError';
  }
}

/** Parses the environment; throws one error naming every bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv): AppConfig {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new InvalidEnvironmentError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`),
    );
  }
  if (result.data.admin === undefined && (source.ADMIN_USERNAME || source.ADMIN_PASSWORD)) {
    throw new InvalidEnvironmentError([
      'ADMIN_USERNAME và ADMIN_PASSWORD phải đi cùng nhau (set both or neither)',
    ]);
  }
  if (result.data.database.kind === 'postgres' && !result.data.jwtSecret) {
    throw new InvalidEnvironmentError([
      'JWT_SECRET: bắt buộc khi dùng DATABASE_URL, ít nhất 32 ký tự (required with DATABASE_URL, e.g. openssl rand -base64 48)',
    ]);
  }
  return result.data;
}
