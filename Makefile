# Entry points. Every target bootstraps .venv from requirements.lock on its own.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
STAMP := $(VENV)/.installed
UV_VERSION := 0.13.9

.PHONY: generate test test-fast check lint fuzz mock bench lock clean vendor

# Bytecode compiled once here: with PYTHONDONTWRITEBYTECODE set (CI images, containers) Python caches none, and every
# run would compile each module it imports again (a second of a `make generate` from scratch). Python still checks
# each .pyc against its source, so an edited module is compiled afresh, never read stale.
$(STAMP): requirements.lock pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check uv==$(UV_VERSION)
	$(UV) pip install -q -p $(PY) -r requirements.lock
	$(UV) pip install -q -p $(PY) --no-deps -e .
	$(PY) -m compileall -q -j 0 generator $$($(PY) -c 'import sysconfig; print(sysconfig.get_path("purelib"))')
	touch $(STAMP)

## generate: regenerate the client packages in generated/ from openapi/ and templates/ (the main job)
generate: $(STAMP)
	$(PY) -m generator generate

## lint: check the specs (validity, operationIds, examples, error responses, components)
lint: $(STAMP)
	$(PY) -m generator lint

## check: fail if generated/ differs from what the specs and templates produce
check: $(STAMP)
	$(PY) -m generator check

## test: everything: spec lint, drift, generated-code style and types, unit, golden, integration, property tests
test: $(STAMP)
	$(PY) -m generator lint
	$(PY) -m generator check
	$(PY) -m pytest -n 2 -q

## test-fast: the quick tier (lint rules, spec model, template context, runtime units), well under 30 s
test-fast: $(STAMP)
	$(PY) -m pytest -q tests/unit tests/test_lint.py tests/test_template_overrides.py

## fuzz: contract-fuzz a family: make fuzz API=pwc [BASE_URL=https://...] [FUZZ_ARGS="--phases examples"]
## make turns any failure into its own exit status 2; CI wants `.venv/bin/python -m generator fuzz` (0/1/2)
fuzz: $(STAMP)
	@test -n "$(API)" || { echo "make fuzz: set API to pwc, cortex or reviewpoint, e.g. make fuzz API=pwc" >&2; exit 2; }
	$(PY) -m generator fuzz $(API) $(if $(BASE_URL),--base-url "$(BASE_URL)") $(FUZZ_ARGS)

## vendor: copy a client into another project: make vendor API=pwc DEST=../orders/src/orders [PACKAGE=pwc] [FORCE=1]
## DEST is relative to this folder; `python -m generator check --vendored DEST/<package>` tells whether it is current
vendor: $(STAMP)
	@test -n "$(API)" && test -n "$(DEST)" || { echo "make vendor: set API and DEST, e.g. make vendor API=pwc DEST=../orders/src" >&2; exit 2; }
	$(PY) -m generator vendor $(API) --dest "$(DEST)" $(if $(PACKAGE),--package "$(PACKAGE)") $(if $(FORCE),--force)

## mock: serve a family's mock on 127.0.0.1: make mock API=cortex [PORT=8000] (the banner prints the base URL)
mock: $(STAMP)
	@test -n "$(API)" || { echo "make mock: set API to pwc, cortex or reviewpoint, e.g. make mock API=cortex" >&2; exit 2; }
	$(PY) -m generator mock $(API) --port $(or $(PORT),8000)

## bench: one table of speed and memory figures against the alternatives, written to docs/benchmarks.md
## make bench QUICK=1: fewer rounds, no 200 MB transfers, under a minute (prints the table, writes nothing)
bench: $(STAMP)
	$(PY) -m benchmarks $(if $(QUICK),--quick) $(BENCH_ARGS)

## lock: re-pin requirements.lock from requirements.in
lock: $(STAMP)
	$(UV) pip compile -q requirements.in -p 3.11 -o requirements.lock --no-header

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
