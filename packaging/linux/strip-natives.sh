#!/usr/bin/env bash
# Removes from a copy of unknot.jar the native libraries of every system but one Linux machine:
#   strip-natives.sh JAR MACHINE        (MACHINE as uname -m says it: x86_64 or aarch64)
# sqlite-jdbc, jnativehook and JNA each bring theirs for about 25 systems; a package runs on one.
set -euo pipefail

jar=$1
machine=$2
case "$machine" in
  x86_64 | amd64) sqlite=x86_64 hook=x86_64 jna=x86-64 ;;
  aarch64 | arm64) sqlite=aarch64 hook=arm64 jna=aarch64 ;;
  *)
    echo "strip-natives: no package build for machine '$machine'; use x86_64 or aarch64" >&2
    exit 2
    ;;
esac
keep="^(org/sqlite/native/Linux/$sqlite/|com/github/kwhat/jnativehook/lib/linux/$hook/|com/sun/jna/linux-$jna/)"
# Folder entries go too: resources are found by their full names.
foreign=$(unzip -Z1 "$jar" |
  grep -E '^(org/sqlite/native/|com/github/kwhat/jnativehook/lib/|com/sun/jna/[a-z0-9]+-[a-z0-9-]+/)' |
  grep -Ev "$keep" || true)
# FlatLaf's native helpers draw window decorations Unknot does not use (flatlaf.useNativeLibrary is
# false in prompt/Look): none is kept.
foreign+=$'\n'$(unzip -Z1 "$jar" | grep -E '^com/formdev/flatlaf/natives/.' || true)
foreign=$(grep -v '^$' <<<"$foreign" || true)
if [ -n "$foreign" ]; then
  zip -q -d "$jar" -@ <<<"$foreign"
fi
