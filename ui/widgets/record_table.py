"""An editable, sortable table of records with Add and Remove, driven from the keyboard.

Used for institutions, participants, gaps, needs, actions and evaluation answers: the model
(`RecordTableModel`) turns edits into undo steps; this widget adds combo boxes for closed lists,
sorting, Delete to remove, and keeps the current cell when the model refreshes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import commands
from ui.models import CHOICES_ROLE, SORT_ROLE, UUID_ROLE, Index, RecordTableModel


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for cells whose column holds a closed list or a reference to records.

    Set on those columns only (the others keep Qt's own delegate): an editor that Qt makes
    inside a Python `createEditor` stays referenced by the delegate after Qt deletes it, one
    object per cell edited, for as long as the table lives.
    """

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802
        choices = index.data(CHOICES_ROLE) or {}
        combo = QComboBox(parent)
        combo.setAccessibleName(str(index.model().headerData(
            index.column(), Qt.Orientation.Horizontal)))
        for code, label in choices.items():
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(position, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class RecordTable(QWidget):
    """A record table with Add and Remove buttons; `add` is called to make a new record."""

    def __init__(self, model: RecordTableModel, name: str, add: Callable[[], None] | None,
                 remove_text: str, parent: QWidget | None = None, stretch: int = 0) -> None:
        super().__init__(parent)
        self.model = model
        model.views.append(self)
        self.remove_text = remove_text
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(name)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        choices = ChoiceDelegate(self.view)
        for column, spec in enumerate(model.spec.columns):
            if spec.choices is not None:
                self.view.setItemDelegateForColumn(column, choices)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                  & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultSectionSize(120)
        for column in range(model.columnCount()):
            # wide enough for its header in any language ("Participant (optional)")
            header.resizeSection(column, max(120, header.sectionSizeHint(column)))
        if 0 <= stretch < model.columnCount():
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self._keep: tuple[str, int] | None = None
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)

        # the row of buttons under the table; a page may add its own (Paste, Rank by votes)
        self.buttons = buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setToolTip(self.tr("Add a row (Ctrl+N when the table has focus)"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected rows (Delete)"))
        if add is not None:
            self.add_button.clicked.connect(add)
            QShortcut(QKeySequence("Ctrl+N"), self.view, add,
                      context=Qt.ShortcutContext.WidgetShortcut)
            buttons.addWidget(self.add_button)
        else:
            self.add_button.hide()
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        changeable = model.context.can_change(model.spec.record_type.TABLE)
        self.add_button.setEnabled(changeable)
        self.remove_button.setEnabled(changeable)

    def _remember_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._keep = (index.data(UUID_ROLE), index.column())

    def _restore_current(self) -> None:
        if self._keep is None:
            return
        uuid, column = self._keep
        self._keep = None
        self.select_uuid(uuid, column)

    def select_uuid(self, uuid: str, column: int = 0, edit: bool = False) -> None:
        """Make a record's row current (and start editing a cell if asked)."""
        row = self.model.row_of(uuid)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, column))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if edit:
            self.view.setFocus()
            self.view.edit(index)

    def selected_uuids(self) -> list[str]:
        """The records of the selected rows (or of the current cell)."""
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.view.currentIndex().row()}
        return [self.proxy.index(r, 0).data(UUID_ROLE) for r in sorted(rows)]

    def remove_selected(self) -> None:
        """Remove the selected records as one undo step."""
        uuids = self.selected_uuids()
        if uuids:
            commands.remove(self.model.context, self.remove_text, self.model.spec.record_type,
                            *uuids)
