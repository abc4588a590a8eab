#!/bin/sh
# Qt's window plugin on Linux (xcb) needs a few system libraries that a bare machine lacks.
# Install them when we can (Debian or Ubuntu, as root); otherwise say in one sentence what to do.
[ "$(uname -s)" = "Linux" ] || exit 0
[ -n "${QT_QPA_PLATFORM:-}" ] && exit 0
PACKAGES="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 libegl1 libgl1"
if ldconfig -p 2>/dev/null | grep -q libxcb-cursor.so.0 && ldconfig -p | grep -q libEGL.so.1; then
    exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "Installing the system libraries Qt needs to open a window: $PACKAGES"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $PACKAGES >/dev/null
else
    echo "Qt needs these system libraries to open a window; install them first: sudo apt-get install $PACKAGES"
fi
exit 0
