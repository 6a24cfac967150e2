#!/usr/bin/env bash
# Checks the packages that build.sh made. The .rpm: its contents, dependencies and scripts. The
# .deb: its contents and metadata, then it installs it, runs the installed Unknot (as a user who
# cannot write to /opt, on a headless X display), and removes it.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/packaging/linux"
deb=$(ls "$root"/target/packaging/unknot_*.deb)
rpm=$(ls "$root"/target/packaging/unknot-*.rpm 2>/dev/null || true)
sudo=""
as_nobody=(runuser -u nobody --)
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
  as_nobody=(sudo -u nobody)
fi
fail() {
  echo "check: $*" >&2
  exit 1
}

contents=$(dpkg-deb -c "$deb")
for path in ./opt/unknot/bin/unknot ./opt/unknot/lib/app/unknot.jar \
  ./opt/unknot/lib/app/share/unknot.desktop ./opt/unknot/lib/app/share/unknot-autostart.desktop \
  ./opt/unknot/lib/app/share/unknot.service ./opt/unknot/lib/app/share/icons/unknot-64.png \
  ./opt/unknot/lib/app/share/dev.unknot.Unknot.metainfo.xml ./opt/unknot/share/doc/copyright \
  ./opt/unknot/lib/app/share/copyright ./opt/unknot/lib/app/share/classes.lst \
  ./opt/unknot/lib/app/share/jvm.args ./opt/unknot/lib/app/share/unknot.sh \
  ./opt/unknot/lib/runtime/bin/unknot ./opt/unknot/lib/app/share/LICENSE \
  ./opt/unknot/lib/app/share/NOTICE; do
  grep -q " $path\$" <<<"$contents" || fail "$path is not in $deb"
done
# The packaged jar holds this machine's native libraries only, and the licence.
jar_entries=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./opt/unknot/lib/app/unknot.jar |
  (tmp=$(mktemp) && cat >"$tmp" && unzip -Z1 "$tmp" && rm -f "$tmp"))
foreign=$(grep -E '^(org/sqlite/native/|com/github/kwhat/jnativehook/lib/|com/sun/jna/[a-z0-9]+-).*[^/]$' \
  <<<"$jar_entries" | grep -Ev '^(org/sqlite/native/Linux/|com/github/kwhat/jnativehook/lib/linux/|com/sun/jna/linux-)' || true)
[ -z "$foreign" ] || fail "the packaged jar holds other systems' native libraries: $(head -n 3 <<<"$foreign")"
[ "$(grep -cE '^(org/sqlite/native/|com/github/kwhat/jnativehook/lib/|com/sun/jna/linux-).*[^/]$' <<<"$jar_entries")" -eq 3 ] ||
  fail "the packaged jar does not hold exactly one SQLite, one hook and one JNA library"
grep -qx META-INF/LICENSE <<<"$jar_entries" || fail "the packaged jar has no META-INF/LICENSE"
grep -qx META-INF/NOTICE <<<"$jar_entries" || fail "the packaged jar has no META-INF/NOTICE"
dpkg-deb -f "$deb" Depends | grep -q libasound || fail "the package does not depend on ALSA, which plays breaks.sound"
echo "check: $(basename "$deb") is $(($(stat -c %s "$deb") / 1024 / 1024)) MB," \
  "$(dpkg-deb -f "$deb" Installed-Size) KB installed"
if [ -n "$rpm" ]; then
  files=$(rpm -qpl "$rpm" 2>/dev/null)
  for path in /opt/unknot/lib/app/unknot.jar /opt/unknot/lib/app/share/integrate.sh \
    /opt/unknot/lib/runtime/bin/unknot /opt/unknot/lib/app/share/classes.lst; do
    grep -qx "$path" <<<"$files" || fail "$path is not in $rpm"
  done
  rpm -qp --requires "$rpm" 2>/dev/null | grep -q gtk3 || fail "the .rpm does not require GTK"
  rpm -qp --recommends "$rpm" 2>/dev/null | grep -q gtk2 || fail "the .rpm does not recommend GTK 2"
  rpm -qp --scripts "$rpm" 2>/dev/null | grep -q "integrate.sh install" ||
    fail "the .rpm's %post does not install the desktop integration"
fi
[ "$(dpkg-deb -f "$deb" Package)" = unknot ] || fail "the package is not called unknot"
dpkg-deb -f "$deb" Depends | grep -q libgtk-3-0 || fail "the package does not depend on GTK"
dpkg-deb -f "$deb" Recommends | grep -q libgtk2.0-0 || fail "the package does not recommend GTK 2"
dpkg-deb -f "$deb" Recommends | grep -q libatk-wrapper-java-jni || fail "the package does not recommend the Java ATK bridge"
appstreamcli validate --no-net "$here/dev.unknot.Unknot.metainfo.xml"
desktop-file-validate "$here/unknot.desktop" "$here/unknot-autostart.desktop"

DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb" >/dev/null
for file in /usr/bin/unknot /usr/share/applications/unknot.desktop \
  /etc/xdg/autostart/unknot.desktop /usr/lib/systemd/user/unknot.service \
  /usr/share/metainfo/dev.unknot.Unknot.metainfo.xml /usr/share/doc/unknot/copyright \
  /usr/share/icons/hicolor/64x64/apps/unknot.png /opt/unknot/lib/app/unknot.jsa; do
  [ -e "$file" ] || fail "$file was not installed"
done
# The class-data archive is used: classes come from it, not from the jar.
/opt/unknot/lib/runtime/bin/unknot @/opt/unknot/lib/app/share/jvm.args -Xshare:on \
  dev.unknot.launcher.Main --version >/dev/null || fail "the class-data archive does not load"
# One version: the package's, without its Debian revision, is what the program says.
package_version=$(dpkg-deb -f "$deb" Version)
[ "$(unknot --version)" = "unknot ${package_version%-*}" ] ||
  fail "unknot --version says '$(unknot --version)', but the package is $package_version"

home=$(mktemp -d)
chmod 0755 "$home"
printf '[knots]\ncheckin = false\n[summary]\nnotify = false\n' >"$home/config.toml"
HOME="$home" unknot config check "$home/config.toml" | grep -qx ok || fail "config check failed"

# The installed program speaks German for LANG=de_DE.UTF-8, and its runtime has the German locale
# data: a date in German form, 06.01.2020, where a runtime with English only would write another.
LANG=de_DE.UTF-8 HOME="$home" unknot --help | grep -q '^Aufruf: unknot' ||
  fail "unknot --help is not German with LANG=de_DE.UTF-8"
LANG=de_DE.UTF-8 HOME="$home" unknot status | grep -qx 'Unknot läuft nicht.' ||
  fail "unknot status is not German with LANG=de_DE.UTF-8"
LANG=de_DE.UTF-8 HOME="$home" unknot knot none --date 2020-01-06 |
  grep -qx '06.01.2020 als knotenfreien Tag erfasst.' ||
  fail "unknot knot none does not write the date in German; is the de locale in the runtime?"

# The installed daemon, run by a user who owns nothing under /opt.
user_home=$(mktemp -d)
chown nobody "$user_home"
# shellcheck source=xvfb.sh
. "$here/xvfb.sh"
start_xvfb 150 199 || fail "no free X display between :150 and :199"
display=$DISPLAY_USED
trap 'kill "$XVFB_PID" 2>/dev/null || true' EXIT
"${as_nobody[@]}" env HOME="$user_home" DISPLAY="$display" NO_AT_BRIDGE=1 \
  XDG_RUNTIME_DIR="$user_home/run" unknot run --config "$home/config.toml" \
  >"$user_home/out.txt" 2>&1 &
daemon=$!
await_running "$user_home/.local/state/unknot/unknot.log" "$daemon" 30 ||
  fail "the installed Unknot did not start: $(cat "$user_home/out.txt")"
[ "$(cat "/proc/$(pgrep -u nobody -x unknot | head -n 1)/comm" 2>/dev/null)" = unknot ] ||
  fail "the running daemon is not called unknot in ps"
kill "$daemon"
wait "$daemon" || true

DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq unknot >/dev/null
for file in /usr/bin/unknot /usr/share/applications/unknot.desktop \
  /etc/xdg/autostart/unknot.desktop /usr/lib/systemd/user/unknot.service /opt/unknot \
  /usr/share/doc/unknot; do
  [ ! -e "$file" ] || fail "$file is left after removal"
done
echo "check: $(basename "$deb") builds, installs, runs and removes cleanly${rpm:+; $(basename "$rpm") is complete}"
