#!/usr/bin/env bash
# Builds target/packaging/unknot_VERSION-1_amd64.deb from target/unknot.jar: a jlink runtime with
# only the modules Unknot uses, jpackage's launcher with the daemon's JVM options, and the desktop
# integration that postinst puts in place. Needs a JDK with jpackage, fakeroot and binutils.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/target/unknot.jar"
out="$root/target/packaging"
if [ ! -f "$jar" ]; then
  echo "build-deb: $jar is missing; run mvn -B -q package -DskipTests first" >&2
  exit 1
fi
version=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' "$root/pom.xml" | head -n 1)

rm -rf "$out"
mkdir -p "$out/input/share/icons" "$out/resources"
cp "$jar" "$out/input/"
here="$root/packaging/linux"
cp "$here/unknot.desktop" "$here/unknot-autostart.desktop" "$here/unknot.service" \
  "$here/dev.unknot.Unknot.metainfo.xml" "$out/input/share/"
icons="$root/src/main/resources/dev/unknot/tray"
for size in 16 24 32 64; do
  cp "$icons/unknot-counting-$size.png" "$out/input/share/icons/unknot-$size.png"
done
cp "$icons/unknot-icon.svg" "$out/input/share/icons/unknot.svg"
cp "$here/deb/"* "$here/copyright" "$out/resources/"

# jdeps finds what the code needs; English locale data is for the dates the summary writes.
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")
jlink --add-modules "$modules,jdk.localedata" --include-locales=en \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$out/runtime"

jpackage --type deb --dest "$out" \
  --name unknot --app-version "$version" --vendor "Unknot developers" \
  --description "Posture micro-breaks against muscle knots" \
  --input "$out/input" --main-jar unknot.jar --main-class dev.unknot.app.Main \
  --runtime-image "$out/runtime" --java-options "$(cat "$root/packaging/jvm-options")" \
  --resource-dir "$out/resources" \
  --linux-package-name unknot --linux-app-category utils \
  --linux-deb-maintainer "dev@unknot.invalid" --icon "$icons/unknot-counting-64.png"
ls "$out"/*.deb
