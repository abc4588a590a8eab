"""What every page shares: the context, a title for the sidebar, refresh on "changed".

A page refreshes itself when the context announces a change to a table it watches; a hidden page
only notes that it is stale and refreshes when shown, so an edit costs one page's refresh.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.context import WorkshopContext


class Page(QWidget):
    """A step of the workshop flow shown in the main window's stack."""

    # tables whose change makes this page refresh ("*" means any)
    watches: frozenset[str] = frozenset({"*"})

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title = ""  # the step's title in the sidebar; the window sets it
        self.stale = True
        context.changed.connect(self._on_changed)

    def _on_changed(self, tables: frozenset[str]) -> None:
        if "*" in tables or "*" in self.watches or self.watches & set(tables):
            if self.isVisible():
                self.refresh()
                self.stale = False
            else:
                self.stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self.stale:
            self.refresh()
            self.stale = False
        super().showEvent(event)

    def refresh(self) -> None:
        """Show what the workshop file holds now."""
