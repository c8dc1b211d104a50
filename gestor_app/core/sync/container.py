"""The bundle file as it travels: a readable header, the sender's Ed25519 signature over it, and
the age-encrypted archive. The header commits to the ciphertext's size and SHA-256, so a
truncated, extended or altered file fails before anything is decrypted.

    GESTOR-BUNDLE\\n | u32 header length | header (JSON) | 64-byte signature | age ciphertext
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage

from gestor_app.core.sync.archive import BundleRejected
from gestor_app.core.sync.keys import KeyPair, age_recipient, verify_signature

MAGIC = b"GESTOR-BUNDLE\n"
FORMAT = "gestor-bundle"
FORMAT_VERSION = 1
SUFFIX = ".gtbundle"
MAX_HEADER = 64 * 1024
_SIG = 64
_DOMAIN = b"gestor-bundle-header-v1\n"  # signatures over headers cannot be replayed elsewhere


@dataclass
class Opened:
    path: Path
    header: dict[str, Any]
    header_bytes: bytes
    signature: bytes
    offset: int  # where the ciphertext starts


def fsync_replace(tmp: Path, dest: Path) -> None:
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)
    try:
        dfd = os.open(dest.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:  # Windows cannot fsync a folder
        pass


def sha256_file(path: Path, offset: int = 0) -> tuple[str, int]:
    h, n = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        fh.seek(offset)
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
            n += len(chunk)
    return h.hexdigest(), n


def seal(archive: Path, dest: Path, header: dict[str, Any], keys: KeyPair, recipient_age_public: str) -> Path:
    """Encrypt ``archive`` to the recipient, sign, write ``dest`` (temp name, fsync, rename)."""
    with tempfile.TemporaryDirectory(prefix="gestor-seal-") as tmp:
        cipher = Path(tmp) / "c.age"
        pyrage.encrypt_file(str(archive), str(cipher), [age_recipient(recipient_age_public)])
        sha, size = sha256_file(cipher)
        header = {**header, "format": FORMAT, "format_version": FORMAT_VERSION, "ciphertext_size": size,
                  "ciphertext_sha256": sha}
        hb = json.dumps(header, ensure_ascii=False, sort_keys=True).encode()
        part = dest.with_name(f".{dest.name}.part")
        try:
            with open(part, "wb") as out, open(cipher, "rb") as src:
                out.write(MAGIC + struct.pack(">I", len(hb)) + hb + keys.signature(_DOMAIN + hb))
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    out.write(chunk)
            fsync_replace(part, dest)
        finally:
            part.unlink(missing_ok=True)
    return dest


def open_header(path: Path) -> Opened:
    """Read what can be known without the key. Checks the structure and the size."""
    try:
        with open(path, "rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise BundleRejected("El archivo no es un paquete de Gestor Territorial.")
            raw = fh.read(4)
            if len(raw) != 4:
                raise BundleRejected("El paquete está incompleto (truncado).")
            (n,) = struct.unpack(">I", raw)
            if n > MAX_HEADER:
                raise BundleRejected("La cabecera del paquete es demasiado grande: archivo dañado.")
            hb, sig = fh.read(n), fh.read(_SIG)
    except OSError as exc:
        raise BundleRejected(f"No se pudo leer {path.name}: {exc.strerror or exc}.") from exc
    if len(hb) != n or len(sig) != _SIG:
        raise BundleRejected("El paquete está incompleto (truncado).")
    try:
        header = json.loads(hb)
    except ValueError as exc:
        raise BundleRejected("La cabecera del paquete está dañada.") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise BundleRejected("El archivo no es un paquete de Gestor Territorial.")
    version = header.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise BundleRejected("La cabecera del paquete está dañada.")
    if version > FORMAT_VERSION:
        raise BundleRejected("El paquete fue creado por una versión más nueva de la aplicación: "
                             "actualice la aplicación para importarlo.")
    offset = len(MAGIC) + 4 + n + _SIG
    size = path.stat().st_size - offset
    if size != header.get("ciphertext_size"):
        raise BundleRejected("El paquete está incompleto o tiene datos de más (tamaño distinto del declarado).")
    return Opened(path, header, hb, sig, offset)


def verify_and_decrypt(opened: Opened, sender_sign_public: str, keys: KeyPair, out_archive: Path) -> None:
    if not verify_signature(sender_sign_public, opened.signature, _DOMAIN + opened.header_bytes):
        raise BundleRejected("La firma del paquete no es válida: no viene del equipo que dice o fue alterado.")
    with tempfile.TemporaryDirectory(prefix="gestor-open-") as tmp:
        cipher = Path(tmp) / "c.age"
        h = hashlib.sha256()
        with open(opened.path, "rb") as src, open(cipher, "wb") as dst:
            src.seek(opened.offset)
            for chunk in iter(lambda: src.read(1 << 20), b""):
                h.update(chunk)
                dst.write(chunk)
        if h.hexdigest() != opened.header.get("ciphertext_sha256"):
            raise BundleRejected("El contenido del paquete fue alterado o está dañado (huella distinta).")
        try:
            pyrage.decrypt_file(str(cipher), str(out_archive), [keys.age])
        except Exception as exc:  # pyrage.DecryptError and I/O errors from the Rust side
            raise BundleRejected("No se pudo descifrar el paquete: no está dirigido a esta instalación.") from exc
