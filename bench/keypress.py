"""A status key on the assessment page, from the key press to the repaint.

The facilitator's most frequent action: a digit on the commitment list sets the group's status.
Timed in the real main window (offscreen), from just before the key event to the end of the
event processing that follows it (the edit is committed and the widgets that show it are
repainted). Four cases: the demo workshop and a workshop with all 117 commitments, 10 groups
and 1,170 assessments, each on the disk as it is and with every fsync and fdatasync delayed by
50 ms (a slow USB stick), through an LD_PRELOAD library compiled here with `cc` (the slow-disk
cases are left out, with a note, where there is no compiler).

    python -m bench.keypress            # prints its rows of the table
Aim (issue "one write path"): median under 16 ms (one frame), 99th percentile under 50 ms.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.table import Row, percentile, print_table

KEYS = 120
SLOW_SYNC_MS = 50
SHIM = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <unistd.h>
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
int fsync(int fd) {
    if (!real_fsync) real_fsync = dlsym(RTLD_NEXT, "fsync");
    usleep(DELAY_US);
    return real_fsync(fd);
}
int fdatasync(int fd) {
    if (!real_fdatasync) real_fdatasync = dlsym(RTLD_NEXT, "fdatasync");
    usleep(DELAY_US);
    return real_fdatasync(fd);
}
"""


def slow_disk_library(folder: Path) -> Path | None:
    """The LD_PRELOAD library that delays every fsync, or None without a C compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or not sys.platform.startswith("linux"):
        return None
    source = folder / "slow_sync.c"
    source.write_text(SHIM)
    library = folder / "slow_sync.so"
    made = subprocess.run([compiler, "-shared", "-fPIC", "-O2", f"-DDELAY_US={SLOW_SYNC_MS}000",
                           "-o", str(library), str(source), "-ldl"], capture_output=True,
                          text=True)
    return library if made.returncode == 0 else None


def full_workshop(path: Path) -> Path:
    """Every commitment of the bundled catalog in scope, 10 groups each assessing all of it."""
    from workshop.catalogs.catalog import latest_catalog
    from workshop.file.model import GroupAssignment, WorkingGroup, new_uuid
    from workshop.file.store import WorkshopFile

    catalog = latest_catalog()
    store = WorkshopFile.create(path, catalog, country="XN", title="Every commitment",
                                documents=[d.id for d in catalog.documents],
                                chapters=[c.number for c in catalog.chapters])
    with store, store.batch():
        commitments = store.commitments_in_scope()
        for n in range(10):
            group = WorkingGroup(uuid=new_uuid(), name=f"Group {n + 1}", position=n)
            store.add(group)
            for chapter in catalog.chapters:
                store.add(GroupAssignment(uuid=new_uuid(), group_uuid=group.uuid,
                                          chapter=chapter.number))
            for i, cid in enumerate(commitments):
                store.set_assessment(group.uuid, cid, status=str((i + n) % 5))
    return path


def press_keys(path: Path, keys: int) -> tuple[list[float], int]:
    """In this process: open the window on `path`, show the assessment page and press `keys`
    status keys on the commitment list, moving down a commitment after each; the times in
    milliseconds and the number of edits the file recorded (each key must change a status)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow
    from ui.pages.assessment import AssessmentPage
    from workshop.file import reads

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_file(path)
    page = window.page(AssessmentPage)
    row = next(r for r, slot in enumerate(window.slots) if slot.page is page)
    window.sidebar.setCurrentRow(row)
    app.processEvents()
    view = page.list.view
    view.setFocus()
    store = window.context.store
    first = store.revision
    statuses = {a.commitment_id: a.status for a in reads.group_assessments(
        store, page.current_group() or "")}
    digits = [Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4]
    times = []
    for n in range(keys + 10):
        shown = page.list.current() or ""
        status = next(str((n + k) % 5) for k in range(5) if str((n + k) % 5) != statuses.get(shown))
        start = time.perf_counter()
        QTest.keyClick(view, digits[int(status)])
        app.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        statuses[shown] = status
        if n >= 10:  # the first keys warm the caches
            times.append(elapsed)
        QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        app.processEvents()
    edits = store.revision - first
    window.close()
    return times, edits


def measure(path: Path, library: Path | None, keys: int = KEYS) -> dict[str, float]:
    """Press the keys in a child process (with the slow-disk library if given)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if library is not None:
        env["LD_PRELOAD"] = str(library)
    done = subprocess.run([sys.executable, "-m", "bench.keypress", "--child", str(path),
                           str(keys)], capture_output=True, text=True, env=env, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"keypress child failed:\n{done.stderr[-2000:]}")
    times, edits = json.loads(done.stdout.strip().splitlines()[-1])
    if edits < keys:
        raise RuntimeError(f"keypress: {keys} keys made only {edits} edits")
    return {"median": statistics.median(times), "p99": percentile(times, 0.99),
            "max": max(times)}


def rows(notes: list[str]) -> list[Row]:
    """Measure the four cases; the rows of the table."""
    from workshop.demo import build_demo

    found: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("WORKSHOP_DATA_DIR", str(folder / "data"))
        demo = folder / "demo.workshop"
        build_demo(demo, seed=1).close()
        full = full_workshop(folder / "full.workshop")
        library = slow_disk_library(folder)
        cases: list[tuple[str, Path, Path | None]] = [("demo", demo, None),
                                                      ("117 commitments, 10 groups", full, None)]
        if library is not None:
            cases += [("demo, fsync +50 ms", demo, library),
                      ("117 commitments, 10 groups, fsync +50 ms", full, library)]
        else:
            notes.append("Key press on a slow disk: not measured (no C compiler for the "
                         "LD_PRELOAD library that delays fsync).")
        for name, path, slow in cases:
            f = measure(path, slow)
            found.append(Row(f"Status key to repaint, {name}: median / 99th percentile",
                             f"{f['median']:.1f} ms / {f['p99']:.1f} ms",
                             "under 16 ms / 50 ms", f["median"] < 16 and f["p99"] < 50))
    notes.append(f"Key press: {KEYS} status keys on the assessment page's commitment list in "
                 "the main window (offscreen), each timed from the key event to the end of the "
                 "event processing after it; the edit is committed on the GUI thread and "
                 "synced to the disk by the app's sync thread (workshop/file/sync_behind.py).")
    return found


def main(argv: list[str]) -> int:
    """`--child FILE KEYS` presses the keys and prints their times; else print the rows."""
    if argv[:1] == ["--child"]:
        print(json.dumps(press_keys(Path(argv[1]), int(argv[2]))))
        return 0
    notes: list[str] = []
    print_table(rows(notes), notes)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
