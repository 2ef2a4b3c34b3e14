"""CPython's pure-Python library files that the model runs as simulated modules (loaded as text by
`heapglass.interp.modules.libsrc`, never imported on the host)."""
