#!/bin/sh
# Two tests convert an exported workbook with LibreOffice, as a ministry's spreadsheet would read
# it; without `soffice` they are skipped with a visible reason. CI installs it when it can
# (Debian or Ubuntu, as root); anywhere else this says in one sentence what to do.
command -v soffice >/dev/null 2>&1 && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "Installing LibreOffice Calc (headless) for the workbook conversion tests"
    (timeout 300 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 900 \
        apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null) ||
        echo "LibreOffice could not be installed; the two conversion tests will be skipped."
else
    echo "For the workbook conversion tests, install LibreOffice Calc: sudo apt-get install libreoffice-calc-nogui"
fi
exit 0
