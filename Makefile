# Backstrong: two commands do all set-up. `make run` serves the app; `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' && { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint unit integration e2e bench docs clean

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

run: $(VENV)/.run-installed
	$(BIN)/backstrong serve

test: $(VENV)/.dev-installed lint
	$(BIN)/pytest

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

unit integration e2e: $(VENV)/.dev-installed
	$(BIN)/pytest tests/$@

bench: $(VENV)/.dev-installed
	$(BIN)/python bench/run.py

docs: $(VENV)/.dev-installed
	$(BIN)/typer backstrong.entrypoints.cli.main utils docs --name backstrong --output docs/cli.md
	$(BIN)/python -c "from backstrong.entrypoints.cli.main import render_root_help as r; \
		open('src/backstrong/entrypoints/cli/root_help.txt', 'w').write(r())"

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache test-artifacts
