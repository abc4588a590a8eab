"""What every page shares: the context, a title for the sidebar, refresh on "changed".

A page refreshes itself when the context announces a change to a table it watches; a page that is
not the one shown only notes that it is stale and refreshes when the window shows it again
(`shown`), so an edit costs one page's refresh. No Qt event handler is needed for that: a
Python one would make PySide6 build QEvent's enums (3-4 ms) while the window first shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import WorkshopContext
from workshop.file.store import ChangeSet


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

    def _on_changed(self, changes: ChangeSet) -> None:
        if "*" in self.watches or changes.touches(self.watches):
            if self.isVisibleTo(self.window()):  # the page the window shows (or will show)
                self.refresh_for(changes)
                self.stale = False
            else:
                self.stale = True

    def refresh_for(self, changes: ChangeSet) -> None:
        """Show what `changes` changed; a page that can repaint just that overrides this (the
        whole page is shown again by default)."""
        self.refresh()

    def shown(self) -> None:
        """The window has just made this the page shown: catch up with what changed since
        (the page, and the tables on it, which kept still while hidden)."""
        from ui.widgets.record_table import RecordTable

        for table in self.findChildren(RecordTable):
            table.model.catch_up()
        if self.stale:
            self.refresh()
            self.stale = False

    def refresh(self) -> None:
        """Show what the workshop file holds now."""
