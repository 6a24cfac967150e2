#!/usr/bin/env bash
# Writes the classes that Unknot's usual starts load, for a class-data archive:
#   class-list.sh UNKNOT_JAR OUTPUT
# It runs `config check` and `summary` on an empty home, and the daemon on a private Xvfb when
# there is one. Lines only a custom class loader could use, and the run-specific ids, are dropped.
set -euo pipefail

jar=$1
output=$2
work=$(mktemp -d)
xvfb=""
daemon=""
cleanup() {
  [ -z "$daemon" ] || kill "$daemon" 2>/dev/null || true
  [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
printf '[knots]\ncheckin = false\n[summary]\nnotify = false\n' >"$work/config.toml"

java_with_list() {
  local list=$1
  shift
  java -XX:DumpLoadedClassList="$list" -cp "$jar" dev.unknot.launcher.Main "$@"
}
java_with_list "$work/1.lst" config check "$work/config.toml" >/dev/null
java_with_list "$work/2.lst" summary >/dev/null

# shellcheck source=xvfb.sh
. "$(dirname "$0")/xvfb.sh"
if command -v Xvfb >/dev/null && command -v xdpyinfo >/dev/null && start_xvfb 200 249; then
  xvfb=$XVFB_PID
  DISPLAY=$DISPLAY_USED NO_AT_BRIDGE=1 java_with_list "$work/3.lst" run --config "$work/config.toml" \
    >/dev/null 2>&1 &
  daemon=$!
  await_running "$HOME/.local/state/unknot/unknot.log" "$daemon" 20 || true
  sleep 2 # the tray's first paint
else
  echo "class-list: no Xvfb; the archive will hold the command line's classes only" >&2
fi

cat "$work"/*.lst | grep -v -e '^@' -e ' source: ' -e '^#' | sed 's/ id: [0-9]*$//' |
  awk '!seen[$0]++' >"$output"
echo "class-list: $(wc -l <"$output") classes in $output"
