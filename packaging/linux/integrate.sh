#!/bin/sh
# The .deb's and the .rpm's install scripts both call this, shipped in /opt/unknot/lib/app/share:
# "install" puts Unknot's desktop integration where the desktop looks for it and builds the
# class-data archive the launcher uses; "remove" takes all of it away. Users' data stays.
set -e
app=/opt/unknot/lib/app
share=$app/share

install_integration() {
  install -D -m 0644 "$share/unknot.desktop" /usr/share/applications/unknot.desktop
  install -D -m 0644 "$share/unknot-autostart.desktop" /etc/xdg/autostart/unknot.desktop
  install -D -m 0644 "$share/unknot.service" /usr/lib/systemd/user/unknot.service
  install -D -m 0644 "$share/dev.unknot.Unknot.metainfo.xml" \
    /usr/share/metainfo/dev.unknot.Unknot.metainfo.xml
  install -D -m 0644 "$share/copyright" /usr/share/doc/unknot/copyright
  for size in 16 24 32 64; do
    install -D -m 0644 "$share/icons/unknot-$size.png" \
      "/usr/share/icons/hicolor/${size}x${size}/apps/unknot.png"
  done
  install -D -m 0644 "$share/icons/unknot.svg" /usr/share/icons/hicolor/scalable/apps/unknot.svg
  install -m 0755 "$share/unknot.sh" /usr/bin/unknot
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
  fi
  # The archive holds the classes a start loads, already parsed; it is built here because it must
  # name the jar at its installed path. Without it Unknot starts, only more slowly.
  rm -f "$app/unknot.jsa"
  /opt/unknot/lib/runtime/bin/java -Xshare:dump -XX:SharedClassListFile="$share/classes.lst" \
    -XX:SharedArchiveFile="$app/unknot.jsa" -cp "$app/unknot.jar" >/dev/null 2>&1 ||
    echo "unknot: could not build the class-data archive; Unknot will start more slowly" >&2
}

remove_integration() {
  rm -f /usr/bin/unknot /usr/share/applications/unknot.desktop /etc/xdg/autostart/unknot.desktop \
    /usr/lib/systemd/user/unknot.service /usr/share/metainfo/dev.unknot.Unknot.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/unknot.svg "$app/unknot.jsa"
  rm -rf /usr/share/doc/unknot
  for size in 16 24 32 64; do
    rm -f "/usr/share/icons/hicolor/${size}x${size}/apps/unknot.png"
  done
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
  fi
}

case "$1" in
  install) install_integration ;;
  remove) remove_integration ;;
  *)
    echo "usage: integrate.sh install|remove" >&2
    exit 2
    ;;
esac
