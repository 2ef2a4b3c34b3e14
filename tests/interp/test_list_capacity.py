"""Item-array capacities of lists that list_extend grows (list(x), x.extend(y), sorted(), starred
targets), per version. The capacities are what the real interpreters printed for
(sys.getsizeof(lst) - sys.getsizeof([])) // 8, n = 0..19 (PYENV_VERSION=3.8.18|3.9.18|3.10.13|3.13.0);
3.11.7 and 3.12.1 printed what 3.10.13 did."""

from __future__ import annotations

import pytest
from modelrun import run

from heapglass.alloc import sizes
from heapglass.profiles import get_profile

# list(iter(lst)) (guess = len), list(generator) (no hint: guess 8), five.extend(generator) on a list
# of 5 in 5 slots
MEASURED = {
    "3.8": {"iter": [0, 4, 5, 6, 7, 8, 9, 10, 12, 16, 17, 18, 19, 20, 21, 22, 24, 25, 26, 27],
            "gen": [0, 4, 5, 6, 7, 8, 12, 12, 12, 12, 12, 12, 12, 20, 20, 20, 20, 20, 20, 20],
            "five": [8, 9, 10, 12, 16, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 29, 29, 29, 29]},
    "3.9": {"iter": [0, 4, 8, 8, 8, 8, 12, 8, 8, 12, 12, 12, 12, 16, 16, 16, 16, 20, 20, 20],
            "gen": [0, 4, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16, 24, 24, 24],
            "five": [8, 12, 12, 16, 16, 16, 16, 16, 16, 16, 16, 16, 24, 24, 24, 24, 24, 24, 24, 24]},
    "3.10": {"iter": [0, 2, 2, 4, 4, 6, 6, 8, 8, 10, 10, 12, 12, 14, 14, 16, 16, 18, 18, 20],
             "gen": [0, 4, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16, 24, 24, 24],
             "five": [8, 12, 12, 16, 16, 16, 16, 16, 16, 16, 16, 16, 24, 24, 24, 24, 24, 24, 24, 24]},
}
MEASURED["3.11"] = MEASURED["3.12"] = MEASURED["3.13"] = MEASURED["3.10"]


@pytest.mark.parametrize("version", sorted(MEASURED))
def test_extend_by_iterator_path(version: str) -> None:
    """list_extend of a non-list: 'Make room' for the length hint (list_preallocate_exact on an empty
    list from 3.10), appends past it by app1, then the cut-back list_resize when the guess was big."""
    p = get_profile(version).alloc
    want = MEASURED[version]
    assert [sizes.list_capacity_after_extend(p, 0, 0, n, n) for n in range(20)] == want["iter"]
    assert [sizes.list_capacity_after_extend(p, 0, 0, n, 8) for n in range(20)] == want["gen"]
    assert [sizes.list_capacity_after_extend(p, 5, 5, n, 8) for n in range(20)] == want["five"]


# /tmp/ux.py of the task: sizes of r, b, c, f, h, then list(iter((1, 2))), list(range(5)),
# list(generator of 5), sorted([3, 1, 2])
UX = ("import sys\nfirst, *r = list(range(6))\na, *b = [1, 2, 3]\n*c, d = (1, 2, 3, 4, 5)\n"
      "e, *f = iter([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])\ng, *h = range(12)\n"
      "print(sys.getsizeof(r), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(f), sys.getsizeof(h))\n"
      "print(sys.getsizeof(list(iter((1, 2)))), sys.getsizeof(list(range(5))), "
      "sys.getsizeof(list(x for x in range(5))), sys.getsizeof(sorted([3, 1, 2])))\n")
UX_REAL = {"3.8": "120 96 120 200 200\n96 96 120 104\n", "3.9": "120 120 120 152 152\n120 96 120 120\n",
           **dict.fromkeys(("3.10", "3.11", "3.12", "3.13"), "104 72 104 152 152\n72 104 120 88\n")}


@pytest.mark.parametrize("version", sorted(UX_REAL))
def test_starred_list_and_sorted_sizes(version: str) -> None:
    """Starred targets are PySequence_List of the iterator (sized by its __length_hint__, the tail
    items cut off without a resize); list(x) presizes by len (3.8-3.9) or the hint (3.10+); sorted()
    is PySequence_List of its argument."""
    assert run(UX, version) == UX_REAL[version]


# measured (PYENV_VERSION=3.8.18 ... 3.13.0): pop()s to empty then extend([1, 2, 3]); del w[::2] twice + del w[::1] to empty then
# extend(iter([1, 2, 3])); del z[::-1] to empty then extend([7, 8, 9]); clear() then extend
EMPTIED = ("import sys\nu = [1, 2, 3, 4, 5]\nwhile u:\n    u.pop()\nu.extend([1, 2, 3])\n"
           "w = [1, 2, 3, 4, 5]\ndel w[::2]\ndel w[::2]\ndel w[::1]\nw.extend(iter([1, 2, 3]))\n"
           "z = list(range(8))\ndel z[::2]\ndel z[::2]\ndel z[::2]\ndel z[::-1]\nz.extend([7, 8, 9])\n"
           "c = [1, 2, 3]\nc.clear()\nc.extend([1, 2, 3])\n"
           "print(sys.getsizeof(u), sys.getsizeof(w), sys.getsizeof(z), sys.getsizeof(c))\n")
EMPTIED_REAL = {"3.8": "104 104 104 104\n", "3.9": "120 120 120 120\n",
                **dict.fromkeys(("3.10", "3.11"), "120 88 120 88\n"), **dict.fromkeys(("3.12", "3.13"), "88 88 120 88\n")}


@pytest.mark.parametrize("version", sorted(EMPTIED_REAL))
def test_emptied_list_keeps_zero_slot_array(version: str) -> None:
    """list_resize(0) reallocs ob_item to 0 bytes, a non-NULL block, so a later list_extend (3.10+)
    over-allocates through list_resize instead of list_preallocate_exact; _list_clear (clear(), a
    slice deletion that empties, pop() of the last item on 3.12+) frees it, so extend is exact."""
    assert run(EMPTIED, version) == EMPTIED_REAL[version]
