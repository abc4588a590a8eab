"""Lists whose items can be dragged onto another list: participants onto working groups.

The dragged data is the items' uuids (their UserRole) under a MIME type of our own, so a drop
from another application is never mistaken for records. The target list says which of its items
received the drop through `dropped(target_uuid, uuids)`; the page turns that into one undoable
command.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

MIME_TYPE = "application/x-workshop-uuids"


def uuids_mime(uuids: list[str]) -> QMimeData:
    """The drag payload for some records' uuids."""
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray("\n".join(uuids).encode("ascii")))
    return data


def uuids_of(data: QMimeData) -> list[str]:
    """The uuids a drag carries; empty for anything that is not ours."""
    if not data.hasFormat(MIME_TYPE):
        return []
    text = bytes(data.data(MIME_TYPE).data()).decode("ascii", errors="replace")
    return [line for line in text.split("\n") if line]


class DragSourceList(QListWidget):
    """A list whose selected items can be dragged away as uuids (copied, never moved)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 (Qt override)
        return uuids_mime([item.data(Qt.ItemDataRole.UserRole) for item in items])


class DropTargetList(QListWidget):
    """A list that accepts our uuids dropped on one of its items and reports them."""

    dropped = Signal(str, list)  # uuid of the item dropped on, dragged uuids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def _target(self, event: QDropEvent | QDragMoveEvent) -> QListWidgetItem | None:
        if not uuids_of(event.mimeData()):
            return None
        return self.itemAt(event.position().toPoint())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if uuids_of(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt override)
        if self._target(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        target = self._target(event)
        if target is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(target.data(Qt.ItemDataRole.UserRole), uuids_of(event.mimeData()))
