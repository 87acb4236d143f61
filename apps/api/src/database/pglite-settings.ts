/**
 * PostgreSQL settings the embedded database starts with, on top of PGlite's own start parameters.
 *
 * `shared_buffers`: PGlite zeroes its whole shared memory when it opens, in WebAssembly, and
 * initdb's 128 MB of buffers made that the largest single cost of a start (about 0.45 s of a
 * 2.2 s start, bench/README.md, "Third round: PGlite's shared memory"). The embedded database
 * serves one department, whose data is tens of megabytes, and its files stay in the operating
 * system's cache behind the buffers: 32 MB holds what is read often, for a quarter of the zeroing.
 */
const EMBEDDED_POSTGRES_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: '32MB',
};

/** The settings as PostgreSQL's `-c name=value` start arguments. */
export function embeddedStartArguments(): string[] {
  return Object.entries(EMBEDDED_POSTGRES_SETTINGS).flatMap(([name, value]) => [
    '-c',
    `${name}=${value}`,
  ]);
}
