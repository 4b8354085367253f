# Two commands on a fresh machine: `make run` and `make test`. Everything else follows.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FLASK := $(BIN)/flask --app webapp
CATALOGUES := $(wildcard translations/*/LC_MESSAGES/messages.po)
COMPILED := $(CATALOGUES:.po=.mo)

.PHONY: setup run test lint format translations bench clean

setup: $(STAMP) $(COMPILED)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations/%/LC_MESSAGES/messages.mo: translations/%/LC_MESSAGES/messages.po $(STAMP)
	$(BIN)/pybabel compile --domain messages --input-file $< --output-file $@ --locale $*

run: setup
	$(FLASK) seed-demo
	$(FLASK) run --host 127.0.0.1 --port 5000

test: setup
	$(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extract the marked strings and bring every catalogue up to date.
translations: $(STAMP)
	$(BIN)/pybabel extract --mapping translations/babel.cfg --keywords _l --keywords lazy_gettext --keywords lazy_pgettext:1c,2 \
		--no-location --sort-output --project participation --output-file translations/messages.pot .
	$(BIN)/pybabel update --input-file translations/messages.pot --output-dir translations \
		--no-fuzzy-matching --ignore-obsolete
	$(BIN)/python translations/english.py translations/en/LC_MESSAGES/messages.po
	$(MAKE) $(COMPILED)

# Benchmarks: they measure and print, they do not pass or fail. bench/run.py serves the app
# under gunicorn on seed-scale datasets (cached in /tmp/bench-data) beside its floors and
# prints one Markdown table; PostgreSQL too when BENCH_POSTGRES_URL names a server.
# A quick run: make bench BENCH_ARGS='--sizes 2000 --quick'. Then the certificates.
BENCH_ARGS ?= --sizes 12500,50000,200000
bench: setup
	$(BIN)/python bench/run.py $(BENCH_ARGS)
	$(BIN)/python bench/pdf_rendering.py
	$(BIN)/python bench/bulk_job.py

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache
	find . -name '*.mo' -delete
