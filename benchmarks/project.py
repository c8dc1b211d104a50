"""Make a generated comuna a real sync project, through the same services as the CLI:

    python -m benchmarks.generate --out DIR --proyecto

The office gets its keys (``office init``); each laptop is enrolled on its own barrio, joins with
its enrollment file and sends its first bundle, which the office imports (it already holds those
versions: they count as unchanged, and the import binds the laptop's keys, sequence numbers and
date). A few laptops lose a bundle on the way (their second one arrives, not the first), so the
Coordinación screen shows gaps as a coordinator would see them. Slower than the raw merge the
benchmarks use (one real export and import per laptop), so only on request."""

from __future__ import annotations

import tempfile
from pathlib import Path

from gestor_app.core.config import load_config
from gestor_app.core.services.territories import current_territory
from gestor_app.core.store import open_store
from gestor_app.core.sync import exporter, identity, importer

OFFICE_NAME = "Municipalidad de Peñalolén (comuna generada)"


def as_project(office_dir: Path, laptops: list[Path], *, lose_first_of: int = 7) -> list[dict]:
    """Every ``lose_first_of``-th laptop's first bundle never reaches the office. Returns the
    import summary of each laptop's bundle that arrived."""
    office = open_store(load_config(data_dir=office_dir), device_name="oficina")
    summaries = []
    try:
        identity.office_init(office, name=OFFICE_NAME)
        with tempfile.TemporaryDirectory(prefix="gestor-proyecto-") as tmp:
            usb = Path(tmp)
            for n, path in enumerate(laptops, start=1):
                laptop = open_store(load_config(data_dir=path))
                try:
                    with laptop.transaction() as s:
                        barrio = current_territory(s)
                    enrollment = usb / f"inscripcion-{n}.json"
                    identity.enroll(office, device_name=laptop.device_name, out=enrollment,
                                    territories=[barrio.id] if barrio else [])
                    identity.join(laptop, enrollment)
                    bundle = exporter.export_from_laptop(laptop, usb).path
                    if lose_first_of and n % lose_first_of == 0:
                        bundle.unlink()  # lost on the way; the next one carries the same versions
                        bundle = exporter.export_from_laptop(laptop, usb).path
                    summary = importer.import_bundle(office, bundle)
                    if summary["status"] != "importado":
                        raise RuntimeError(f"{path.name}: {summary}")
                    summaries.append(summary)
                    bundle.unlink()
                finally:
                    laptop.close()
    finally:
        office.close()
    return summaries
