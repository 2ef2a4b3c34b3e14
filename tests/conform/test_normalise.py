"""The shared normaliser rewrites only host-dependent text and says which rules it applied."""

from heapglass.conform.normalise import describe, normalise


def test_address_in_default_repr_is_replaced() -> None:
    """CPython prints `<C object at 0x7f...>`: the address changes from run to run (ASLR)."""
    result = normalise("<__main__.C object at 0x7f3a2c1b4e50>\n")
    assert result.text == "<__main__.C object at 0x?>\n"
    assert result.applied == ("address",)


def test_short_hex_values_printed_by_a_program_are_kept() -> None:
    """`hex(255)` is program output, not an address: fewer than six hex digits is left alone."""
    assert normalise("0xff 0x1234\n").text == "0xff 0x1234\n"


def test_case_directory_becomes_placeholder() -> None:
    """3.9+ tracebacks show the absolute script path; only the program's directory is rewritten."""
    text = 'File "/home/u/corpus/errors/x.py", line 3, in <module>\n'
    result = normalise(text, "/home/u/corpus/errors")
    assert result.text == 'File "<dir>/x.py", line 3, in <module>\n'
    assert result.applied == ("case directory",)


def test_stdlib_path_of_any_installation_becomes_placeholder() -> None:
    """A traceback through weakref.py names the interpreter's install prefix, which is host-specific."""
    text = 'File "/root/.pyenv/versions/3.12.1/lib/python3.12/weakref.py", line 666, in _exitfunc\n'
    result = normalise(text)
    assert result.text == 'File "<stdlib>/weakref.py", line 666, in _exitfunc\n'
    assert result.applied == ("stdlib path",)


def test_debug_stats_timing_is_replaced() -> None:
    """DEBUG_STATS prints `%.4fs elapsed`, a wall-clock time."""
    result = normalise("gc: done, 1 unreachable, 0 uncollectable, 0.0003s elapsed\n")
    assert result.text == "gc: done, 1 unreachable, 0 uncollectable, ?s elapsed\n"
    assert result.applied == ("timing",)


def test_memory_management_numbers_are_untouched() -> None:
    """Refcounts, collect() results and sizes are the point of the corpus and must never be normalised."""
    text = "4294967295\n2 3 56 216\ngc: done, 7 unreachable\n"
    assert normalise(text, "/x") == normalise(text, "/x").__class__(text, ())


def test_describe_names_each_applied_rule() -> None:
    """The diff header lists the rewrites so a reader knows what was not compared literally."""
    assert describe(()) == "normalised: nothing"
    assert describe(("address", "timing")) == "normalised: 0x<hex address> -> 0x?; N.NNNNs elapsed -> ?s elapsed"
