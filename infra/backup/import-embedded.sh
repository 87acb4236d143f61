#!/usr/bin/env bash
# Imports a tarball written by export-embedded.sh as the embedded database of DATA_DIR.
#
#   STOP THE APP FIRST. By default the target DATA_DIR must not hold a database yet; with
#   --force an existing one is moved aside to DATA_DIR/pgdata.replaced-<time> (delete it once
#   the restored app is checked). If loading fails, the previous database is put back.
#
# Usage:
#   DATA_DIR=/srv/canhgiac/data infra/backup/import-embedded.sh BACKUP.tar.gz [--force]
#
# Then start the app with the same DATA_DIR; check GET /api/health and log in.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_embedded-common.sh"

if [ $# -lt 1 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,12p' "${BASH_SOURCE[0]}" >&2
  exit 2
fi
tarball="$(absolute "$1")"
shift
data_dir="$(absolute "${DATA_DIR:-./.data}")"

embedded_dump import "$tarball" "$data_dir" "$@"
