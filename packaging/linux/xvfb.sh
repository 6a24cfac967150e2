# Sourced by check.sh and class-list.sh. start_xvfb FIRST LAST starts Xvfb on the first free
# display number in that range and sets DISPLAY_USED and XVFB_PID; it fails if none is free.
start_xvfb() {
  local n
  for n in $(seq "$1" "$2"); do
    if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then
      Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
      XVFB_PID=$!
      DISPLAY_USED=":$n"
      for _ in $(seq 50); do xdpyinfo -display "$DISPLAY_USED" >/dev/null 2>&1 && return 0; sleep 0.1; done
      return 0
    fi
  done
  return 1
}

# await_running LOG PID SECONDS: waits until Unknot's log says it runs; fails if the process
# ends first or the time runs out.
await_running() {
  local i
  for i in $(seq $(($3 * 10))); do
    grep -q "Unknot is running" "$1" 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
