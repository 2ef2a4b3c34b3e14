#!/usr/bin/env bash
# System packages the test suite uses: Debian's Chromium (the step-through page is tested in a real
# headless browser) and Graphviz's `dot` (graph rendering). Installed only when missing; needs root/apt.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v dot >/dev/null 2>&1 || need+=(graphviz)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "note: cannot install ${need[*]} (not root or no apt-get); the tests that need them will say so" >&2
  exit 0
fi
apt-get update -qq >/dev/null 2>&1 || true
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
  || echo "note: installing ${need[*]} failed; the tests that need them will say so" >&2
exit 0
