#!/usr/bin/python3
"""Reads the menus an application has on screen from the at-spi tree, as a screen reader does.

Usage: read_menu.py APPLICATION_PREFIX. Prints JSON: the applications whose names start with the
prefix (any case) and the names of every menu, menu item and check menu item showing in their
windows, in tree order. Exits 1 when no application's name starts with the prefix.
"""
import json
import sys

import pyatspi

ROLES = {"menu", "menu item", "check menu item", "radio menu item"}


def walk(node, depth, found):
    if depth > 30:
        return
    try:
        role = node.getRoleName()
        name = node.name
        showing = node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:  # a menu closing while it is read
        return
    if role in ROLES and showing:
        found.append(name)
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            walk(child, depth + 1, found)


def main(prefix):
    desktop = pyatspi.Registry.getDesktop(0)
    seen = []
    names = []
    items = []
    for app in desktop:
        if app is None:
            continue
        seen.append(str(app.name))
        # The bridge may register one process more than once: read every registration.
        if str(app.name).lower().startswith(prefix.lower()):
            names.append(str(app.name))
            for i in range(app.childCount):
                window = app.getChildAtIndex(i)
                if window is not None:
                    walk(window, 0, items)
    if not names:
        print(json.dumps({"error": "no application named " + prefix + "…", "applications": seen}))
        return 1
    print(json.dumps({"applications": names, "items": items}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
