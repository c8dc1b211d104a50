"""This installation's key pairs, kept in ``<data>/keys`` (readable by the user only).

- age X25519 identity: bundles are encrypted to it (``pyrage``);
- Ed25519 signing key: bundles it sends are signed with it (``cryptography``)."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from gestor_app.core.errors import GestorError

AGE_FILE = "age-identity.txt"
SIGN_FILE = "ed25519.pem"


@dataclass(frozen=True)
class KeyPair:
    age: x25519.Identity
    sign: Ed25519PrivateKey

    @property
    def age_public(self) -> str:
        return str(self.age.to_public())

    @property
    def sign_public(self) -> str:
        raw = self.sign.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return base64.b64encode(raw).decode()

    def signature(self, message: bytes) -> bytes:
        return self.sign.sign(message)


def verify_signature(public_b64: str, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64)).verify(signature, message)
        return True
    except (InvalidSignature, ValueError):
        return False


def age_recipient(public: str) -> x25519.Recipient:
    return x25519.Recipient.from_str(public)


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def keys_dir(data_dir: Path) -> Path:
    return data_dir / "keys"


def create_keys(data_dir: Path) -> KeyPair:
    d = keys_dir(data_dir)
    if (d / AGE_FILE).exists() or (d / SIGN_FILE).exists():
        raise GestorError(f"Ya existen claves en {d}: esta carpeta de datos ya pertenece a un proyecto.")
    pair = KeyPair(x25519.Identity.generate(), Ed25519PrivateKey.generate())
    _write_private(d / AGE_FILE, str(pair.age).encode())
    _write_private(d / SIGN_FILE, pair.sign.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                          serialization.NoEncryption()))
    return pair


def load_keys(data_dir: Path) -> KeyPair:
    d = keys_dir(data_dir)
    try:
        age = x25519.Identity.from_str((d / AGE_FILE).read_text().strip())
        sign = serialization.load_pem_private_key((d / SIGN_FILE).read_bytes(), password=None)
    except FileNotFoundError as exc:
        raise GestorError(f"Faltan las claves de esta instalación en {d}.") from exc
    if not isinstance(sign, Ed25519PrivateKey):
        raise GestorError("La clave de firma de esta instalación no es Ed25519.")
    return KeyPair(age, sign)
