# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-bdtools

.PHONY: install demo test golden docs bench clean

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

# Regenerate the CLI reference from the commands' --help (a test fails when it is out of date).
docs: install
	$(BIN)/python scripts/cli_reference.py

# Benchmark on a generated corpus (PAGES pages): bdtools, each stage, the floor loop, the peer pipeline,
# then the Dask engine on a LocalCluster of 2 workers beside --jobs 2.
PAGES ?= 20000
bench: install
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python scripts/make_corpus.py --pages $(PAGES) --seed 1 -o out/corpus-$(PAGES)
	$(BIN)/python scripts/bench.py out/corpus-$(PAGES) -o out/bench.json
	$(BIN)/python scripts/bench_dask.py out/corpus-$(PAGES) --workers 2 -o out/bench-dask.json

# Regenerate the expected output of `bdtools run samples/`; review the diff before committing it.
golden: install
	$(BIN)/bdtools run samples/ -o tests/golden/samples.jsonl

clean:
	rm -rf out .pytest_cache
