"""`python -m heapglass …` is the `heapglass` command."""

from .cli import entry

entry()
