"""The caches' digests, made without importing `hashlib`.

`hashlib` loads OpenSSL's digests as it is imported (its `_hashlib`), which touches about half
a megabyte of libcrypto that a session otherwise never reads: a share of every session's peak
memory for the two caches' keys and checksums (issue 12, session memory; a bare Textual app
never imports it). The caches digest with BLAKE2b from CPython's own `_blake2` module instead,
which is what `hashlib.blake2b` is, as fast here as OpenSSL's SHA-256 and as good for the job:
an edited file or another engine must never meet an entry's key, and a damaged entry must
never match its checksum.

The validated cache names an entry by the SHA-256 of its file's path, as it always has (a new
naming would leave every old entry behind in the person's data directory): that digest of a
path is made by CPython's own SHA-256 module, slow for megabytes, instant for a path.
"""

from __future__ import annotations

from typing import Any

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter without CPython's module
    from hashlib import blake2b

SIZE = 32
"""Bytes of a digest (BLAKE2b's output cut to SHA-256's size: the entries' headers keep it)."""


def digest(data: bytes | memoryview = b"") -> blake2b:
    """A digest of `data` that more can be added to (`update`), as `hashlib.sha256(data)`."""
    return blake2b(data, digest_size=SIZE)


def _sha256_module() -> Any:
    try:
        import _sha256  # type: ignore[import-not-found]  # CPython 3.11

        return _sha256
    except ImportError:  # pragma: no cover - by version
        pass
    try:
        import _sha2  # type: ignore[import-not-found,unused-ignore]  # CPython 3.12 on

        return _sha2
    except ImportError:  # pragma: no cover - another interpreter
        import hashlib

        return hashlib


def sha256_hex(text: str) -> str:
    """The SHA-256 of a short text (a path), in hex."""
    hexdigest: str = _sha256_module().sha256(text.encode()).hexdigest()
    return hexdigest
