# Backstrong: two commands do all set-up. `make run` serves the app; `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
# The front end (see src/backstrong/entrypoints/web/frontend/README.md): npm packages from the
# committed package-lock.json, built by esbuild into the package's static/dist/.
FRONTEND := src/backstrong/entrypoints/web/frontend
DIST := src/backstrong/entrypoints/web/static/dist
NODE_INSTALLED := node_modules/.package-lock.json
FRONTEND_SOURCES := $(shell find $(FRONTEND) -type f -not -name '*.test.js' -not -name '*.md') \
	$(wildcard src/backstrong/entrypoints/web/static/*.css src/backstrong/entrypoints/web/static/*.js)

.PHONY: run test lint unit integration e2e bench docs clean frontend

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Backstrong needs Python 3.11 or newer on PATH"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $@ $(VENV)/.run-installed

# npm ci only when package-lock.json is newer than what node_modules holds.
$(NODE_INSTALLED): package-lock.json
	@command -v node >/dev/null 2>&1 && node -e 'process.exit(parseInt(process.versions.node, 10) < 20 ? 1 : 0)' \
		|| { echo "Backstrong needs Node.js 20 or newer (and npm) on PATH"; exit 1; }
	npm ci --no-audit --no-fund
	touch $@

# The build only when a front-end source, the build script or the installed packages changed.
$(DIST)/manifest.json: $(NODE_INSTALLED) $(FRONTEND_SOURCES)
	npm run --silent build

frontend: $(DIST)/manifest.json

run: frontend $(VENV)/.run-installed
	$(BIN)/backstrong serve

test: frontend $(VENV)/.dev-installed lint
	npm test
	$(BIN)/pytest -n 2

lint: $(NODE_INSTALLED) $(VENV)/.dev-installed
	npm run --silent lint
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

unit integration e2e: frontend $(VENV)/.dev-installed
	$(BIN)/pytest tests/$@

bench: frontend $(VENV)/.dev-installed
	$(BIN)/python bench/run.py

docs: $(VENV)/.dev-installed
	$(BIN)/typer backstrong.entrypoints.cli.main utils docs --name backstrong --output docs/cli.md
	$(BIN)/python -c "from backstrong.entrypoints.cli.main import render_root_help as r; \
		open('src/backstrong/entrypoints/cli/root_help.txt', 'w').write(r())"

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache test-artifacts node_modules $(DIST)
