"""``python -m heapglass.conform``: the ``heapglass conform`` command on its own."""

import sys

from heapglass.conform.cli import run

sys.exit(run())
