# Two commands: `make run` and `make test`. Everything else is set up on the way.
SHELL := /bin/bash
PY ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard gestor_app/ui/i18n/*.ts)
QM := $(TS:.ts=.qm)
export QTWEBENGINE_DISABLE_SANDBOX := 1
export QTWEBENGINE_CHROMIUM_FLAGS := --disable-gpu --no-sandbox

.PHONY: run test setup i18n lint bench clean dist dist-check

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
	$(BIN)/ruff check gestor_app tests benchmarks scripts

test: setup lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# Packaging (not part of `make test`): a one-folder app in dist/gestor-territorial/ and, on Linux,
# dist/gestor-territorial-<version>-linux-x86_64.tar.gz. See installers/README.md.
VERSION = $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
DIST_NAME := gestor-territorial
TARBASE = $(DIST_NAME)-$(VERSION)-linux-x86_64

dist: setup
	@$(BIN)/python -c 'import PyInstaller' 2>/dev/null || $(BIN)/python -m pip install -q -e '.[dev,dist]'
	rm -rf dist/$(DIST_NAME) build/tar
	PYTHONPATH=$(CURDIR) $(BIN)/python -m PyInstaller --noconfirm --log-level WARN \
	  --distpath dist --workpath build/pyinstaller installers/gestor.spec
	@if [ "$$(uname -s)" = Linux ]; then bash installers/linux/make-tarball.sh dist/$(DIST_NAME) $(VERSION); fi

dist-check: dist
	time bash installers/check-dist.sh dist/$(DIST_NAME)

clean:
	rm -rf $(VENV) build dist *.egg-info gestor_app/ui/i18n/*.qm
