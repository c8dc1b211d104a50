"""Demo participatory map of Villa Los Quillayes: one workshop and what neighbours pointed at.

Places are plausible for the barrio's layout; every case is fictional."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from gestor_app.core.demo import demo_id, exists
from gestor_app.core.models.map import MapFeature
from gestor_app.core.models.mapping_session import MappingSession
from gestor_app.core.services.map_features import create_feature
from gestor_app.core.services.mapping_sessions import create_session

BARRIO = "territory:Villa Los Quillayes"
WORKSHOP = "mapping_session:taller-1"
P = "Point"
# (key, category, geometry type, coordinates, title, description, sensitive)
FEATURES = [
    ("sede", "sede_jjvv", P, [-70.5529, -33.4716], "Sede JJVV Los Quillayes", "Reuniones los martes 19:00.", False),
    ("plaza", "plaza_cancha", "Polygon", [[[-70.5536, -33.4719], [-70.5524, -33.4718], [-70.5523, -33.4727],
                                           [-70.5535, -33.4728], [-70.5536, -33.4719]]],
     "Plaza central", "Juegos infantiles en buen estado; poca luz de noche.", False),
    ("cancha", "plaza_cancha", P, [-70.5544, -33.4733], "Cancha de baby fútbol", "La usan los jóvenes hasta tarde.",
     False),
    ("escuela", "escuela", P, [-70.5515, -33.4709], "Escuela básica", "Salida de estudiantes 13:00 y 17:30.", False),
    ("almacen", "comercio", P, [-70.5518, -33.4730], "Almacén de la esquina", "Abre hasta las 22:00.", False),
    ("feria", "comercio", P, [-70.5540, -33.4708], "Feria libre (sábados)", "", False),
    ("alarma1", "alarma", P, [-70.5532, -33.4737], "Alarma comunitaria pasaje 3", "Instalada 2025.", False),
    ("camara", "camara", P, [-70.5526, -33.4722], "Cámara municipal de la plaza", "", False),
    ("org", "organizacion", P, [-70.5548, -33.4718], "Club de adulto mayor", "", False),
    ("seguridad", "seguridad_municipal", P, [-70.5508, -33.4716], "Punto de ronda de seguridad municipal", "",
     False),
    ("hot1", "hotspot", P, [-70.5545, -33.4739], "Robos por sorpresa al paradero",
     "Vecinas relatan robos de celulares al bajar de la micro, de 19:00 a 21:00.", False),
    ("hot2", "hotspot", P, [-70.5521, -33.4741], "Punto de venta de drogas",
     "Señalado por varios participantes. Información sensible: no publicar.", True),
    ("harm", "harmspot", P, [-70.5512, -33.4737], "Riñas con lesionados", "Fines de semana, de madrugada.", False),
    ("temor1", "temor", P, [-70.5550, -33.4727], "Pasaje sin luz junto al canal", "Las mujeres evitan pasar de noche.",
     False),
    ("temor2", "temor", "Polygon", [[[-70.5514, -33.4725], [-70.5507, -33.4724], [-70.5506, -33.4731],
                                     [-70.5513, -33.4732], [-70.5514, -33.4725]]],
     "Sitio detrás del supermercado", "Sensación de inseguridad por falta de vigilancia natural.", False),
    ("ruta", "ruta_evitada", "LineString", [[-70.5553, -33.4712], [-70.5547, -33.4722], [-70.5540, -33.4735]],
     "Ruta evitada a la escuela", "Madres dan un rodeo para no pasar por el pasaje.", False),
    ("incivil", "incivilidades", P, [-70.5530, -33.4710], "Consumo de alcohol en la vía pública",
     "Esquina con ruidos y botellas cada noche.", False),
    ("eriazo", "sitio_eriazo", "Polygon", [[[-70.5552, -33.4703], [-70.5544, -33.4702], [-70.5543, -33.4707],
                                           [-70.5551, -33.4708], [-70.5552, -33.4703]]],
     "Sitio eriazo norte", "Pastizales altos, se acumula basura.", False),
    ("basural", "microbasural", P, [-70.5547, -33.4705], "Microbasural", "Escombros y colchones.", False),
    ("luz1", "luminaria_apagada", P, [-70.5538, -33.4730], "Luminaria apagada pasaje 2", "Hace tres meses.", False),
    ("luz2", "luminaria_apagada", P, [-70.5517, -33.4719], "Luminaria apagada frente a la escuela", "", False),
    ("luz3", "luminaria_apagada", P, [-70.5509, -33.4728], "Luminaria intermitente", "", False),
    ("casa", "inmueble_abandonado", P, [-70.5534, -33.4744], "Casa abandonada", "Ocupada ocasionalmente de noche.",
     True),
    ("ciego", "pasaje_ciego", "LineString", [[-70.5520, -33.4712], [-70.5512, -33.4713]], "Pasaje ciego 5", "",
     False),
    ("veg", "vegetacion", P, [-70.5555, -33.4735], "Arbustos que tapan la vista", "Junto al canal.", False),
]
COUNTS = {"0-17": {"mujer": 2, "hombre": 1}, "18-29": {"mujer": 3, "hombre": 2},
          "30-44": {"mujer": 5, "hombre": 2, "otro": 1}, "45-59": {"mujer": 4, "hombre": 3},
          "60+": {"mujer": 3, "hombre": 2}}


def fill(session: Session) -> None:
    territory = demo_id(BARRIO)
    if not exists(session, MappingSession, WORKSHOP):
        create_session(session, id=demo_id(WORKSHOP), territory_id=territory, held_on=date(2026, 10, 17),
                       place="Sede JJVV Los Quillayes", facilitator="Gestora territorial (demo)",
                       participants=COUNTS, notes="Primer taller de cartografía participativa del barrio.")
    for key, category, kind, coords, title, description, sensitive in FEATURES:
        name = f"map_feature:{key}"
        if exists(session, MapFeature, name):
            continue
        create_feature(session, id=demo_id(name), territory_id=territory, category=category,
                       geometry={"type": kind, "coordinates": coords}, title=title, description=description,
                       observed_on=date(2026, 10, 17), source="taller", sensitive=sensitive,
                       session_id=demo_id(WORKSHOP))
