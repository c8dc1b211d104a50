from __future__ import annotations

from gestor_app.cli import build_parser
from gestor_app.cli.smoke import _leaflet_page


def test_smoke_window_is_hidden_but_parses():
    parser = build_parser()
    assert "smoke-window" not in parser.format_help()
    args = parser.parse_args(["--data-dir", "/tmp/x", "smoke-window"])
    assert args.command == "smoke-window" and callable(args.func)


def test_smoke_page_uses_only_local_files():
    page = _leaflet_page()
    assert "file:///" in page and "leaflet.js" in page
    assert "http:" not in page and "https:" not in page
