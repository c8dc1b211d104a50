"""The photo store: image files kept once by SHA-256 under the data folder's ``photos/``."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from gestor_app.core.errors import ValidationError

_SHA = set("0123456789abcdef")


def blob_path(photos_dir: Path, sha256: str) -> Path:
    if len(sha256) != 64 or set(sha256) - _SHA:
        raise ValidationError("Identificador de foto inválido.")
    return photos_dir / sha256[:2] / sha256


def store_bytes(photos_dir: Path, data: bytes, *, expected_sha256: str | None = None, fsync: bool = True) -> str:
    """Write ``data`` once (temp file, fsync, rename); return its hash. Verifies it when expected.
    ``fsync=False``: the caller syncs once for many files (bundle import, before its commit)."""
    sha = hashlib.sha256(data).hexdigest()
    if expected_sha256 is not None and sha != expected_sha256:
        raise ValidationError("La foto no coincide con su huella SHA-256: archivo dañado o alterado.")
    dest = blob_path(photos_dir, sha)
    if dest.exists():
        return sha
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if fsync:
                os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return sha


def has_blob(photos_dir: Path, sha256: str) -> bool:
    return blob_path(photos_dir, sha256).is_file()
