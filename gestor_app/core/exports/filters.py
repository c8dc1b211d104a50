"""What an export includes: territories (with their sub-territories), categories, gestores
(devices), a date range, and sensitive data only on explicit request."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from gestor_app.core.errors import ValidationError
from gestor_app.core.services.territories import current_territory, list_territories

KEYS = {"territorio": "territory", "categoria": "category", "gestor": "device", "desde": "since",
        "hasta": "until", "sensibles": "sensitive"}


@dataclass(frozen=True)
class ExportFilter:
    territory_ids: frozenset[str] | None = None  # None: every territory
    categories: frozenset[str] | None = None
    devices: frozenset[str] | None = None  # origin_device of the record: the gestor's laptop
    since: date | None = None
    until: date | None = None
    include_sensitive: bool = False

    def day_ok(self, day: date | None) -> bool:
        if day is None:
            return self.since is None and self.until is None
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)


def _day(text: str, key: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(f"Filtro {key}: «{text}» no es una fecha AAAA-MM-DD.") from exc


def check_dates(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise ValidationError("Filtro de fechas: «desde» es posterior a «hasta».")


def with_descendants(session: Session, roots: set[str]) -> frozenset[str]:
    territories = list_territories(session)
    known = {t.id for t in territories}
    unknown = roots - known
    if unknown:
        raise ValidationError(f"Territorio desconocido: {', '.join(sorted(unknown))}.")
    out = set(roots)
    grew = True
    while grew:
        grew = False
        for t in territories:
            if t.parent_id in out and t.id not in out:
                out.add(t.id)
                grew = True
    return frozenset(out)


def parse_filters(session: Session, items: list[str]) -> ExportFilter:
    """``clave=valor`` pairs (Spanish keys): territorio=ID|actual, categoria=a,b, gestor=ID,
    desde=AAAA-MM-DD, hasta=AAAA-MM-DD, sensibles=si."""
    values: dict[str, object] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not sep or key not in KEYS or not value:
            raise ValidationError(f"Filtro «{item}» no válido: use {', '.join(f'{k}=…' for k in KEYS)}.")
        values[KEYS[key]] = value
    territories = None
    if "territory" in values:
        ids = set(str(values["territory"]).split(","))
        if "actual" in ids:
            t = current_territory(session)
            if t is None:
                raise ValidationError("No hay un territorio actual para el filtro territorio=actual.")
            ids = (ids - {"actual"}) | {t.id}
        territories = with_descendants(session, ids)
    f = ExportFilter(
        territory_ids=territories,
        categories=frozenset(str(values["category"]).split(",")) if "category" in values else None,
        devices=frozenset(str(values["device"]).split(",")) if "device" in values else None,
        since=_day(str(values["since"]), "desde") if "since" in values else None,
        until=_day(str(values["until"]), "hasta") if "until" in values else None,
        include_sensitive=str(values.get("sensitive", "no")).lower() in ("si", "sí", "yes", "1"))
    check_dates(f.since, f.until)
    return f
