from __future__ import annotations

from gestor_app.cli import build_parser
from gestor_app.ui.widgets import bundle_open


class Box:
    def __init__(self):
        self.shown = []

    def information(self, parent, title, text):
        self.shown.append(text)

    warning = information


def test_import_bundle_option_parses():
    args = build_parser().parse_args(["--import-bundle", "/x/a.gtbundle"])
    assert args.import_bundle == "/x/a.gtbundle" and args.command is None
    # the .desktop entry's `--import-bundle %f` started from the menu, without a file: just the window
    assert build_parser().parse_args(["--import-bundle"]).import_bundle is None


def test_opens_the_preview_of_the_sync_screen(window, monkeypatch, tmp_path):
    box = Box()
    monkeypatch.setattr(bundle_open, "QMessageBox", box)
    bundle = tmp_path / "terreno.gtbundle"
    assert not bundle_open.open_bundle_file(window, bundle)
    assert "no existe" in box.shown[-1]
    bundle.write_bytes(b"x")
    screen = window.screen(bundle_open.SYNC_SCREEN)
    assert callable(screen.preview_bundle)  # the Synchronisation screen offers the preview
    seen = []
    monkeypatch.setattr(screen, "preview_bundle", seen.append, raising=False)
    assert bundle_open.open_bundle_file(window, bundle)
    assert seen == [bundle]
    assert window.current_key() == bundle_open.SYNC_SCREEN
