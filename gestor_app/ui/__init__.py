"""PySide6 user interface. Imports core; core never imports this package."""
