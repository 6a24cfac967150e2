#!/usr/bin/env bash
# Builds target/packaging/Unknot-VERSION.dmg on macOS from target/unknot.jar: a jlink runtime,
# the Unknot.app bundle with LSUIElement set (a menu-bar app, no Dock icon), then the disk image.
# Needs a JDK 17+ with jpackage and Xcode's command-line tools (PlistBuddy). See README.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/packaging/macos"
jar="$root/target/unknot.jar"
out="$root/target/packaging"
if [ "$(uname -s)" != Darwin ]; then
  echo "build-dmg: a .dmg can only be built on macOS" >&2
  exit 1
fi
if [ ! -f "$jar" ]; then
  echo "build-dmg: $jar is missing; run mvn -B -q package -DskipTests first" >&2
  exit 1
fi
version=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' "$root/pom.xml" | head -n 1)

rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")
jlink --add-modules "$modules,jdk.localedata" --include-locales=en,de,fr,es,pt,it \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$out/runtime"

jpackage --type app-image --dest "$out" \
  --name Unknot --app-version "$version" --vendor "Unknot developers" \
  --input "$out/input" --main-jar unknot.jar --main-class dev.unknot.launcher.Main \
  --runtime-image "$out/runtime" --java-options "$(cat "$root/packaging/jvm-options")" \
  --icon "$here/unknot.icns" --mac-package-identifier dev.unknot.Unknot

plist="$out/Unknot.app/Contents/Info.plist"
while IFS='=' read -r key value; do
  case "$key" in '' | '#'*) continue ;; esac
  /usr/libexec/PlistBuddy -c "Delete :$key" "$plist" 2>/dev/null || true
  /usr/libexec/PlistBuddy -c "Add :$key $value" "$plist"
done <"$here/info-plist-values"
# The LaunchAgent Unknot writes at its first start; shipped too, for deployment tools.
cp "$here/dev.unknot.Unknot.plist" "$out/Unknot.app/Contents/Resources/"

jpackage --type dmg --dest "$out" --name Unknot --app-version "$version" \
  --app-image "$out/Unknot.app"
ls "$out"/*.dmg
