"""Time one benchmark program natively, in-process: compile it, then time `exec` of it.

Usage: python run_program.py PROGRAM.py OUT.json

The times (wall, and CPU = process_time) cover the program's own execution (what `run_source` covers on the model), not interpreter
start-up or compilation. The program's stdout goes where this process's stdout goes.
"""

import json
import sys
import time


def main(argv):
    path, out = argv[1], argv[2]
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    namespace = {"__name__": "__main__", "__file__": path}
    t0, c0 = time.perf_counter(), time.process_time()
    exec(code, namespace)  # noqa: S102 - running the benchmark program is the point
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    sys.stdout.flush()
    with open(out, "w") as f:
        json.dump({"seconds": seconds, "cpu_seconds": cpu}, f)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
