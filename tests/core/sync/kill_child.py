"""Child process for the SIGKILL test: import one bundle into a data folder, slowly enough to be
killed in the middle (the parent decides when)."""

from __future__ import annotations

import sys

from gestor_app.core.config import load_config
from gestor_app.core.progress import Progress
from gestor_app.core.store import open_store
from gestor_app.core.sync import importer

if __name__ == "__main__":
    importer.BATCH = 400  # small batches: many points where the kill can land
    store = open_store(load_config(data_dir=sys.argv[1]))
    print("ready", flush=True)
    summary = importer.import_bundle(store, sys.argv[2], progress=Progress(lambda d, t, _x: print(d, flush=True)))
    print(summary["status"], flush=True)
