"""The main window: the open workshop and its figures."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow

from workshop.analysis import summarize
from workshop.store import WorkshopFile


class MainWindow(QMainWindow):
    """One window per open workshop file."""

    def __init__(self) -> None:
        super().__init__()
        self.store: WorkshopFile | None = None
        self.summary_label = QLabel(self.tr("Open a workshop file to begin."))
        self.summary_label.setWordWrap(True)
        self.summary_label.setMargin(24)
        self.setCentralWidget(self.summary_label)
        self.resize(900, 600)
        self.setWindowTitle(self.tr("Drug policy workshop"))

    def open_file(self, path: Path) -> None:
        """Open a workshop file (raises WorkshopError with a message for the user)."""
        store = WorkshopFile.open(path)
        if self.store is not None:
            self.store.close()
        self.store = store
        figures = summarize(store)
        workshop, counts = figures["workshop"], figures["counts"]
        self.setWindowTitle(f"{workshop['title']} — {workshop['country_name']}")
        self.summary_label.setText(self.tr(
            "{title}\n{country}\n\nInstitutions: {institutions}\nParticipants: {participants}\n"
            "Working groups: {groups}\nCommitments in scope: {scope}\nWith a consensus: {done}\n"
            "Gaps: {gaps}\nTechnical-assistance needs: {needs}\nAction items: {actions}").format(
            title=workshop["title"], country=workshop["country_name"],
            institutions=counts["institutions"], participants=counts["participants"],
            groups=counts["groups"], scope=counts["commitments_in_scope"],
            done=counts["commitments_with_consensus"], gaps=counts["gaps"],
            needs=counts["assistance_needs"], actions=counts["action_items"]))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Close the file with the window; every edit was already saved."""
        if self.store is not None:
            self.store.close()
            self.store = None
        super().closeEvent(event)
