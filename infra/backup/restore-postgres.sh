#!/usr/bin/env bash
# Restores a pg_dump custom-format backup (from backup-postgres.sh) into a PostgreSQL database.
#
#   The target's existing objects of the backup are dropped and recreated (--clean --if-exists),
#   in ONE transaction: if anything fails, the target is left as it was. Stop the app that
#   uses the target first, or restore into a new database and switch DATABASE_URL to it.
#
# Usage:
#   infra/backup/restore-postgres.sh BACKUP.dump TARGET_DATABASE_URL
#   (or TARGET_DATABASE_URL=postgres://… infra/backup/restore-postgres.sh BACKUP.dump)
#
# The target database must exist (createdb, or CREATE DATABASE …). Objects end up owned by the
# user of TARGET_DATABASE_URL (--no-owner); that user needs CREATE on the database (the
# extensions unaccent, pg_trgm and btree_gist are trusted extensions).
set -euo pipefail

dump="${1:?usage: restore-postgres.sh BACKUP.dump TARGET_DATABASE_URL}"
target="${2:-${TARGET_DATABASE_URL:-}}"
if [ -z "$target" ]; then
  echo "usage: restore-postgres.sh BACKUP.dump TARGET_DATABASE_URL" >&2
  exit 2
fi
if [ ! -r "$dump" ]; then
  echo "error: cannot read $dump" >&2
  exit 2
fi

pg_restore --list "$dump" > /dev/null
# The job queue's schema (pg-boss) is dropped whole first: --clean cannot drop the constraints
# its partitioned tables inherit. Then the backup's objects, all in the same transaction.
{
  echo 'DROP SCHEMA IF EXISTS pgboss CASCADE;'
  pg_restore --file=- --clean --if-exists --no-owner "$dump"
} | psql "$target" --no-password --quiet --single-transaction --set ON_ERROR_STOP=1 --output /dev/null

# What the target holds now.
psql "$target" --no-password --quiet --tuples-only --no-align --field-separator=' ' --command \
  "SELECT 'restored: migrations', (SELECT count(*) FROM migrations), 'people', (SELECT count(*) FROM person),
          'registrations', (SELECT count(*) FROM registration), 'certificates', (SELECT count(*) FROM certificate)" >&2
