#!/bin/sh
# /usr/bin/unknot. It starts Unknot's own Java runtime directly, under the name unknot: jpackage's
# launcher in /opt/unknot/bin asks rpm and dpkg which package owns it on every start, about 0.2 s.
exec /opt/unknot/lib/runtime/bin/unknot @/opt/unknot/lib/app/share/jvm.args dev.unknot.launcher.Main "$@"
