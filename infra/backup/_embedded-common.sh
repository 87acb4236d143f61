# Shared by export-embedded.sh and import-embedded.sh (sourced, not run).
# Runs infra/backup/embedded-dump.ts with apps/api's @swc-node/register, from apps/api so that
# the product's sources and packages resolve as they do for the app.

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
api_dir="${CANHGIAC_API_DIR:-$here/../../apps/api}"
api_dir="$(cd "$api_dir" && pwd)"

if [ ! -d "$api_dir/node_modules/@swc-node/register" ]; then
  echo "error: $api_dir/node_modules/@swc-node/register is missing: run 'pnpm install' in the repository first" >&2
  exit 2
fi

# An absolute path, relative ones taken from where the script was called.
absolute() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s/%s\n' "$PWD" "$1" ;;
  esac
}

embedded_dump() {
  (cd "$api_dir" && CANHGIAC_API_DIR="$api_dir" SWC_NODE_PROJECT="$api_dir/tsconfig.json" \
    node --no-warnings -r @swc-node/register "$here/embedded-dump.ts" "$@")
}
