/**
 * `pnpm --filter @canhgiac/api run migrations:checksums`: adds the checksum of every migration
 * not yet in migrations/checksums.json, the manifest of released migrations that
 * migration-checksums.spec.ts holds the files to. It never changes an entry: when a listed
 * migration no longer matches, it says which and exits 1; the fix is a new migration.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { migrations } from './migrations';
import { migrationChecksum, migrationName } from './migration-checksums';

export const MANIFEST_PATH = path.join(__dirname, 'migrations', 'checksums.json');

async function main() {
  const manifest: Record<string, string> = fs.existsSync(MANIFEST_PATH)
    ? JSON.parse(fs.readFileSync(MANIFEST_PATH, 'utf8'))
    : {};
  const changed: string[] = [];
  const added: string[] = [];
  for (const Migration of migrations) {
    const migration = new Migration();
    const name = migrationName(migration);
    const checksum = await migrationChecksum(migration);
    if (manifest[name] === undefined) {
      manifest[name] = checksum;
      added.push(name);
    } else if (manifest[name] !== checksum) {
      changed.push(name);
    }
  }
  if (changed.length > 0) {
    process.stderr.write(
      `Released migrations changed: ${changed.join(', ')}. Restore them as released and put the change in a new migration (docs/adr/0004).\n`,
    );
    process.exit(1);
  }
  fs.writeFileSync(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(
    added.length > 0 ? `Added: ${added.join(', ')}\n` : 'Every migration is in the manifest.\n',
  );
}

void main();
