import * as path from 'node:path';
import { envSchema, InvalidEnvironmentError, parseEnv } from './env.schema';

describe('environment', () => {
  it('runs on the embedded database with demo data when DATABASE_URL is unset', () => {
    const config = parseEnv({});
    expect(config.database).toEqual({ kind: 'embedded', dataDir: path.resolve('./.data') });
    expect(config.demoSeed).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.demoPassword).toBe('demo-password');
  });

  it('uses PostgreSQL without demo data when DATABASE_URL is set', () => {
    const config = parseEnv({
      DATABASE_URL: 'postgres://u@localhost/db',
      DEMO_SEED: '',
      JWT_SECRET: 'x'.repeat(32),
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@localhost/db' });
    expect(config.demoSeed).toBe(false);
  });

  it('lets DEMO_SEED switch demo data on with PostgreSQL', () => {
    expect(
      parseEnv({ DATABASE_URL: 'postgresql://h/db', DEMO_SEED: 'true', JWT_SECRET: 'x'.repeat(32) })
        .demoSeed,
    ).toBe(true);
  });

  it('requires JWT_SECRET with DATABASE_URL', () => {
    expect(() => parseEnv({ DATABASE_URL: 'postgres://u@localhost/db' })).toThrow(/JWT_SECRET/);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/db' }],
    ['DEMO_SEED', { DEMO_SEED: 'maybe' }],
    ['JWT_SECRET', { JWT_SECRET: 'short' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'not a url' }],
  ])('refuses a bad %s and names it', (variable, env) => {
    expect(() => parseEnv(env)).toThrow(InvalidEnvironmentError);
    expect(() => parseEnv(env)).toThrow(new RegExp(`${variable}:`));
  });

  it('refuses an admin username without a password', () => {
    expect(() => parseEnv({ ADMIN_USERNAME: 'root' })).toThrow(/ADMIN_USERNAME/);
  });

  it('drops a trailing slash from PUBLIC_URL', () => {
    expect(parseEnv({ PUBLIC_URL: 'https://taphuan.namdinh.gov.vn/' }).publicUrl).toBe(
      'https://taphuan.namdinh.gov.vn',
    );
  });
});

describe("the README's configuration table", () => {
  it('lists every variable the API reads', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(path.join(__dirname, '../../../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'));
    const listed = new Set([...table.matchAll(/`([A-Z][A-Z0-9_]+)`/gu)].map((match) => match[1]));
    const read = Object.keys(envSchema.in.shape);
    expect(read.filter((name) => !listed.has(name))).toEqual([]);
  });
});
