#!/bin/sh
# Install what the view tests render with: Debian's headless-capable Chromium (tests/views/test_html.py)
# and Graphviz's `dot` (tests/views/test_graph.py). CI runs this before the tests; the tests never
# install anything themselves and skip with this script's name when a program is missing.
set -eu
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium graphviz fonts-noto-cjk
chromium --version
dot -V
