# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
APP    := $(VENV)/.installed-app
TOOLS  := $(VENV)/.installed-test

.PHONY: run test lint typecheck pytest accuracy bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# `make run` installs the app's own dependencies only; `make test` adds the test tools.
$(APP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(APP)

$(TOOLS): pyproject.toml $(APP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(TOOLS)

run: $(APP)
	$(BIN)/designtrainer

test: $(TOOLS)
	$(BIN)/ruff check designtrainer tests bench tools
	$(BIN)/ruff format --check designtrainer tests bench tools
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest -n auto --dist worksteal -q

accuracy: $(TOOLS)
	$(BIN)/python tools/accuracy.py
	$(BIN)/python tools/flag_sentences.py tests/fixtures/flag-sentences tests/fixtures/flag-sentences-heldout

bench: $(TOOLS)
	$(BIN)/python bench/bench_load.py
	$(BIN)/python bench/bench_grade.py
	$(BIN)/python bench/bench_tui.py
	$(BIN)/python bench/bench_parse.py
	$(BIN)/python bench/bench_cli.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
