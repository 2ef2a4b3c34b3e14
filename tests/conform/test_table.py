"""The Markdown pass table used by `heapglass conform` and `--report`."""

from heapglass.conform.table import pass_table


def test_table_has_cells_na_and_column_totals() -> None:
    """One passed/total cell per (row, version), n/a where nothing ran, and a bold total row."""
    cells = {("cycles", "3.8"): (3, 4), ("cycles", "3.12"): (4, 4), ("weakref", "3.8"): (1, 2)}
    table = pass_table(["cycles", "weakref"], ["3.8", "3.12"], cells)
    assert table.splitlines() == [
        "| topic | 3.8 | 3.12 |",
        "|---|---:|---:|",
        "| cycles | 3/4 | 4/4 |",
        "| weakref | 1/2 | n/a |",
        "| **total** | **4/6** | **4/4** |",
    ]


def test_row_title_is_configurable() -> None:
    """The per-program table of `heapglass conform PATH...` heads its first column "program"."""
    assert pass_table(["a.py"], ["3.9"], {("a.py", "3.9"): (1, 1)}, row_title="program").startswith(
        "| program | 3.9 |")
