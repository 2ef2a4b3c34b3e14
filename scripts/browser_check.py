"""Load a heapglass page (or any local HTML/SVG file) in headless Chromium: report script errors and
network requests, and optionally take screenshots at given events.

    python scripts/browser_check.py PAGE.html [--event N ...] [--shot OUT.png] [--size 1400x900]

With ``--event`` the page's ``heapglass.go(N)`` is called before each screenshot (OUT-N.png when
several events are given). Exit status 1 when the page raised a script error or asked the network
for anything. Uses the DevTools-over-pipe client of tests/views/chromium.py (no extra package).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "views"))
from chromium import Browser, chromium_path


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("page", type=Path)
    p.add_argument("--event", type=int, action="append", default=[])
    p.add_argument("--shot", type=Path)
    p.add_argument("--size", default="1400x900")
    a = p.parse_args()
    exe = chromium_path()
    if exe is None:
        print("chromium is not installed: run scripts/install_browser.sh", file=sys.stderr)
        return 2
    if not a.page.is_file():
        print(f"no such file: {a.page}", file=sys.stderr)
        return 2
    width, height = (int(v) for v in a.size.split("x"))
    with Browser(exe, width=width, height=height) as b:
        b.open(a.page.resolve().as_uri())
        for i, ev in enumerate(a.event or [None]):
            if ev is not None:
                b.evaluate(f"heapglass.go({ev})")
            if a.shot:
                out = a.shot if len(a.event) <= 1 else a.shot.with_name(f"{a.shot.stem}-{ev}{a.shot.suffix}")
                b.screenshot(out)
                print(f"wrote {out}")
            del i
        external = [u for u in b.requests if not u.startswith(("file://", "data:"))]
        for err in b.errors:
            print(f"script error: {err}")
        for url in external:
            print(f"network request: {url}")
        return 1 if b.errors or external else 0


if __name__ == "__main__":
    sys.exit(main())
