# Entry point: `make report` and `make test` work on a fresh machine (they create .venv first).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE := tests/fixtures/seeds

.PHONY: venv test report bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

test: $(STAMP)
	$(BIN)/ruff check discourse tests benchmarks
	$(BIN)/mypy discourse
	$(BIN)/pytest -q

report: $(STAMP)
	mkdir -p reports
	$(BIN)/discourse parse $(EXAMPLE)/*.txt -o reports/seeds.jsonl
	$(BIN)/discourse report $(EXAMPLE)/*.txt -o reports

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build *.egg-info
