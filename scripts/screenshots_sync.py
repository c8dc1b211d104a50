"""Screenshots of the Synchronisation screen in its office and laptop states (needs an X display):

    xvfb-run -a -s "-screen 0 1400x900x24" python scripts/screenshots_sync.py OUT_DIR

Builds, in a temporary folder, the demo barrio as the office, two enrolled laptops that send
bundles, and a same-field conflict; then photographs the office's computers, an import preview,
the conflicts tab and a laptop with changes pending delivery."""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from gestor_app.ui.app import create_application

app = create_application()
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from gestor_app.core.config import load_config  # noqa: E402
from gestor_app.core.demo import fill_demo  # noqa: E402
from gestor_app.core.maps.legend import default_legend  # noqa: E402
from gestor_app.core.services.map_features import create_feature, update_feature  # noqa: E402
from gestor_app.core.services.territories import current_territory  # noqa: E402
from gestor_app.core.store import open_store  # noqa: E402
from gestor_app.core.sync import exporter, identity, importer  # noqa: E402
from gestor_app.ui.app import build_main_window  # noqa: E402


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shot(name: str) -> None:
    wait(500)
    subprocess.run(["import", "-window", "root", str(out / f"{name}.png")], check=True)
    print(name)


out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
root = Path(tempfile.mkdtemp())
usb = root / "usb"
usb.mkdir()
office = open_store(load_config(data_dir=root / "oficina"), device_name="oficina")
fill_demo(office)
identity.office_init(office, name="Municipalidad de Peñalolén")
laptops = []
for i, name in enumerate(["Notebook Lo Hermida", "Notebook San Luis"]):
    f = root / f"inscripcion{i}.gtenroll"
    identity.enroll(office, device_name=name, out=f)
    lap = open_store(load_config(data_dir=root / f"terreno{i}"), device_name=name)
    identity.join(lap, f)
    importer.import_bundle(office, exporter.export_from_laptop(lap, usb).path)
    laptops.append(lap)
with office.transaction() as s:
    peer_ids = {p.name: p.id for p in identity.list_peers(s)}


def answer(i: int) -> None:
    importer.import_bundle(laptops[i], exporter.export_for_device(office, peer_ids[laptops[i].device_name], usb).path)


for i in range(len(laptops)):
    answer(i)
cat = default_legend().categories[0].key
with office.transaction() as s:
    territory = current_territory(s).id
with laptops[0].transaction() as s:
    fid = create_feature(s, territory_id=territory, category=cat, title="Sitio eriazo",
                         description="Pasaje 3", geometry={"type": "Point", "coordinates": [-70.55, -33.47]}).id
importer.import_bundle(office, exporter.export_from_laptop(laptops[0], usb).path)
for i in range(len(laptops)):
    answer(i)
with laptops[0].transaction() as s:
    update_feature(s, fid, title="Microbasural")
with laptops[1].transaction() as s:
    update_feature(s, fid, title="Sitio eriazo iluminado")
importer.import_bundle(office, exporter.export_from_laptop(laptops[0], usb).path)
pending = exporter.export_from_laptop(laptops[1], usb).path
exporter.export_from_laptop(laptops[1], usb)  # a bundle lost on the way: a gap at the office
with laptops[1].transaction() as s:
    create_feature(s, territory_id=territory, category=cat, title="Luminaria apagada",
                   geometry={"type": "Point", "coordinates": [-70.551, -33.471]})
late = exporter.export_from_laptop(laptops[1], usb).path

w = build_main_window(office)
w.resize(1400, 860)
w.move(0, 0)
w.show()
screen = w.show_screen("sincronizacion")
shot("sync-oficina-equipos")
screen.preview_bundles([pending, late])
w.ctx.runner.wait()
wait(300)
shot("sync-oficina-vista-previa")
screen.apply_import()
w.ctx.runner.wait()
wait(300)
shot("sync-oficina-informe")
screen.import_dialog.close()
screen.tabs.setCurrentWidget(screen.conflicts)
shot("sync-oficina-conflictos")
w.close()

w2 = build_main_window(laptops[1])
w2.resize(1400, 860)
w2.move(0, 0)
w2.show()
w2.show_screen("sincronizacion")
shot("sync-terreno")
os._exit(0)  # skip teardown: the process only takes pictures
