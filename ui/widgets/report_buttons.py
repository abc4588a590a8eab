"""A row of buttons, one per report the core can write of a file, each exporting off the GUI
thread with a progress dialog and Cancel.

The workshop's Results page and the secretariat's window both show it: the reports offered are
those `workshop.reports.available` lists for the kind of file, and the writing is
`workshop.reports.write_report`, the same call as `workshop report` on the command line. A
workshop's full results workbook is recorded in the workshop file the window holds open, by
the GUI thread, before the workbook is put in place (so that its review can be read back).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import operations
from ui.language import current_language, native_name
from workshop.languages.i18n import UN_LANGUAGES
from workshop.reports import (
    PERSONAL_DATA_REPORT,
    REVIEWED_REPORT,
    KeepExport,
    available,
    default_name,
    write_report,
)

if TYPE_CHECKING:
    from workshop.file.store import WorkshopFile


class ReportButtons(QGroupBox):
    """"Reports": one button per report of the file `source()` names."""

    written = Signal(Path)

    def __init__(self, source: Callable[[], Path], consolidated: bool = False,
                 parent: QWidget | None = None,
                 open_store: Callable[[], WorkshopFile] | None = None) -> None:
        super().__init__(self.tr("Reports"), parent)
        self.source = source
        # the workshop file the window holds open, where a full results workbook is recorded
        self.open_store = open_store
        self.last_report: Path | None = None
        names = {("gap", "pdf"): self.tr("Gap report (PDF)…"),
                 ("gap", "xlsx"): self.tr("Status and gaps (Excel)…"),
                 ("ta", "pdf"): self.tr("Technical-assistance report (PDF)…"),
                 ("ta", "xlsx"): self.tr("Technical-assistance needs (Excel)…"),
                 ("full", "xlsx"): self.tr("Full results workbook (Excel)…")}
        if consolidated:
            names[("gap", "pdf")] = self.tr("Consolidated report (PDF)…")
            names[("ta", "pdf")] = self.tr("Technical-assistance needs (PDF)…")
        rows = QVBoxLayout(self)
        row = QHBoxLayout()
        rows.addLayout(row)
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        for kind, fmt in available(consolidated):
            button = QPushButton(names.get((kind, fmt), f"{kind} ({fmt})…"), self)
            button.clicked.connect(lambda _checked=False, k=kind, f=fmt: self.export(k, f))
            row.addWidget(button)
            self.buttons[(kind, fmt)] = button
        row.addStretch(1)
        options = QHBoxLayout()
        rows.addLayout(options)
        # the reports' language: a workshop's own by default (as on the command line); the
        # secretariat's in the interface language
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the reports"))
        if not consolidated:
            self.language.addItem(self.tr("The workshop's language"), None)
        for code in UN_LANGUAGES:
            self.language.addItem(native_name(code), code)
        if consolidated:
            self.language.setCurrentIndex(self.language.findData(current_language()))
        label = QLabel(self.tr("&Language of the reports"), self)
        label.setBuddy(self.language)
        options.addWidget(label)
        options.addWidget(self.language)
        # personal data leaves the machine only when asked: off at every start
        self.names = QCheckBox(self.tr("List participants by name"), self)
        self.names.setToolTip(self.tr("Add the list of participants with their names, "
                                      "institutions and roles to the gap report (PDF)"))
        self.names.setVisible(not consolidated and PERSONAL_DATA_REPORT in self.buttons)
        options.addWidget(self.names)
        options.addStretch(1)

    def export(self, kind: str, fmt: str, target: Path | None = None) -> None:
        """Write a report off the GUI thread, asking where unless told."""
        source = self.source()
        if target is None:
            filters = {"pdf": self.tr("PDF documents (*.pdf)"),
                       "xlsx": self.tr("Excel workbooks (*.xlsx)")}
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the report as"),
                str(source.with_name(default_name(source, kind, fmt))), filters[fmt])
            if not name:
                return
            target = Path(name)
        window = self.window()
        personal_data = not self.names.isHidden() and self.names.isChecked() \
            and (kind, fmt) == PERSONAL_DATA_REPORT
        language = self.language.currentData()
        keep_export = self.keep_export() if (kind, fmt) == REVIEWED_REPORT else None

        def status(message: str) -> None:
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(message, 10000)

        def done(written: Path) -> None:
            self.last_report = written
            status(self.tr("Report written to {path}").format(path=written))
            self.written.emit(written)

        def failed(message: str) -> None:
            QMessageBox.critical(self, self.tr("Reports"), message)

        operations.run_with_dialog(
            self, self.tr("Writing the report…"),
            lambda progress: write_report(source, kind, fmt, target, language=language,
                                          progress=progress.report,
                                          personal_data=personal_data,
                                          keep_export=keep_export),
            done, failed,
            lambda: status(self.tr("The report was cancelled; nothing was written.")))

    def keep_export(self) -> KeepExport | None:
        """How an export of the full results workbook is recorded: in the workshop file the
        window holds open (the one open now, not at the end), by the GUI thread; None where
        the window holds none (write_report then records it itself)."""
        if self.open_store is None:
            return None
        store = self.open_store()
        return lambda export: operations.on_gui_thread(lambda: store.record_export(export))
