from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.sync.project import Project, build_project


@pytest.fixture(scope="session")
def template_project(tmp_path_factory) -> Project:
    return build_project(tmp_path_factory.mktemp("proyecto") / "p", 3)


@pytest.fixture
def project(template_project: Project, tmp_path: Path) -> Project:
    p = template_project.copy(tmp_path / "p")
    yield p
    p.close()
