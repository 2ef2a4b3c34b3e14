"""Native sides of the benchmarks: standalone scripts run by the real interpreter being compared.

They import nothing from heapglass and keep to syntax every supported CPython (3.8-3.13) accepts, so
the same file runs under ``PYENV_VERSION=3.x.y python``. Each writes its measurement as JSON to the
path given as its last argument.
"""
