#!/usr/bin/python3
"""Reads one window of a running application from the at-spi tree, as a screen reader does.

Usage: read_window.py TITLE. Prints JSON: the application's name, and the names of the window's
labels and push buttons, and the name and contents of its text fields, in tree order. Exits 1 when no application has a window of that title.
"""
import json
import sys

import pyatspi


def walk(node, depth, found):
    if depth > 30:
        return
    try:
        role = node.getRoleName()
        name = node.name
        description = node.description
    except Exception:  # a window closing while it is read
        return
    if role == "label":
        found["labels"].append(name)
    elif role == "push button":
        found["buttons"].append({"name": name, "description": description})
    elif role == "text":
        try:
            text = node.queryText()
            found["texts"].append({"name": name, "text": text.getText(0, text.characterCount)})
        except Exception:  # not a text after all, or gone
            pass
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            walk(child, depth + 1, found)


def main(title):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is None:
            continue
        for i in range(app.childCount):
            window = app.getChildAtIndex(i)
            if window is not None and window.name == title:
                found = {"application": app.name, "window": title, "labels": [], "buttons": [], "texts": []}
                walk(window, 0, found)
                print(json.dumps(found))
                return 0
    seen = []
    for app in desktop:
        if app is not None:
            seen.append(app.name + ": " + ", ".join(
                str(app.getChildAtIndex(i).name) for i in range(app.childCount)))
    print(json.dumps({"error": "no window titled " + title, "windows": seen}))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
