#!/bin/sh
# /usr/bin/unknot. It starts Unknot's own Java runtime directly, under the name unknot: jpackage's
# launcher in /opt/unknot/bin asks rpm and dpkg which package owns it on every start, about 0.2 s.
#
# Screen readers: the jlink runtime has no accessibility.properties naming a bridge, so where the
# Java ATK bridge is installed (Debian's libatk-wrapper-java-jni, Fedora's java-atk-wrapper, which
# the packages recommend) and the desktop has assistive technologies on, the daemon is started with
# the bridge's jar after Unknot's on the class path, its JNI folder on the library path, and
# javax.accessibility.assistive_technologies naming it. Only for the daemon (`unknot`, `unknot
# run`): the one-off commands open no windows. UNKNOT_ACCESSIBILITY=1 loads it regardless, =0 never.
app=/opt/unknot/lib/app
bridge=
case "${1:-run}" in
  run | --config)
    for jar in /usr/share/java/java-atk-wrapper.jar /usr/lib64/java-atk-wrapper/java-atk-wrapper.jar \
      /usr/lib/java-atk-wrapper/java-atk-wrapper.jar; do
      [ -f "$jar" ] || continue
      for dir in "/usr/lib/$(uname -m)-linux-gnu/jni" /usr/lib/jni "${jar%/*}"; do
        if [ -e "$dir/libatk-wrapper.so" ]; then
          bridge="$jar $dir"
          break 2
        fi
      done
    done
    ;;
esac
wanted() {
  case "${UNKNOT_ACCESSIBILITY:-}" in
    1) return 0 ;;
    0) return 1 ;;
  esac
  [ "${GTK_MODULES#*gail}" != "${GTK_MODULES:-}" ] && return 0
  command -v gsettings >/dev/null 2>&1 || return 1
  [ "$(gsettings get org.gnome.desktop.interface toolkit-accessibility 2>/dev/null)" = true ] ||
    [ "$(gsettings get org.gnome.desktop.a11y.applications screen-reader-enabled 2>/dev/null)" = true ]
}
if [ -n "$bridge" ] && wanted; then
  jar=${bridge% *}
  dir=${bridge#* }
  # The runtime's own library path after the bridge's folder, so nothing else is found elsewhere.
  exec /opt/unknot/lib/runtime/bin/unknot @$app/share/jvm.args \
    -cp "$app/unknot.jar:$jar" \
    "-Djava.library.path=$dir:/usr/java/packages/lib:/usr/lib/$(uname -m)-linux-gnu:/usr/lib64:/lib64:/lib:/usr/lib" \
    -Djavax.accessibility.assistive_technologies=org.GNOME.Accessibility.AtkWrapper \
    dev.unknot.launcher.Main "$@"
fi
exec /opt/unknot/lib/runtime/bin/unknot @$app/share/jvm.args dev.unknot.launcher.Main "$@"
