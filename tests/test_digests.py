"""The caches' digests: BLAKE2b without importing hashlib (OpenSSL's pages: session memory)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from designtrainer.loading import digests


def test_digest_is_blake2b_of_sha256s_size_and_grows_by_update() -> None:
    made = digests.digest(b"ab")
    made.update(b"c")
    assert made.digest() == hashlib.blake2b(b"abc", digest_size=32).digest()
    assert len(made.digest()) == digests.SIZE == 32


def test_a_path_is_named_by_its_sha256_as_before() -> None:
    """Entry names stay what they were, so no old entry is left behind."""
    path = "/home/someone/cases/tiny.yaml"
    assert digests.sha256_hex(path) == hashlib.sha256(path.encode()).hexdigest()


def test_loading_from_the_caches_never_imports_hashlib(tmp_path: Path) -> None:
    """A library loaded twice (its caches written, then read) and a rubric compiled and read
    back, in a fresh process: hashlib (and OpenSSL's digests) never imported."""
    code = """
import sys
from designtrainer.loading.library import default_sources, load_library
for _ in range(2):  # writing the caches, then reading them
    load_library(default_sources()).compiled("eta-prediction")
print("hashlib" in sys.modules, "_hashlib" in sys.modules)
"""
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={"DESIGNTRAINER_HOME": str(tmp_path), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["False", "False"]
    assert list((tmp_path / "cache" / "compiled").iterdir())
    assert list((tmp_path / "cache" / "validated").iterdir())
