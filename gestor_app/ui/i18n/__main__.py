from __future__ import annotations

import sys

from gestor_app.ui.i18n import _main

sys.exit(_main(sys.argv[1:]))
