"""A bundle never replaces a file already in the folder."""

from __future__ import annotations

from datetime import datetime

from gestor_app.core.sync import exporter, importer


class _Frozen(datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime(2026, 12, 3, 10, 0, 0, tzinfo=tz)


def test_same_name_same_second_keeps_both_files(project, monkeypatch):
    monkeypatch.setattr(exporter, "datetime", _Frozen)
    assert project.laptop(0).device_name == project.laptop(1).device_name  # installed from one image
    first = project.send(0)
    second = project.send(1)
    assert first != second and first.is_file() and second.is_file()
    assert second.name.endswith("-2.gtbundle")
    assert importer.import_bundle(project.office, first)["status"] == "importado"
    assert importer.import_bundle(project.office, second)["status"] == "importado"
