"""Child process of the concurrent-import test: a coordinator importing one bundle as soon as the
parent says go (both children start together)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from gestor_app.core.config import load_config
from gestor_app.core.store import open_store
from gestor_app.core.sync.importer import import_bundle

if __name__ == "__main__":
    data_dir, url, bundle, go = sys.argv[1], sys.argv[2] or None, sys.argv[3], Path(sys.argv[4])
    store = open_store(load_config(data_dir=data_dir, database_url=url))
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.005)
    print(json.dumps(import_bundle(store, bundle), default=str), flush=True)
    store.close()
