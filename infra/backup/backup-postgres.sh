#!/usr/bin/env bash
# Backs up the PostgreSQL database of Cảnh Giác with pg_dump, custom format (compressed,
# restorable table by table with pg_restore). Safe while the app runs: pg_dump reads one
# consistent snapshot and does not block the app's writes.
#
# Usage:
#   DATABASE_URL=postgres://user@host:5432/canhgiac infra/backup/backup-postgres.sh [OUTPUT.dump]
#
# OUTPUT defaults to canhgiac-<UTC time>.dump in the current directory. The password comes
# from the URL, PGPASSWORD or ~/.pgpass; the script never prompts (it is meant for cron).
# pg_dump must be of the server's major version or newer.
set -euo pipefail

: "${DATABASE_URL:?set DATABASE_URL to the database to back up (postgres://…)}"
out="${1:-canhgiac-$(date -u +%Y%m%dT%H%M%SZ).dump}"
partial="$out.partial"
trap 'rm -f "$partial"' EXIT

pg_dump --dbname="$DATABASE_URL" --format=custom --compress=6 --no-password --file="$partial"
# The file must be readable by pg_restore before it replaces anything.
pg_restore --list "$partial" > /dev/null
mv "$partial" "$out"
trap - EXIT
echo "backup written: $out ($(du -h "$out" | cut -f1))" >&2
echo "$out"
