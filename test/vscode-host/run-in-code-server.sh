#!/usr/bin/env bash
# Runs one command against a throwaway code-server: fresh profile, empty extensions folder, its own
# process group, everything removed afterwards. Adapted from lib.sh, run-extension-tests.sh and
# run-ui-smoke.sh of the vscode-harness reference kit the project was set up with.
# Usage: run-in-code-server.sh [--install EXTENSION.vsix] COMMAND [ARGS...]
# COMMAND sees CODE_SERVER_URL (http://127.0.0.1:PORT); its exit code is returned. On failure the
# end of the code-server log is printed.
# Env: CODE_SERVER_DIR (install folder of setup-code-server.sh), PORT (default: a free port).
set -u
CS_VERSION=4.96.4
export CODE_SERVER_DIR=${CODE_SERVER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/vscode-harness/code-server-$CS_VERSION}
CS_BIN=$CODE_SERVER_DIR/node_modules/.bin/code-server
HOST_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ -x "$CS_BIN" ] || { echo "no code-server in $CODE_SERVER_DIR: run $HOST_DIR/setup-code-server.sh first" >&2; exit 1; }

VSIX=""
if [ "${1:-}" = --install ]; then VSIX=$2; shift 2; fi
[ $# -ge 1 ] || { sed -n 5,7p "$0" >&2; exit 2; }

RUN=$(mktemp -d -t sourceline-code-server.XXXXXX)
CS_PID=""
trap 'stop_server; rm -rf "$RUN"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$RUN/data/User" "$RUN/ext"
cat > "$RUN/data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "security.workspace.trust.enabled": false
}
JSON
# Without these, code-server writes ~/.config/code-server, ~/.local/share/code-server and ~/.cache/Microsoft.
CS_ENV=(XDG_CONFIG_HOME="$RUN/xdg/config" XDG_DATA_HOME="$RUN/xdg/data" XDG_CACHE_HOME="$RUN/xdg/cache")
CS_ARGS=(--user-data-dir "$RUN/data" --extensions-dir "$RUN/ext")

if [ -n "$VSIX" ]; then
  env "${CS_ENV[@]}" "$CS_BIN" "${CS_ARGS[@]}" --install-extension "$VSIX" --force || exit 1
fi

stop_server() {
  [ -n "$CS_PID" ] || return 0
  kill -TERM -- "-$CS_PID" 2> /dev/null
  for _ in $(seq 1 30); do kill -0 -- "-$CS_PID" 2> /dev/null || break; sleep 0.1; done
  kill -KILL -- "-$CS_PID" 2> /dev/null
  CS_PID=""
}

PORT=${PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
# Starts the server and waits for /healthz; fails when the server exits first or after 60 s.
start_server() {
  # setsid gives the server a process group of its own, so stop_server also ends the extension host
  # and the file watcher; $! is the group leader because scripts run without job control.
  setsid env "${CS_ENV[@]}" "$CS_BIN" "${CS_ARGS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    > "$RUN/code-server.log" 2>&1 < /dev/null &
  CS_PID=$!
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null && return 0
    kill -0 "$CS_PID" 2> /dev/null || return 1
    sleep 0.1
  done
  return 1
}
# code-server gives its child process 10 s to start, which a heavily loaded machine can miss: retry.
for attempt in 1 2 3; do
  start_server && break
  echo "code-server did not start (attempt $attempt of 3):" >&2
  cat "$RUN/code-server.log" >&2
  stop_server
  [ $attempt -lt 3 ] || exit 1
done

CODE_SERVER_URL="http://127.0.0.1:$PORT" "$@"
rc=$?
if [ $rc -ne 0 ]; then
  echo "--- code-server log, last 30 lines (marketplace/telemetry network errors are harmless) ---" >&2
  tail -n 30 "$RUN/code-server.log" >&2
fi
exit $rc
