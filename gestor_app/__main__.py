from __future__ import annotations

import sys

from gestor_app.cli import main

sys.exit(main())
