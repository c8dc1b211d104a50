"""Demo territories: comuna de Peñalolén (CUT 13122) → Lo Hermida → UV 24 → Villa Los Quillayes."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gestor_app.core.demo import demo_id, exists
from gestor_app.core.models.territory import Territory
from gestor_app.core.services.settings import CURRENT_TERRITORY, get_setting, set_setting
from gestor_app.core.services.territories import create_territory

# Approximate outlines (lon, lat, WGS84) drawn over Lo Hermida, Peñalolén.
COMUNA = [[-70.5745, -33.4660], [-70.5440, -33.4560], [-70.4900, -33.4620], [-70.5030, -33.5050],
          [-70.5590, -33.5120], [-70.5745, -33.4660]]
MACRO = [[-70.5650, -33.4640], [-70.5420, -33.4600], [-70.5400, -33.4790], [-70.5640, -33.4800],
         [-70.5650, -33.4640]]
UV = [[-70.5590, -33.4680], [-70.5480, -33.4665], [-70.5470, -33.4760], [-70.5585, -33.4770],
      [-70.5590, -33.4680]]
BARRIO = [[-70.5560, -33.4700], [-70.5505, -33.4693], [-70.5498, -33.4741], [-70.5531, -33.4752],
          [-70.5562, -33.4739], [-70.5560, -33.4700]]

TREE = [
    ("comuna", "Peñalolén", "13122", None, COMUNA, 266798,
     "Comuna del sector oriente de Santiago, a los pies de la cordillera."),
    ("macrosector", "Lo Hermida", None, "Peñalolén", MACRO, 54000,
     "Macrosector de poblaciones históricas nacidas de tomas de terreno en los años setenta."),
    ("unidad_vecinal", "UV 24", "24", "Lo Hermida", UV, 8200, "Unidad vecinal con una junta de vecinos activa."),
    ("barrio", "Villa Los Quillayes", None, "UV 24", BARRIO, 3100,
     "Villa de pasajes estrechos, una plaza central y una cancha. Barrio de demostración: "
     "los lugares son reales, las personas y los casos son ficticios."),
]


def fill(session: Session) -> None:
    for level, name, code, parent, ring, population, description in TREE:
        if exists(session, Territory, f"territory:{name}"):
            continue
        create_territory(session, id=demo_id(f"territory:{name}"), name=name, level=level, code=code,
                         parent_id=demo_id(f"territory:{parent}") if parent else None,
                         boundary={"type": "Polygon", "coordinates": [ring]},
                         description=description, population=population)
    if get_setting(session, CURRENT_TERRITORY) is None:
        set_setting(session, CURRENT_TERRITORY, demo_id("territory:Villa Los Quillayes"))
