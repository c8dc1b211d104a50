"""The app never reaches the network: no fetchable URL in code or resources, and the guard works."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

import gestor_app
from gestor_app.core.config import RESOURCES_DIR

ALLOWED = re.compile(r"openstreetmap\.org/copyright|w3\.org|opengis\.net|example\.|localhost|127\.0\.0\.1|"
                     r"schemas?\.|xmlns|purl\.org|creativecommons\.org|qt-project\.org|json-schema\.org")


def test_guard_refuses_and_records_outside_connections(no_network):
    before = len(no_network)
    with pytest.raises(ConnectionRefusedError), socket.socket() as s:
        s.connect(("203.0.113.7", 80))
    assert len(no_network) == before + 1
    no_network.pop()


def test_no_remote_url_in_the_app_or_its_resources():
    found = []
    roots = [Path(gestor_app.__file__).parent, RESOURCES_DIR]
    for root in roots:
        for path in root.rglob("*"):
            if path.suffix not in {".py", ".js", ".html", ".css", ".json", ".ts"} or ".venv" in path.parts:
                continue
            for url in re.findall(r"https?://[^\s\"'<>)]+", path.read_text(encoding="utf-8", errors="ignore")):
                if not ALLOWED.search(url):
                    found.append(f"{path.name}: {url}")
    assert found == []
