#!/usr/bin/env bash
# Exports the embedded database (PGlite) of Cảnh Giác to a gzipped tarball.
#
#   STOP THE APP FIRST. The embedded database lives inside the app's process; it cannot be
#   exported while the app runs (the script refuses when a process holds the data files open).
#
# Usage:
#   DATA_DIR=/srv/canhgiac/data infra/backup/export-embedded.sh [OUTPUT.tar.gz]
#
# DATA_DIR is the app's DATA_DIR (default ./.data, relative to where you run this; the app's
# own default is relative to where the app runs, usually apps/api). OUTPUT defaults to
# canhgiac-embedded-<UTC time>.tar.gz in the current directory. The tarball holds the database
# only: the generated DATA_DIR/jwt-secret is not included (after a restore without it, a new
# secret is generated and users simply log in again).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/_embedded-common.sh"

data_dir="$(absolute "${DATA_DIR:-./.data}")"
out="$(absolute "${1:-canhgiac-embedded-$(date -u +%Y%m%dT%H%M%SZ).tar.gz}")"

embedded_dump export "$data_dir" "$out"
echo "$out"
