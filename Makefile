# The quick start: `make demo` opens the app on the demo workshop; `make test` runs every test.
# Both set up a virtual environment in .venv first (Python 3.11 or newer, from PyPI).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := demo.workshop

.PHONY: demo test bench lint screenshots clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	touch $@

demo: $(BIN)/.installed
	@sh scripts/check-qt-libraries.sh
	test -f $(DEMO) || $(BIN)/workshop demo $(DEMO)
	$(BIN)/workshop $(DEMO)

test: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(BIN)/.installed
	$(BIN)/python -m bench

screenshots: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py docs/screenshots

lint: $(BIN)/.installed
	$(BIN)/ruff check workshop ui tests bench

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache
