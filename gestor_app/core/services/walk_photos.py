"""Photos of walk answers: stored once by hash (``services.photos``), a ``Photo`` per attachment."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gestor_app.core.errors import ValidationError
from gestor_app.core.field.photo_meta import read_meta, strip_exif
from gestor_app.core.models.photo import Photo
from gestor_app.core.models.walk import WalkAnswer
from gestor_app.core.services.bin import move_to_bin
from gestor_app.core.services.photos import blob_path, store_bytes
from gestor_app.core.services.walks import get_answer, set_answer

OWNER = WalkAnswer.__tablename__
MAX_BYTES = 40 * 1024 * 1024


def add_answer_photo(session: Session, *, photos_dir: Path, walk_id: str, item_key: str, data: bytes,
                     original_name: str = "", caption: str = "") -> Photo:
    """Attach an image to the answer of an item (the answer is created if needed)."""
    if len(data) > MAX_BYTES:
        raise ValidationError("La foto pesa más de 40 MB.")
    meta = read_meta(data)  # refuses what is not an image before anything is written
    answer = set_answer(session, walk_id=walk_id, item_key=item_key)
    sha = store_bytes(photos_dir, data)
    photo = Photo(owner_entity=OWNER, owner_id=answer.id, sha256=sha, mime=meta.mime, size=len(data),
                  width=meta.width, height=meta.height, original_name=original_name[:255], caption=caption,
                  taken_at=meta.taken_at, gps_lon=meta.gps_lon, gps_lat=meta.gps_lat)
    session.add(photo)
    session.flush()
    return photo


def add_answer_photo_file(session: Session, *, photos_dir: Path, walk_id: str, item_key: str, path: Path) -> Photo:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(f"No se pudo leer la foto {Path(path).name}: {exc.strerror}.") from exc
    return add_answer_photo(session, photos_dir=photos_dir, walk_id=walk_id, item_key=item_key, data=data,
                            original_name=Path(path).name)


def answer_photos(session: Session, *, answer_ids: list[str]) -> dict[str, list[Photo]]:
    out: dict[str, list[Photo]] = {a: [] for a in answer_ids}
    if not answer_ids:
        return out
    q = select(Photo).where(Photo.owner_entity == OWNER, Photo.owner_id.in_(answer_ids), Photo.deleted.is_(False))
    for p in session.scalars(q.order_by(Photo.created_at, Photo.id)):
        out[p.owner_id or ""].append(p)
    return out


def remove_answer_photo(session: Session, *, photo_id: str) -> None:
    p = session.get(Photo, photo_id)
    if p is None or p.deleted or p.owner_entity != OWNER:
        raise ValidationError("La foto no existe o ya está en la papelera.")
    move_to_bin(session, p)


def photo_file(photos_dir: Path, photo: Photo) -> Path:
    return blob_path(photos_dir, photo.sha256)


def public_photo_bytes(photos_dir: Path, photo: Photo) -> bytes:
    """EXIF-free copy (no GPS, no camera data) for documents that leave the laptop."""
    return strip_exif(photo_file(photos_dir, photo).read_bytes())


def answer_of_photo(session: Session, photo: Photo) -> WalkAnswer:
    return get_answer(session, photo.owner_id or "")
