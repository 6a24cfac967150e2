package dev.unknot.e2e;

/** A headless desktop of two 1280x800 monitors side by side, with a window manager and a tray. */
record TwoMonitorDesktop(Desktop desktop) {}
