# heapglass: the two jobs (see README). `make demo` sets up and runs the demo; `make test` sets up and
# runs the whole test suite (it also installs the system packages the view tests need: Chromium, Graphviz).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

$(BIN)/heapglass: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -e '.[test]'
	touch $@

.PHONY: bytecode
bytecode: $(BIN)/heapglass    # this machine sets PYTHONDONTWRITEBYTECODE=1: compile once, start fast
	$(BIN)/python -m compileall -q -x 'interp/modules/lib/' src/heapglass

.PHONY: setup demo test system-packages
setup: $(BIN)/heapglass bytecode

demo: setup
	$(BIN)/heapglass run examples/demo.py

system-packages:
	bash scripts/install_system_packages.sh

test: setup system-packages
	$(BIN)/python -m pytest
