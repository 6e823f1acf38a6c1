#!/usr/bin/env bash
# Installs the VS Code that ships inside the npm package code-server into .vscode-test/code-server/
# so the e2e suites can run in a real VS Code on machines that reach only the npm registry and
# Debian's packages (see docs: @vscode/test-electron downloads VS Code from elsewhere).
# Idempotent: a marker file records a completed install; re-runs return at once.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=4.96.4 # newer majors need Node 24; this one bundles VS Code 1.96.4
ROOT=.vscode-test/code-server
PKG=$ROOT/node_modules/code-server
MARKER=$ROOT/.installed-$VERSION

log() { echo "[install-code-server] $*"; }

install_code_server() {
  if [ -f "$MARKER" ]; then log "code-server $VERSION already installed ($ROOT)"; return; fi
  local start=$SECONDS
  rm -rf "$ROOT" && mkdir -p "$ROOT"
  # --ignore-scripts everywhere: code-server's postinstall refuses root, and older ripgrep
  # postinstalls download a binary we cannot reach. (Without the shrinkwrap npm picks a
  # @vscode/ripgrep that ships rg in an npm platform package, so search works anyway.)
  log "npm install code-server@$VERSION into $ROOT"
  (cd "$ROOT" && echo '{"private":true}' > package.json && npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION")
  log "code-server's own dependencies"
  (cd "$PKG" && npm install --no-audit --no-fund --omit=dev --ignore-scripts && npm rebuild argon2)
  # The shrinkwrap pins @vscode/proxy-agent to a git URL; without it npm takes the registry copy.
  log "VS Code's dependencies (shrinkwrap removed) and native modules"
  (cd "$PKG/lib/vscode" && rm -f npm-shrinkwrap.json \
    && npm install --no-audit --no-fund --omit=dev --ignore-scripts \
    && npm rebuild node-pty @vscode/spdlog @parcel/watcher native-watchdog \
    && ln -sfn node_modules node_modules.asar)
  # kerberos is not rebuilt: it fails to build and nothing here needs it.
  log "built-in extensions' dependencies"
  (cd "$PKG/lib/vscode/extensions" && npm install --no-audit --no-fund --omit=dev --ignore-scripts)
  touch "$MARKER"
  log "done in $((SECONDS - start)) s"
}

install_code_server
