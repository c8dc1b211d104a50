"""Entry point of the frozen executable: ``gestor_app.cli:main``."""

import sys

from gestor_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
