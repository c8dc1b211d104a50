"""The bundle's inner archive (a zip, before encryption): ``manifest.json``, ``records.jsonl``
(one version per line), ``photos/<sha256>`` and, from the office, the project's resources
(``resources/<sha256>``: legend and templates; ``basemaps/<sha256>``: MBTiles). Read defensively: only those names, no folders,
links or absolute paths, bounded sizes and compression ratios, every hash checked."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from gestor_app.core.errors import GestorError

MANIFEST, RECORDS = "manifest.json", "records.jsonl"
_NAME = re.compile(r"^(manifest\.json|records\.jsonl|(photos|resources|basemaps)/[0-9a-f]{64})$")
HASHED = ("photos/", "resources/", "basemaps/")  # named by the sha256 of their content
MAX_MEMBERS = 200_000
MAX_MANIFEST = 64 * 1024 * 1024
MAX_RECORDS_BYTES = 8 * 1024 ** 3
MAX_PHOTO = 64 * 1024 * 1024
MAX_RESOURCE = 4 * 1024 * 1024
MAX_BASEMAP = 16 * 1024 ** 3
MAX_TOTAL = 32 * 1024 ** 3
MAX_RATIO = 200  # a real bundle compresses JSON ~10×; a bomb compresses 1000×
MAX_LINE = 16 * 1024 * 1024


class BundleRejected(GestorError):
    """The file is not a bundle this installation may import; nothing was changed."""


def _limit(name: str) -> int:
    if name in (MANIFEST, RECORDS):
        return MAX_MANIFEST if name == MANIFEST else MAX_RECORDS_BYTES
    return {"photos": MAX_PHOTO, "resources": MAX_RESOURCE, "basemaps": MAX_BASEMAP}[name.split("/")[0]]


def write_archive(path: Path, manifest: dict[str, Any], versions: Iterable[dict[str, Any]],
                  photos: Iterable[tuple[str, Path]], extra: Iterable[tuple[str, bytes | Path]] = ()) -> dict[str, Any]:
    """Write the archive; fills ``manifest['files']`` (sha256 per member) and ``['counts']``.
    ``extra``: (``resources/<sha>`` or ``basemaps/<sha>``, bytes or a file streamed in)."""
    files: dict[str, str] = {}
    n = 0
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=5) as zf:
        h = hashlib.sha256()
        with zf.open(RECORDS, "w", force_zip64=True) as out:
            for v in versions:
                line = orjson.dumps(v, default=str) + b"\n"
                h.update(line)
                out.write(line)
                n += 1
        files[RECORDS] = h.hexdigest()
        n_photos = 0
        for sha, src in photos:
            zf.write(src, f"photos/{sha}", compress_type=zipfile.ZIP_STORED)  # JPEG does not compress
            files[f"photos/{sha}"] = sha
            n_photos += 1
        counts = {"versions": n, "photos": n_photos}
        for name, content in extra:
            if isinstance(content, bytes):
                zf.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
            else:
                zf.write(content, name, compress_type=zipfile.ZIP_STORED)  # MBTiles: PNG/JPEG tiles
            files[name] = name.split("/", 1)[1]
            kind = name.split("/")[0]
            counts[kind] = counts.get(kind, 0) + 1
        manifest = {**manifest, "files": files, "counts": counts}
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    return manifest


class Archive:
    """An opened, structurally checked archive."""

    def __init__(self, path: Path) -> None:
        try:
            self.zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise BundleRejected("El contenido descifrado no es un paquete válido (archivo dañado).") from exc
        infos = self.zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise BundleRejected(f"El paquete tiene demasiados archivos ({len(infos)}).")
        total = 0
        names = set()
        for info in infos:
            name = info.filename
            if not _NAME.match(name) or name in names:
                raise BundleRejected(f"El paquete contiene un archivo no permitido: «{name[:80]}».")
            if info.is_dir() or stat.S_ISLNK(info.external_attr >> 16):
                raise BundleRejected(f"El paquete contiene un enlace o carpeta no permitido: «{name[:80]}».")
            if info.file_size > _limit(name):
                raise BundleRejected(f"El archivo «{name}» del paquete es demasiado grande.")
            if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise BundleRejected("El paquete parece una bomba de descompresión; no se importa.")
            total += info.file_size
            names.add(name)
        if total > MAX_TOTAL:
            raise BundleRejected("El paquete descomprimido sería demasiado grande.")
        if MANIFEST not in names or RECORDS not in names:
            raise BundleRejected("Al paquete le falta su manifiesto o sus registros.")
        self.names = names
        self.sizes = {info.filename: info.file_size for info in infos}
        raw = self._read_all(MANIFEST)
        try:
            self.manifest = json.loads(raw)
        except ValueError as exc:
            raise BundleRejected("El manifiesto del paquete está dañado.") from exc
        if not isinstance(self.manifest, dict) or not isinstance(self.manifest.get("files"), dict):
            raise BundleRejected("El manifiesto del paquete está incompleto.")
        listed = set(self.manifest["files"])
        if listed != names - {MANIFEST}:
            raise BundleRejected("El manifiesto no coincide con el contenido del paquete.")

    def _open(self, name: str) -> IO[bytes]:
        return self.zf.open(name)

    def _read_all(self, name: str) -> bytes:
        with self._open(name) as fh:
            data = fh.read(MAX_MANIFEST + 1)
        if len(data) > MAX_MANIFEST:
            raise BundleRejected(f"El archivo «{name}» del paquete es demasiado grande.")
        return data

    def check_hashes(self) -> None:
        """Stream every member once and compare with the manifest (photos: their own name)."""
        for name, expected in sorted(self.manifest["files"].items()):
            h = hashlib.sha256()
            try:
                with self._open(name) as fh:
                    for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""):
                        h.update(chunk)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise BundleRejected(f"El archivo «{name}» del paquete está dañado.") from exc
            if h.hexdigest() != expected or (name.startswith(HASHED) and expected != name.split("/", 1)[1]):
                raise BundleRejected(f"La huella de «{name}» no coincide: el paquete fue alterado o está dañado.")

    def records(self) -> Iterator[dict[str, Any]]:
        with self._open(RECORDS) as fh:
            for n, line in enumerate(fh, start=1):
                if len(line) > MAX_LINE:
                    raise BundleRejected(f"El registro {n} del paquete es demasiado grande.")
                try:
                    item = orjson.loads(line)
                except ValueError as exc:
                    raise BundleRejected(f"El registro {n} del paquete está dañado.") from exc
                if not isinstance(item, dict):
                    raise BundleRejected(f"El registro {n} del paquete no tiene el formato esperado.")
                yield item

    def photos(self) -> list[str]:
        return sorted(n[7:] for n in self.names if n.startswith("photos/"))

    def photo_bytes(self, sha: str) -> bytes:
        with self._open(f"photos/{sha}") as fh:
            return fh.read(MAX_PHOTO + 1)

    def member_bytes(self, name: str) -> bytes:
        with self._open(name) as fh:
            data = fh.read(_limit(name) + 1)
        if len(data) > _limit(name):
            raise BundleRejected(f"El archivo «{name}» del paquete es demasiado grande.")
        return data

    def extract(self, name: str, dest: Path) -> None:
        """Stream a content-addressed member to ``dest`` (fsynced), checking its hash on the way."""
        h, n = hashlib.sha256(), 0
        try:
            with self._open(name) as src, open(dest, "wb") as out:
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    n += len(chunk)
                    if n > _limit(name):
                        raise BundleRejected(f"El archivo «{name}» del paquete es demasiado grande.")
                    h.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except (zipfile.BadZipFile, EOFError) as exc:
            raise BundleRejected(f"El archivo «{name}» del paquete está dañado.") from exc
        if h.hexdigest() != name.split("/", 1)[1]:
            raise BundleRejected(f"La huella de «{name}» no coincide: el paquete fue alterado o está dañado.")

    def close(self) -> None:
        self.zf.close()
