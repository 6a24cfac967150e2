package dev.unknot.e2e;

/** A headless desktop of one 2560x1600 screen, as a HiDPI laptop panel, with a tray. */
record HiDpiDesktop(Desktop desktop) {}
