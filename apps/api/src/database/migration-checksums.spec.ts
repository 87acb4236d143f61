import manifest from './migrations/checksums.json';
import { migrations } from './migrations';
import { migrationChecksum, migrationName, migrationStatements } from './migration-checksums';

/**
 * The manifest holds the checksum of every released migration. A migration that has landed is
 * never edited (ADR 0004); a new one is added to the manifest with
 * `pnpm --filter @canhgiac/api run migrations:checksums`.
 */
describe('released migrations', () => {
  const released = manifest as Record<string, string>;

  it.each(migrations.map((Migration) => [migrationName(new Migration()), Migration] as const))(
    '%s is as it was released',
    async (name, Migration) => {
      expect({ name, listed: released[name] !== undefined }).toEqual({ name, listed: true });
      expect({ name, checksum: await migrationChecksum(new Migration()) }).toEqual({
        name,
        checksum: released[name],
      });
    },
  );

  it('lists no migration that the chain has lost', () => {
    const names = migrations.map((Migration) => migrationName(new Migration()));
    expect(Object.keys(released).filter((name) => !names.includes(name))).toEqual([]);
  });
});

describe('migration checksum', () => {
  class Sample {
    name = 'Sample1700000000000';
    constructor(private readonly column: string) {}
    async up(queryRunner: {
      query(sql: string, parameters?: unknown[]): Promise<Array<{ id: string }>>;
    }) {
      const [{ id }] = await queryRunner.query(`INSERT INTO t (c) VALUES ($1) RETURNING id`, [
        this.column,
      ]);
      await queryRunner.query(`UPDATE t SET d = $1`, [id]);
    }
    async down() {}
  }

  it('records the statements up sends, a returned value as a placeholder', async () => {
    expect(await migrationStatements(new Sample('a') as never)).toEqual([
      ['INSERT INTO t (c) VALUES ($1) RETURNING id', ['a']],
      ['UPDATE t SET d = $1', ['<result of statement 1: id>']],
    ]);
  });

  it('changes with a statement parameter, not with anything else', async () => {
    const a = await migrationChecksum(new Sample('a') as never);
    expect(await migrationChecksum(new Sample('a') as never)).toBe(a);
    expect(await migrationChecksum(new Sample('b') as never)).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a migration that works through anything but queryRunner.query', async () => {
    const migration = {
      name: 'CreateTable1700000000000',
      up: async (queryRunner: { createTable(): Promise<void> }) => queryRunner.createTable(),
      down: async () => undefined,
    };
    await expect(migrationChecksum(migration as never)).rejects.toThrow(
      'Migration CreateTable1700000000000 uses queryRunner.createTable',
    );
  });
});
