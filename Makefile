# The quick start: `make demo` opens the app on the demo workshop; `make test` runs every test.
# Both set up a virtual environment in .venv first (Python 3.11 or newer, from PyPI).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := demo.workshop

.PHONY: demo test test-slow build bench lint screenshots translations clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	touch $@

$(BIN)/.installed-build: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e ".[build]"
	touch $@

demo: $(BIN)/.installed
	@sh scripts/check-qt-libraries.sh
	test -f $(DEMO) || $(BIN)/workshop demo $(DEMO)
	$(BIN)/workshop $(DEMO)

test: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The slow tests: build the standalone folder in a temporary folder and run its --self-test.
test-slow: $(BIN)/.installed-build
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow

# The standalone folder for this operating system: dist/workshop/ (run dist/workshop/workshop).
build: $(BIN)/.installed-build
	$(BIN)/python build_spec.py --clean
	dist/workshop/workshop --self-test

bench: $(BIN)/.installed-build
	$(BIN)/python -m bench

screenshots: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py docs/screenshots

# The interface's translations: pyside6-lupdate refreshes resources/i18n/ui_<lang>.ts from the
# tr() calls in ui/ (keeping what is translated), pyside6-lrelease compiles the .qm files the app
# loads. Both .ts and .qm are committed, so a checkout runs without this step.
UI_LANGUAGES := ar es fr ru zh
translations: $(BIN)/.installed
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find ui -name '*.py' | sort) \
		$(foreach l,$(UI_LANGUAGES),-ts resources/i18n/ui_$(l).ts)
	$(BIN)/pyside6-lupdate -pluralonly -no-obsolete -locations none $$(find ui -name '*.py' | sort) \
		-ts resources/i18n/ui_en.ts
	$(foreach l,en $(UI_LANGUAGES),$(BIN)/pyside6-lrelease resources/i18n/ui_$(l).ts \
		-qm resources/i18n/ui_$(l).qm &&) true
	$(BIN)/workshop translations missing || true

lint: $(BIN)/.installed
	$(BIN)/ruff check workshop ui tests bench build_spec.py
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache build dist
