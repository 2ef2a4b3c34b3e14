#!/bin/sh
# Run one probe program on every installed reference interpreter: ./run_oracle.sh probe.py
for v in 3.8.18 3.9.18 3.10.13 3.11.7 3.12.1 3.13.0; do
  echo "== $v"; PYENV_VERSION=$v python "$@" 2>&1
done
