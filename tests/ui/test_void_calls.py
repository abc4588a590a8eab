"""Qt calls that return nothing must not wear Python's `None` away.

PySide6 6.12 drops one reference to `None` on every such call; CPython 3.11 aborts the process
("Fatal Python error: none_dealloc") once the count reaches zero, a few thousand calls in, which
is a workshop's first hour. `pyproject.toml` keeps that combination out. This test makes 30,000
void calls in a child process (an abort there fails this test instead of ending the run) with
the PySide6 that `make test` installed, and checks that `None`'s count did not fall.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 30_000

_CHILD = textwrap.dedent(f"""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTableWidgetItem
    app = QApplication([])
    table = QTableWidget(10, 3)
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range({CALLS} // 3):
        table.setItem(i % 10, i % 3, QTableWidgetItem(str(i)))  # void
        label.setText(str(i))  # void
        table.setEnabled(i % 2 == 0)  # void
    after = sys.getrefcount(None)
    print(before, after)
""")


def test_thirty_thousand_void_qt_calls_leave_none_alone() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, (
        f"the child aborted after void Qt calls (exit {done.returncode}): {done.stderr[-800:]}")
    before, after = (int(n) for n in done.stdout.split())
    # Python 3.12+ reports an immortal count for None; on 3.11 a leaking binding makes the
    # count fall by one per call, so 30,000 calls would show a drop in the thousands.
    assert after >= before - 100, f"None lost {before - after} references over {CALLS} calls"


class _Version(tuple):
    """A stand-in for sys.version_info (its own type cannot be instantiated)."""

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])


def test_the_app_refuses_to_start_on_the_pair_known_to_abort(monkeypatch, capsys) -> None:
    import PySide6

    from ui import app

    monkeypatch.setattr(sys, "version_info", _Version((3, 11, 7, "final", 0)))
    monkeypatch.setattr(PySide6, "__version_info__", (6, 12, 0, "", ""))
    monkeypatch.setattr(PySide6, "__version__", "6.12.0")

    def shown(_args):
        raise AssertionError("the app started on a pair known to abort")

    monkeypatch.setattr(app, "show_first_window", shown)
    assert app.run([]) == 1
    said = capsys.readouterr().err.strip()
    assert said.startswith("PySide6 6.12.0 is known to crash on Python 3.11")
    assert "PySide6-Essentials<6.12" in said and said.count("\n") == 0
    monkeypatch.setattr(sys, "version_info", _Version((3, 12, 1, "final", 0)))
    assert app.broken_qt_binding() == ""
