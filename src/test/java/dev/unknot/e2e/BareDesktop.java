package dev.unknot.e2e;

/** A headless desktop with a window manager but no tray host, like GNOME without extensions. */
record BareDesktop(Desktop desktop) {}
