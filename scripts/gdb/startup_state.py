"""gdb side of scripts/read_startup_state.py: print the collector's counters and the free lists'
lengths each time one of the functions in $HG_AT (comma-separated) is entered, from the first
entry of pyrun_file on (the main script's compilation is about to begin)."""

import os
import sys

import gdb

sys.path.insert(0, os.environ["HG_GDB_DIR"])   # set by scripts/read_startup_state.py
from heapstate import state

armed = {"on": False}


class Arm(gdb.Breakpoint):
    def stop(self) -> bool:
        if not armed["on"]:
            armed["on"] = True
            print("STATE pyrun_file", state())
        return False


class At(gdb.Breakpoint):
    def __init__(self, spec: str) -> None:
        super().__init__(spec, internal=True)
        self.spec = spec

    def stop(self) -> bool:
        if armed["on"]:
            print("STATE", self.spec, state())
        return False


for cmd in ("set pagination off", "set breakpoint pending on", "set confirm off",
            "unset environment LINES", "unset environment COLUMNS"):
    gdb.execute(cmd)
Arm("pyrun_file", internal=True)
for spec in filter(None, os.environ.get("HG_AT", "").split(",")):
    At(spec)
gdb.execute("run")
