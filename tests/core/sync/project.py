"""A sync project on disk for tests: an office and laptops enrolled and joined through the public
services. Built once per test session and copied (``copytree``) for each test or example."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from gestor_app.core.config import load_config
from gestor_app.core.models import ChangeLog, MapFeature, Territory
from gestor_app.core.services.territories import create_territory
from gestor_app.core.store import Store, open_store
from gestor_app.core.sync import exporter, identity, importer


@dataclass
class Project:
    root: Path
    n_laptops: int
    peers: list[str] = field(default_factory=list)
    territory: str = ""
    _open: dict[str, Store] = field(default_factory=dict)

    def store(self, name: str) -> Store:
        if name not in self._open:
            self._open[name] = open_store(load_config(data_dir=self.root / name))
        return self._open[name]

    @property
    def office(self) -> Store:
        return self.store("oficina")

    def laptop(self, i: int) -> Store:
        return self.store(f"terreno{i}")

    def close(self) -> None:
        for s in self._open.values():
            s.close()
        self._open.clear()

    def usb(self) -> Path:
        d = self.root / "usb"
        d.mkdir(exist_ok=True)
        return d

    def send(self, i: int) -> Path:
        """Laptop i writes a bundle for the office."""
        return exporter.export_from_laptop(self.laptop(i), self.usb()).path

    def answer(self, i: int) -> Path:
        """The office writes a bundle for laptop i."""
        return exporter.export_for_device(self.office, self.peers[i], self.usb()).path

    def to_office(self, i: int) -> dict[str, Any]:
        return importer.import_bundle(self.office, self.send(i))

    def to_laptop(self, i: int) -> dict[str, Any]:
        return importer.import_bundle(self.laptop(i), self.answer(i))

    def copy(self, dest: Path) -> Project:
        self.close()
        shutil.copytree(self.root, dest)
        return Project(dest, self.n_laptops, list(self.peers), self.territory)


def build_project(root: Path, n_laptops: int) -> Project:
    p = Project(root, n_laptops)
    with p.office.transaction() as s:
        create_territory(s, name="Peñalolén", level="comuna", code="13122")
        barrio = create_territory(s, name="Lo Hermida", level="barrio", parent_id=None)
        p.territory = barrio.id
    identity.office_init(p.office, name="Municipalidad de Peñalolén")
    for i in range(n_laptops):
        f = root / f"inscripcion{i}.json"
        p.peers.append(identity.enroll(p.office, device_name=f"Notebook {i}", out=f).id)
        identity.join(p.laptop(i), f)
        assert p.to_office(i)["status"] == "importado"  # binds the laptop's keys
        assert p.to_laptop(i)["status"] == "importado"
    p.close()
    return p


def fingerprint(store: Store) -> dict[str, Any]:
    """Everything an import may change, to prove a rejected bundle changed nothing."""
    with store.transaction() as s:
        return {"versions": sorted((d, q) for d, q in s.execute(select(ChangeLog.device_id, ChangeLog.seq))),
                "features": sorted((f.id, f.title, f.description, f.deleted) for f in s.scalars(select(MapFeature))),
                "territories": sorted(t.id for t in s.scalars(select(Territory)))}


def features(store: Store) -> dict[str, tuple]:
    with store.transaction() as s:
        return {f.id: (f.title, f.description, f.category, f.deleted, f.geometry["coordinates"])
                for f in s.scalars(select(MapFeature))}
