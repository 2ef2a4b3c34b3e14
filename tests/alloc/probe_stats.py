"""Shared by the probes run on the real interpreters (measure_*.py, with -S): the text of
sys._debugmallocstats(), which CPython writes straight to file descriptor 2. Runnable on 3.8."""
import os
import sys


def debugmallocstats_text():
    """Capture what sys._debugmallocstats() writes to fd 2 and return it as text."""
    r, w = os.pipe()
    saved = os.dup(2)
    os.dup2(w, 2)
    try:
        sys._debugmallocstats()
    finally:
        os.dup2(saved, 2)
        os.close(w)
    chunks = []
    while True:
        data = os.read(r, 65536)
        if not data:
            break
        chunks.append(data)
    os.close(r)
    return b"".join(chunks).decode()
