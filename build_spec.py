"""The standalone build: one folder with the app, its data and only the Qt it uses (PyInstaller).

    python build_spec.py [--clean] [--dist DIR] [--work DIR]     (`make build`) -> dist/workshop/

Facilitators install the toolkit on laptops that never see Python or the internet, so the
folder holds the interpreter, the catalogs, exercises, fonts, translations and icons. It is a
one-dir build (a one-file build unpacks itself on every start and upsets antivirus tools).

Run as a script, this file hands itself to PyInstaller as the spec; PyInstaller then executes
it again with its spec names (Analysis, PYZ, EXE, COLLECT) defined, which builds the folder.
What the app does not use is filtered out of the analysis: Qt libraries, plugins and
translations beyond QtCore, QtGui and QtWidgets, Babel's locale data beyond the six UN
languages, and every test and build tool.
"""

import shutil
import sys
from pathlib import Path

APP = "workshop"
# Debug symbols off the libraries (Debian's libpython alone carries 15 MB of them), on Linux
# where binutils' `strip` is installed.
STRIP = sys.platform.startswith("linux") and shutil.which("strip") is not None
# The languages the app speaks (workshop.languages.i18n.UN_LANGUAGES; kept here so the spec
# needs no import of the app itself).
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")

# Modules that must never reach the build: test and build tooling, other Qt bindings (PyInstaller
# aborts when it finds two), and big libraries nothing of ours imports.
EXCLUDES = [
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "pypdf", "PyInstaller",
    "pip", "setuptools", "pkg_resources", "ruff", "IPython", "numpy", "PyQt5", "PyQt6",
    "PySide2", "unittest", "pydoc", "doctest", "lib2to3", "test", "PySide6.QtNetwork",
    # no network, so no TLS: OpenSSL (5 MB) stays out; hashlib falls back to its built-in SHA-256
    "ssl", "_ssl", "_hashlib",
    # reportlab imports Pillow (PIL.Image) at start; its AVIF, WebP, colour-management, Tk and Qt
    # parts are never used (the reports draw vectors and embed no pictures) and drag in 6 MB
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms",
    "PIL.ImageCms", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
]

# Qt libraries (and their plugins) the app does not use. The app imports QtCore, QtGui and
# QtWidgets only; QtGui still needs QtDBus on Linux, and the xcb and wayland platform plugins
# need QtOpenGL and the Wayland client libraries, so those stay.
UNUSED_QT = (
    "Qt6Network", "Qt6Pdf", "Qt6Qml", "Qt6Quick", "Qt6Svg", "Qt6VirtualKeyboard", "Qt6Sql",
    "Qt6Test", "Qt6Xml", "Qt6Concurrent", "Qt6PrintSupport", "Qt6OpenGLWidgets",
    "Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport",
)
# Plugin folders of no use to a widgets app without network, SVG, OpenGL, printing or tablets.
UNUSED_PLUGINS = (
    "networkinformation", "tls", "qmltooling", "generic", "sqldrivers", "virtualkeyboard",
    "printsupport", "egldeviceintegrations", "iconengines", "wayland-graphics-integration-client",
)
# Single plugins of no use: embedded-device and VNC platforms, the GTK theme (it drags in the
# whole GTK stack), image formats other than icons (PNG is built into QtGui).
UNUSED_PLUGIN_FILES = (
    "qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc", "qgtk3", "qgif", "qicns",
    "qjpeg", "qsvg", "qtga", "qtiff", "qwbmp", "qwebp", "qpdf",
)


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def keep(dest: str) -> bool:
    """Whether a file (by its path inside the build) belongs in the folder."""
    parts = _parts(dest)
    name = parts[-1]
    lowered = dest.replace("\\", "/").lower()
    if "pyside6/qt/translations" in lowered or "pyside6/translations" in lowered:
        # Qt's own messages: only qtbase, only our languages.
        stem = name.rsplit(".", 1)[0]
        return name.endswith(".qm") and stem.startswith("qtbase_") and \
            stem.split("_", 1)[1].split("_")[0] in LANGUAGES
    if "plugins" in parts and (any(p in UNUSED_PLUGINS for p in parts)
                               or any(f in name for f in UNUSED_PLUGIN_FILES)):
        return False
    if any(name.startswith(lib) or name.startswith("lib" + lib) for lib in UNUSED_QT):
        return False
    if "babel/locale-data" in lowered:
        locale = name.rsplit(".", 1)[0]
        return locale == "root" or locale.split("_")[0] in LANGUAGES
    if parts[0] in ("resources", "exercises"):
        # translation sources stay in the repository (.qm files are what Qt loads)
        return not name.endswith((".ts", ".pro"))
    return True


def prune_libraries(binaries: list, get_imports) -> list:
    """The binaries without the shared libraries that only the dropped files needed.

    PyInstaller collected the system libraries of every Qt plugin and extension module, including
    those dropped by `keep` or excluded; such a library stays only if something kept links it.
    """
    def top_level_library(entry) -> bool:
        # a system library at the top, or one a wheel vendored into its "<name>.libs" folder
        dest, _src, typecode = entry
        parts = _parts(dest)
        return typecode == "BINARY" and (len(parts) == 1 or parts[-2].endswith(".libs")) and \
            not Path(dest).name.startswith(("libpython", "python"))

    by_name = {Path(entry[0]).name: entry for entry in binaries if top_level_library(entry)}
    needed: set[str] = set()
    todo = [entry[1] for entry in binaries if not top_level_library(entry)]
    seen: set[str] = set()
    while todo:
        source = todo.pop()
        if source in seen:
            continue
        seen.add(source)
        for name, _path in get_imports(source):
            name = Path(name).name
            if name in by_name and name not in needed:
                needed.add(name)
                todo.append(by_name[name][1])
    return [entry for entry in binaries
            if not top_level_library(entry) or Path(entry[0]).name in needed]


def build(argv: list[str]) -> int:
    """Run PyInstaller on this file as the spec; the folder lands in dist/workshop/."""
    import argparse

    from PyInstaller import compat
    from PyInstaller.building import build_main

    root = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description="Build the standalone folder of the app.")
    parser.add_argument("--dist", type=Path, default=root / "dist",
                        help="where the folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=root / "build",
                        help="PyInstaller's work folder (default: build/)")
    parser.add_argument("--clean", action="store_true", help="start from an empty cache")
    args = parser.parse_args(argv)
    compat.check_requirements()
    build_main.main(None, str(Path(__file__).resolve()), noconfirm=True,
                    distpath=str(args.dist), workpath=str(args.work), clean_build=args.clean)
    return 0


if __name__ == "__main__":
    sys.exit(build(sys.argv[1:]))

if "Analysis" in globals():  # executed by PyInstaller as the spec
    from PyInstaller.utils.hooks import collect_submodules

    ROOT = Path(SPECPATH)  # noqa: F821 - defined by PyInstaller
    hidden = collect_submodules("workshop") + collect_submodules("ui")
    a = Analysis(  # noqa: F821
        [str(ROOT / "ui" / "__main__.py")],
        pathex=[str(ROOT)],
        datas=[(str(ROOT / "resources"), "resources"), (str(ROOT / "exercises"), "exercises")],
        hiddenimports=hidden,
        excludes=EXCLUDES,
        noarchive=False,
    )
    a.datas = [entry for entry in a.datas if keep(entry[0])]
    a.binaries = [entry for entry in a.binaries if keep(entry[0])]
    if sys.platform.startswith("linux"):
        from PyInstaller.depend.bindepend import get_imports

        a.binaries = prune_libraries(a.binaries, get_imports)
    pyz = PYZ(a.pure)  # noqa: F821
    icon = ROOT / "resources" / "icons" / ("workshop.ico" if sys.platform == "win32"
                                           else "workshop.icns")
    exe = EXE(  # noqa: F821
        pyz, a.scripts, [], exclude_binaries=True, name=APP, console=True,
        icon=str(icon) if icon.exists() else None, upx=False, strip=STRIP,
    )
    COLLECT(exe, a.binaries, a.datas, name=APP, upx=False, strip=STRIP)  # noqa: F821
