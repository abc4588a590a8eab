"""The desktop app: PySide6 windows, pages and item models over the core in `workshop/`."""
