# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck pytest accuracy bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/designtrainer

test: $(STAMP)
	$(BIN)/ruff check designtrainer tests bench tools
	$(BIN)/ruff format --check designtrainer tests bench tools
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest -n auto -q

accuracy: $(STAMP)
	$(BIN)/python tools/accuracy.py tests/fixtures/answers

bench: $(STAMP)
	$(BIN)/python bench/bench_load.py
	$(BIN)/python bench/bench_grade.py
	$(BIN)/python bench/bench_tui.py
	$(BIN)/python bench/bench_parse.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
