#!/usr/bin/env bash
# Builds Unknot's Linux packages from target/unknot.jar into target/packaging:
#   build.sh [deb] [rpm]     (both when none is named)
# Each holds a jlink runtime with only the modules Unknot uses, jpackage's launcher with the
# daemon's JVM options, the list of classes a start loads (the install scripts turn it into a
# class-data archive), and the desktop integration that integrate.sh puts in place.
# Needs a JDK with jpackage; fakeroot and binutils for the .deb, rpmbuild for the .rpm.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/packaging/linux"
jar="$root/target/unknot.jar"
out="$root/target/packaging"
types=("$@")
[ ${#types[@]} -gt 0 ] || types=(deb rpm)
for type in "${types[@]}"; do
  case "$type" in
    deb | rpm) ;;
    *)
      echo "build: unknown package type '$type'; use deb, rpm or both" >&2
      exit 2
      ;;
  esac
done
if [ ! -f "$jar" ]; then
  echo "build: $jar is missing; run mvn -B -q package -DskipTests first" >&2
  exit 1
fi
# One version: the one the jar reports (`unknot --version`); the package's revision is added below.
version=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' |
  sed -n 's/^Implementation-Version: *//p')
if ! [[ "$version" =~ ^[0-9]+(\.[0-9]+)*$ ]]; then
  echo "build: $jar says its version is '$version'; packages need a release version" \
    "(pom.xml's <version>, such as 0.1.0)" >&2
  exit 1
fi

rm -rf "$out"
mkdir -p "$out/input/share/icons"
cp "$jar" "$out/input/"
"$here/strip-natives.sh" "$out/input/unknot.jar" "$(uname -m)"
cp "$here/unknot.desktop" "$here/unknot-autostart.desktop" "$here/unknot.service" \
  "$here/dev.unknot.Unknot.metainfo.xml" "$here/integrate.sh" "$here/unknot.sh" \
  "$here/copyright" "$root/LICENSE" "$root/NOTICE" "$out/input/share/"
icons="$root/src/main/resources/dev/unknot/tray"
for size in 16 24 32 64; do
  cp "$icons/unknot-counting-$size.png" "$out/input/share/icons/unknot-$size.png"
done
cp "$here/unknot.svg" "$out/input/share/icons/unknot.svg"
"$here/class-list.sh" "$out/input/unknot.jar" "$out/input/share/classes.lst"

# jdeps finds what the code needs; the locale data of the six languages Unknot speaks gives the
# names of days and months, and the forms of dates, times and numbers, in each of them.
modules=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")
# libjsound stays: breaks.sound plays its chime through it (and so the package needs libasound2).
jlink --add-modules "$modules,jdk.localedata" --include-locales=en,de,fr,es,pt,it \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$out/runtime"

# The runtime's java, named unknot so that ps and top say what runs; unknot.sh starts it with
# these options. Xshare:auto: a missing or stale archive only makes the start slower.
cp "$out/runtime/bin/java" "$out/runtime/bin/unknot"
app=/opt/unknot/lib/app
{
  tr ' ' '\n' <"$root/packaging/jvm-options"
  # What the jar's manifest says (Add-Opens) for `java -jar`; unknot.sh starts it with -cp: the
  # windows' WM_CLASS becomes "unknot" (prompt/Look).
  printf '%s\n' "--add-opens=java.desktop/sun.awt.X11=ALL-UNNAMED" \
    "-XX:SharedArchiveFile=$app/unknot.jsa" -Xshare:auto \
    "-Djpackage.app-path=/usr/bin/unknot" -cp "$app/unknot.jar"
} >"$out/input/share/jvm.args"
options="$(cat "$root/packaging/jvm-options") --add-opens=java.desktop/sun.awt.X11=ALL-UNNAMED -XX:SharedArchiveFile=\$APPDIR/unknot.jsa -Xshare:auto"
for type in "${types[@]}"; do
  mkdir -p "$out/resources-$type"
  if [ "$type" = deb ]; then
    cp "$here/deb/"* "$here/copyright" "$out/resources-deb/"
    extra=(--linux-deb-maintainer "dev@unknot.invalid")
  else
    cp "$here/rpm/unknot.spec" "$out/resources-rpm/"
    extra=(--linux-rpm-license-type "Apache-2.0" --license-file "$root/LICENSE")
  fi
  jpackage --type "$type" --dest "$out" \
    --name unknot --app-version "$version" --vendor "Unknot developers" \
    --description "Posture micro-breaks against muscle knots" \
    --input "$out/input" --main-jar unknot.jar --main-class dev.unknot.launcher.Main \
    --runtime-image "$out/runtime" --java-options "$options" \
    --resource-dir "$out/resources-$type" \
    --linux-package-name unknot --linux-app-category utils \
    --icon "$icons/unknot-counting-64.png" "${extra[@]}"
done
# Only the types asked for: an ls of a missing .rpm made `build.sh deb` fail after its work.
for type in "${types[@]}"; do
  ls "$out"/*."$type"
done
