"""Application style sheet: large, legible targets for field use and projectors."""

STYLE = """
QWidget { font-size: 11pt; }
QListWidget#nav { background: #1f3a5f; color: white; border: none; font-size: 12pt; padding-top: 8px; }
QListWidget#nav::item { padding: 10px 14px; }
QListWidget#nav::item:selected { background: #2f6db5; color: white; }
QFrame#topbar { background: #eef2f7; border-bottom: 1px solid #c9d3e0; }
QLabel#territory { font-size: 13pt; font-weight: bold; color: #1f3a5f; }
QLabel#heading { font-size: 18pt; font-weight: bold; color: #1f3a5f; }
QLabel#subheading { font-size: 13pt; font-weight: bold; color: #1f3a5f; }
QLabel#badge { background: #fff3cd; color: #7a5a00; border: 1px solid #e0c56e; border-radius: 4px; padding: 4px 10px; }
QLabel#muted { color: #5f6b7a; }
QPushButton { padding: 6px 14px; min-height: 24px; }
"""
