"""interp/hashing.py: PyObject_Hash as CPython computes it. The expected values were printed by the
real interpreters ([RUN 3.8.18, 3.11.7, 3.12.1] with PYTHONHASHSEED as given)."""

from __future__ import annotations

import pytest

from heapglass.interp.api import run_source
from heapglass.interp.hashing import Hasher, hash_secret, siphash, unicode_data
from heapglass.profiles import get_profile

TEXTS = "print(hash('abc'), hash('é€'), hash('𝄞x'), hash(b'xyz'), hash('a' * 17), hash(('a', 1)))\n"
REAL = {
    ("3.8", 0): "4596069200710135518 -1451051092483186943 7653283620506509038 8119339283406673805 "
                "1396813697137354710 7163165228127467273\n",
    ("3.8", 12345): "388598407153298160 6715035995491364296 -1863139335348065282 -6962011433569855711 "
                    "-5937579591139063380 -1999619100961757434\n",
    ("3.11", 0): "-4594863902769663758 1800529422896539876 -5730075756551495666 9013747392277146282 "
                 "-528609469319981417 6955645834154447545\n",
    ("3.11", 12345): "2962436275791859092 -3395351538606456607 -2926022228661077685 4758327554151670930 "
                     "9082819591080352504 -6027632689508735852\n",
}


@pytest.mark.parametrize("version, seed", sorted(REAL))
def test_str_and_bytes_hashes_are_cpythons_for_a_seed(version: str, seed: int) -> None:
    """siphash24 (3.8) and siphash13 (3.11) over latin-1, UCS-2 and UCS-4 storage, keyed by the secret
    PYTHONHASHSEED gives; a tuple's hash mixes them with xxHash."""
    assert run_source(TEXTS, "h.py", version, hash_seed=seed).stdout == REAL[(version, seed)]


def test_seed_zero_is_an_all_zero_secret_and_n_is_lcg_urandom() -> None:
    assert hash_secret(0) == hash_secret(None) == (0, 0)
    k0, k1 = hash_secret(12345)
    assert k0 != 0 and k1 != 0 and hash_secret(12345) == (k0, k1)


def test_siphash_rounds_differ_and_empty_input_hashes_zero() -> None:
    h24 = Hasher(get_profile("3.8"), 0, None)
    h13 = Hasher(get_profile("3.11"), 0, None)
    assert h24.text_hash("") == h13.text_hash("") == 0
    assert siphash(0, 0, b"abc", 2, 4) != siphash(0, 0, b"abc", 1, 3)


def test_unicode_storage_width_follows_the_widest_code_point() -> None:
    assert unicode_data("aé") == b"a\xe9"
    assert unicode_data("a€") == "a€".encode("utf-16-le")
    assert unicode_data("a𝄞") == "a𝄞".encode("utf-32-le")


def test_pointer_tuple_and_frozenset_hashes() -> None:
    assert Hasher.pointer_hash(0x7F0000001230) == 0x7F000000123
    assert Hasher.pointer_hash(0x1F) == 0xF000000000000001 - (1 << 64)     # the low bits rotate to the top
    assert Hasher.tuple_hash([]) == 5740354900026072187                 # hash(())
    assert Hasher.tuple_hash([1, 2]) == -3550055125485641917            # hash((1, 2))
    assert Hasher.frozenset_hash([]) == 133146708735736                 # hash(frozenset())
    assert Hasher.frozenset_hash([1, 2]) == -1826646154956904602        # hash(frozenset([1, 2]))


@pytest.mark.parametrize("version, expected", [("3.8", "True\n"), ("3.9", "True\n"), ("3.10", "False\n")])
def test_nan_hash_is_zero_until_3_10(version: str, expected: str) -> None:
    assert run_source("print(hash(float('nan')) == 0)\n", "n.py", version).stdout == expected


@pytest.mark.parametrize("version, expected", [("3.11", "False\n"), ("3.12", "True\n"), ("3.13", "True\n")])
def test_none_hash_is_a_constant_from_3_12(version: str, expected: str) -> None:
    assert run_source("print(hash(None) == 4238894112)\n", "n.py", version).stdout == expected


def test_user_hash_results_are_slot_tp_hash_s() -> None:
    src = ("class H:\n    def __init__(self, h): self.h = h\n    def __hash__(self): return self.h\n"
           "print(hash(H(-1)), hash(H(2 ** 62)), hash(H(2 ** 64)))\n")
    assert run_source(src, "u.py", "3.12").stdout == "-2 4611686018427387904 8\n"
