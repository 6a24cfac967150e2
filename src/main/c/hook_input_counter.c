/*
 * Copyright 2026 The Unknot authors. Licensed under the Apache License, Version 2.0.
 *
 * Unknot's stand-in for hook_event_proc, the callback at which jnativehook's native library
 * (libuiohook) receives every key and pointer event from the X server. Loaded into the global
 * symbol scope before the hook's library, it is the definition that library's reference binds to.
 * It counts device events here and hands on to libuiohook's own callback only the first event
 * after a quiet spell (and the start and end of the data); Unknot's Java side then takes the
 * counts every second or two while input goes on (unknot_input_take). Without it, each event costs libuiohook's key lookups,
 * a Java event object and a listener call, and one thread wake-up: three Java calls per letter.
 *
 * While input flows, the callback also naps for a moment once it has read what piled up, so that
 * the X server's next events pile up in the socket and are read in one go: about one wake-up a
 * second instead of one per event. Only counts wait for it, and stopping the hook, by at most one
 * nap; the last input's time does not, as it is the time the X server gave the event. What piled
 * up is told from what is new by that time too, so a pile is read through however slowly a loaded
 * machine lets the thread run.
 *
 * The X types are declared here as libXtst's record.h has them, so no X headers are needed.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <link.h>
#include <string.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

typedef struct {
  unsigned long id_base;
  unsigned long server_time;
  unsigned long client_seq;
  int category;
  int client_swapped;
  unsigned char *data;
  unsigned long data_len;
} record_intercept_data;

typedef void (*record_intercept_proc)(char *closure, record_intercept_data *data);
typedef void (*record_free_proc)(record_intercept_data *data);

enum { FROM_SERVER = 0 };
enum { KEY_PRESS = 2, KEY_RELEASE = 3, BUTTON_PRESS = 4, BUTTON_RELEASE = 5, MOTION_NOTIFY = 6 };

/*
 * How long the hook thread naps once input flows, and how old an event may be and still count as
 * just made, not as one of those that piled up in a nap.
 */
static const long NAP_MILLIS = 1000;
static const int32_t RECENT_MILLIS = 100;

void hook_event_proc(char *closure, record_intercept_data *data);

static record_intercept_proc hook_callback;
static record_free_proc free_data;

/*
 * Keys in the high 32 bits, pointer events in bits 1 to 31, and bit 0 set while the Java side has
 * been told that input flows: one word, so that a take and a count never miss each other.
 */
static _Atomic uint64_t pending;
static _Atomic int64_t last_input_millis;
static _Atomic unsigned long contexts_wrapped;
static _Atomic unsigned long handed_on;
static _Atomic unsigned long naps;
/*
 * The hook thread's alone: the least difference seen between this machine's monotonic clock and
 * the X server's event times (its clock on a local server: then the difference is the delivery
 * time), over this window of OFFSET_WINDOW_MILLIS and the one before, so that a drifting remote
 * server's clock is followed within two windows. Never re-taken at an event that may have waited
 * in a pile: at such an event a base taken afresh makes events a nap old look just made, and the
 * thread napped at them without ever catching up (issue 20).
 */
static const int64_t OFFSET_WINDOW_MILLIS = 60000;
static int32_t offset_this_window;
static int32_t offset_last_window;
static int offsets_seen; /* 0, 1 or 2: how many of the two windows hold an offset */
static int64_t window_started_millis;
/* The hook thread's alone: the monotonic time of the latest event counted. */
static int64_t last_event_monotonic_millis;

static int64_t millis(clockid_t clock) {
  struct timespec now;
  clock_gettime(clock, &now);
  return (int64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

/*
 * How long ago the X server made an event, as far as this side can tell: against the least
 * difference of the two clocks seen in the last window or two. An event read late out of a pile is
 * then as old as it is, not as old as the first event read after a wait.
 */
static int32_t event_age(uint32_t server_millis, int64_t now_monotonic) {
  int32_t offset = (int32_t)((uint32_t)now_monotonic - server_millis);
  if (offsets_seen == 0 || now_monotonic - window_started_millis >= 2 * OFFSET_WINDOW_MILLIS) {
    offsets_seen = 1; /* nothing for two windows: this one is the least there is */
    offset_this_window = offset;
    window_started_millis = now_monotonic;
  } else if (now_monotonic - window_started_millis >= OFFSET_WINDOW_MILLIS) {
    offset_last_window = offset_this_window;
    offset_this_window = offset;
    offsets_seen = 2;
    window_started_millis = now_monotonic;
  } else if (offset - offset_this_window < 0) {
    offset_this_window = offset;
  }
  int32_t least = offset_this_window;
  if (offsets_seen == 2 && offset_last_window - least < 0) {
    least = offset_last_window;
  }
  return offset - least;
}

/*
 * Keeps the time the latest event was made, not the time it was read. Events read after a nap were
 * made up to a nap earlier; stamped when read, the last input of a burst came a nap late, so a
 * pause looked shorter than it was and input seemed to go on into a break (issue 20).
 */
static void stamp_last_input(int32_t age, int64_t now_monotonic) {
  int64_t made = now_monotonic - (age > 0 ? age : 0);
  if (made > last_event_monotonic_millis) {
    last_event_monotonic_millis = made;
  }
  int64_t ago = now_monotonic - last_event_monotonic_millis;
  atomic_store(&last_input_millis, millis(CLOCK_REALTIME) - ago);
}

/*
 * Naps at an event made in the last RECENT_MILLIS while input flows: the thread has then read what
 * piled up in its last nap, or near enough, and goes on at once to the next nap, without waiting
 * for the next event first. Napping whenever 2 ms had passed since the last nap, as it did before,
 * read only 2 ms' worth of the pile a second where the machine let the thread run slowly, so under
 * load the pile in the X server grew without end, counts came ever later, and what was left at
 * exit was lost (issue 20).
 */
static void nap_if_caught_up(int32_t age) {
  if (age > RECENT_MILLIS) {
    return; /* the pile that formed in the last nap, or still behind */
  }
  struct timespec nap = {NAP_MILLIS / 1000, NAP_MILLIS % 1000 * 1000000L};
  nanosleep(&nap, NULL);
  atomic_fetch_add(&naps, 1);
}

/*
 * A key, button or motion event's time: xEvent's u.keyButtonPointer.time, which the server sends
 * in this client's byte order (libuiohook reads the event's other fields the same way).
 */
static uint32_t event_time(const record_intercept_data *data) {
  uint32_t time;
  memcpy(&time, data->data + 4, sizeof time);
  return time;
}

static void count_then_forward(char *closure, record_intercept_data *data) {
  if (data->category != FROM_SERVER || data->data == NULL || data->data_len < 2) {
    hook_callback(closure, data); /* start and end of data, clients: the hook's business */
    return;
  }
  uint64_t add;
  switch (data->data[0] & 0x7f) {
    case KEY_PRESS:
      add = (uint64_t)1 << 32;
      break;
    case BUTTON_PRESS: /* wheel turns included: X reports them as buttons 4 to 7 */
    case MOTION_NOTIFY:
      add = 2;
      break;
    case KEY_RELEASE:
    case BUTTON_RELEASE: /* Unknot counts presses only */
      free_data(data);
      return;
    default:
      hook_callback(closure, data);
      return;
  }
  int64_t now_monotonic = millis(CLOCK_MONOTONIC);
  int32_t age = event_age(event_time(data), now_monotonic);
  stamp_last_input(age, now_monotonic);
  uint64_t before = atomic_load(&pending);
  while (!atomic_compare_exchange_weak(&pending, &before, (before + add) | 1)) {
  }
  if ((before & 1) == 0) {
    atomic_fetch_add(&handed_on, 1);
    hook_callback(closure, data); /* the first after a quiet spell: wakes the Java side */
  } else {
    free_data(data);
  }
  nap_if_caught_up(age);
}

/* Finds libuiohook's own hook_event_proc, the one this file's definition stands in for. */
static int find_hook_callback(struct dl_phdr_info *info, size_t size, void *by_name) {
  (void)size;
  if (info->dlpi_name == NULL || info->dlpi_name[0] == '\0'
      || (by_name != NULL && strstr(info->dlpi_name, "JNativeHook") == NULL)) {
    return 0;
  }
  void *library = dlopen(info->dlpi_name, RTLD_NOW | RTLD_NOLOAD);
  if (library == NULL) {
    return 0;
  }
  record_intercept_proc found = (record_intercept_proc)dlsym(library, "hook_event_proc");
  dlclose(library);
  if (found == NULL || found == hook_event_proc) {
    return 0;
  }
  hook_callback = found;
  return 1;
}

static int bind_once(void) {
  if (hook_callback != NULL && free_data != NULL) {
    return 1;
  }
  void *xtst = dlopen("libXtst.so.6", RTLD_NOW);
  free_data = xtst == NULL ? NULL : (record_free_proc)dlsym(xtst, "XRecordFreeData");
  static char by_name;
  if (dl_iterate_phdr(find_hook_callback, &by_name) == 0) {
    dl_iterate_phdr(find_hook_callback, NULL); /* a library renamed: any other definition */
  }
  if (hook_callback != NULL && free_data != NULL) {
    atomic_fetch_add(&contexts_wrapped, 1);
    return 1;
  }
  return 0;
}

/*
 * The callback libuiohook hands XRecordEnableContext: the hook library takes its address through
 * the global scope, so this definition is the one the X server's events arrive at.
 */
void hook_event_proc(char *closure, record_intercept_data *data) {
  if (!bind_once()) {
    if (hook_callback != NULL) {
      hook_callback(closure, data); /* no way to free what is not handed on: hand on everything */
    }
    return;
  }
  count_then_forward(closure, data);
}

/*
 * The keys (high 32 bits) and pointer events (low 32) counted since the last take. When there were
 * none, the Java side is taken to know nothing flows, and the next event is handed on again.
 */
uint64_t unknot_input_take(void) {
  uint64_t before = atomic_load(&pending);
  while (!atomic_compare_exchange_weak(&pending, &before, (before >> 1) == 0 ? 0 : 1)) {
  }
  return (before & ~(uint64_t)0xffffffff) | ((before & 0xffffffff) >> 1);
}

/* Epoch milliseconds of the last event counted, or 0. */
int64_t unknot_input_last_millis(void) {
  return atomic_load(&last_input_millis);
}

/* Whether the hook's events arrive through this stand-in: 1 once they do. */
unsigned long unknot_input_contexts_wrapped(void) {
  return atomic_load(&contexts_wrapped);
}

/* How many counted events were handed on to the hook library: for tests. */
unsigned long unknot_input_handed_on(void) {
  return atomic_load(&handed_on);
}

/* How many times the hook thread napped while input flowed: for tests. */
unsigned long unknot_input_naps(void) {
  return atomic_load(&naps);
}
