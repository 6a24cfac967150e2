/*
 * Copyright 2026 The Unknot authors. Licensed under the Apache License, Version 2.0.
 *
 * Unknot's stand-in for one function of jnativehook's native library (libuiohook). For every mouse
 * event that library calls hook_create_screen_info, which asks the X server about its Xinerama
 * screens: two round trips per event, only to shift coordinates that Unknot never reads. Loaded
 * into the global symbol scope before the hook's own library, this definition is the one the
 * hook's calls bind to. It reports no screens, which libuiohook treats as one plain root window.
 *
 * The signature is libuiohook's: screen_data *hook_create_screen_info(unsigned char *count); the
 * caller frees what it returns, and free(NULL) is allowed.
 */
#include <stddef.h>

static volatile unsigned long screen_queries;

void *hook_create_screen_info(unsigned char *count) {
  screen_queries++;
  if (count != NULL) {
    *count = 0;
  }
  return NULL;
}

/* How many screen queries this stand-in answered: tests read it to see that it is in use. */
unsigned long unknot_screen_queries(void) {
  return screen_queries;
}
