"""Who signs the documents: municipality, department and logo, from this installation's settings
(later distributed by the office bundle). Without settings: "Municipalidad de <comuna>" from the
territory's comuna and the application's own icon as the logo."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from gestor_app.core.docs.kit import DEFAULT_LOGO, Letterhead
from gestor_app.core.errors import ValidationError
from gestor_app.core.models.territory import Territory
from gestor_app.core.services.settings import get_setting, set_setting

MUNICIPALITY = "documents.municipality"
DEPARTMENT = "documents.department"
LOGO = "documents.logo"
DEFAULT_DEPARTMENT = "Dirección de Seguridad Pública"


def _comuna_of(session: Session, territory_id: str | None) -> Territory | None:
    seen: set[str] = set()
    t = session.get(Territory, territory_id) if territory_id else None
    while t is not None and t.id not in seen:
        if t.level == "comuna":
            return t
        seen.add(t.id)
        t = session.get(Territory, t.parent_id) if t.parent_id else None
    return None


def letterhead(session: Session, *, territory_id: str | None = None) -> Letterhead:
    municipality = get_setting(session, MUNICIPALITY)
    if not municipality:
        comuna = _comuna_of(session, territory_id)
        municipality = f"Municipalidad de {comuna.name}" if comuna else "Municipalidad"
    logo = get_setting(session, LOGO)
    logo_path = Path(logo) if logo and Path(logo).is_file() else (DEFAULT_LOGO if DEFAULT_LOGO.is_file() else None)
    return Letterhead(str(municipality), str(get_setting(session, DEPARTMENT) or DEFAULT_DEPARTMENT), logo_path)


def set_letterhead(session: Session, *, municipality: str | None = None, department: str | None = None,
                   logo: str | Path | None = None) -> None:
    """Store the letterhead settings (``None`` leaves a value as it is; "" goes back to the default).
    The logo must be a readable PNG or JPEG file: it is checked before anything is stored."""
    if logo:
        _check_logo(Path(logo))
        logo = Path(logo).resolve()
    for key, value in ((MUNICIPALITY, municipality), (DEPARTMENT, department), (LOGO, logo)):
        if value is not None:
            set_setting(session, key, str(value))


def _check_logo(path: Path) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as img:
            ok = img.format in ("PNG", "JPEG")
    except (OSError, UnidentifiedImageError):
        ok = False
    if not ok:
        raise ValidationError(f"El logo {path.name} no es una imagen PNG o JPEG legible.")
