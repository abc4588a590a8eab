"""A row of buttons, one per report the core can write of a file, each exporting off the GUI
thread with a progress dialog and Cancel.

The workshop's Results page and the secretariat's window both show it: the reports offered are
those `workshop.reports.available` lists for the kind of file, and the writing is
`workshop.reports.write_report`, the same call as `workshop report` on the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ui import operations
from workshop.reports import PERSONAL_DATA_REPORT, available, default_name, write_report


class ReportButtons(QGroupBox):
    """"Reports": one button per report of the file `source()` names."""

    written = Signal(Path)

    def __init__(self, source: Callable[[], Path], consolidated: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reports"), parent)
        self.source = source
        self.last_report: Path | None = None
        names = {("gap", "pdf"): self.tr("Gap report (PDF)…"),
                 ("gap", "xlsx"): self.tr("Status and gaps (Excel)…"),
                 ("ta", "pdf"): self.tr("Technical-assistance report (PDF)…"),
                 ("ta", "xlsx"): self.tr("Technical-assistance needs (Excel)…"),
                 ("full", "xlsx"): self.tr("Full results workbook (Excel)…")}
        if consolidated:
            names[("gap", "pdf")] = self.tr("Consolidated report (PDF)…")
            names[("ta", "pdf")] = self.tr("Technical-assistance needs (PDF)…")
        row = QHBoxLayout(self)
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        for kind, fmt in available(consolidated):
            button = QPushButton(names.get((kind, fmt), f"{kind} ({fmt})…"), self)
            button.clicked.connect(lambda _checked=False, k=kind, f=fmt: self.export(k, f))
            row.addWidget(button)
            self.buttons[(kind, fmt)] = button
        # personal data leaves the machine only when asked: off at every start
        self.names = QCheckBox(self.tr("List participants by name"), self)
        self.names.setToolTip(self.tr("Add the list of participants with their names, "
                                      "institutions and roles to the gap report (PDF)"))
        self.names.setVisible(not consolidated and PERSONAL_DATA_REPORT in self.buttons)
        row.addWidget(self.names)
        row.addStretch(1)

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
            lambda progress: write_report(source, kind, fmt, target, progress=progress.report,
                                          personal_data=personal_data),
            done, failed,
            lambda: status(self.tr("The report was cancelled; nothing was written.")))
