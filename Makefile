# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-bdtools

.PHONY: install demo test lint golden clean

$(STAMP): setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP)

demo: install
	$(BIN)/bdtools run samples/ -o out/samples.jsonl

test: install
	$(BIN)/ruff check bdtools tests scripts
	$(BIN)/pytest -q

# Regenerate the expected output of `bdtools run samples/`; review the diff before committing it.
golden: install
	$(BIN)/bdtools run samples/ -o tests/golden/samples.jsonl

clean:
	rm -rf out .pytest_cache
