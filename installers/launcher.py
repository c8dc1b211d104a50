"""Entry point of the frozen executable: ``gestor_app.cli:main``."""

import os
import sys

# A windowed Windows build has no console: give print() and logging somewhere to write.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from gestor_app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
