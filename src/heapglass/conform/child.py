"""Child-process entry point for `run_model_isolated`: runs one program on the model, prints JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from heapglass.conform.model import ModelUnavailable, run_model


def main(argv: list[str]) -> int:
    version, program, *flags = argv
    try:
        outcome = run_model(Path(program), version, home="--home" in flags)
    except ModelUnavailable as exc:
        print(json.dumps({"unavailable": str(exc)}))
        return 0
    print(json.dumps({**outcome.as_dict(), "note": outcome.note}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
