# Two commands: `make run` and `make test`. Everything else is set up on the way.
SHELL := /bin/bash
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard gestor_app/ui/i18n/*.ts)
QM := $(TS:.ts=.qm)
export QTWEBENGINE_DISABLE_SANDBOX := 1
export QTWEBENGINE_CHROMIUM_FLAGS := --disable-gpu --no-sandbox

.PHONY: run test setup i18n lint bench clean

setup: $(STAMP) $(QM)

$(STAMP): pyproject.toml
	@bash scripts/ensure-system-deps.sh
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

gestor_app/ui/i18n/%.qm: gestor_app/ui/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n: setup ## refresh the .ts catalogues from the sources (then translate what is unfinished)
	$(BIN)/python -m gestor_app.ui.i18n update

run: setup
	$(BIN)/gestor demo
	$(BIN)/gestor

lint: setup
	$(BIN)/ruff check gestor_app tests benchmarks

test: setup lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info gestor_app/ui/i18n/*.qm
