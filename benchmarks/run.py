"""Issue 7's benchmark command: `python benchmarks/run.py [--quick] [--json FILE] ...`.

The same as `heapglass bench` (it runs `heapglass.bench` with the same options): every workload on the
model and natively in the same run, medians, ratios and targets. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import sys

from heapglass.bench import configure, main

if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__.split("\n\n")[0])
    configure(parser)
    sys.exit(main(parser.parse_args()))
