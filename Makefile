# Two entry points for a newcomer: `make run` and `make test`. Everything is installed into .venv
# from pyproject.toml, so a clean clone needs nothing but Python >= 3.11.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= claimledger.db
# What running needs (the package alone), and everything for the tests on top of it.
RUN_STAMP := $(VENV)/.installed-run
STAMP  := $(VENV)/.installed
# The wheel smoke test's sdist, wheel, fresh environment and gazetteer cache (gitignored).
SMOKE  := build/smoke
# `make compiled`: the mypyc-compiled wheel and an environment with it (gitignored).
COMPILED := build/compiled
HOST   ?= 127.0.0.1
PORT   ?= 8000
CORPUS ?=
# `make run CORPUS=...` builds its own ledger: the demo's invented reports never mix with a
# real corpus (DB=... on the command line still names the file).
CORPUS_DB ?= $(if $(filter command line,$(origin DB)),$(DB),corpus.db)
# Front-end packages come from npm at build time into a gitignored folder, never committed.
VENDOR  := src/claimledger/web/static/vendor
LEAFLET := leaflet@1.9.4

.PHONY: run test smoke lint typecheck bench fuzz clean vendor browser compiled

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# After installing, compile the sources to bytecode (pip does it for a wheel, not for an editable
# install; with PYTHONDONTWRITEBYTECODE set every start would compile them again, some 0.3 s),
# and build the gazetteer from its data packages (about 25 s, once per package versions): every
# later run only loads the cached build (about 0.2 s).
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	$(BIN)/python -m compileall -q src
	$(BIN)/claimledger place Kaluga --format json >/dev/null
	touch $(RUN_STAMP)

# The tests also need the test, bench and scale extras (PostgreSQL, Dask); running does not.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test,bench,scale]"
	$(BIN)/python -m compileall -q src
	$(BIN)/claimledger place Kaluga --format json >/dev/null
	touch $(STAMP) $(RUN_STAMP)

# The demo ledger, or with CORPUS (JSON Lines, text, exports, folders) a ledger of that corpus
# alone, without the demo's samples; then the dashboard. An ingest that stored what it could
# but met bad lines still goes on to serve.
run: $(RUN_STAMP) vendor
ifneq ($(CORPUS),)
	-$(BIN)/claimledger ingest $(CORPUS) --db $(CORPUS_DB)
	$(BIN)/claimledger serve --db $(CORPUS_DB) --host $(HOST) --port $(PORT)
else
	$(BIN)/claimledger demo --db $(DB)
	$(BIN)/claimledger serve --db $(DB) --host $(HOST) --port $(PORT)
endif

# Leaflet for the dashboard's map; without it (no npm, no network) the map stays server-drawn SVG.
vendor: $(VENDOR)/leaflet/leaflet.js

$(VENDOR)/leaflet/leaflet.js:
	@tmp=$$(mktemp -d) && \
	if command -v npm >/dev/null && (cd $$tmp && npm pack --silent $(LEAFLET) >/dev/null 2>&1) && \
	   tar -xzf $$tmp/leaflet-*.tgz -C $$tmp; then \
	  mkdir -p $(VENDOR)/leaflet && \
	  cp -R $$tmp/package/dist/leaflet.js $$tmp/package/dist/leaflet.css \
	    $$tmp/package/dist/images $$tmp/package/LICENSE $(VENDOR)/leaflet/ && \
	  echo "vendor: $(LEAFLET) in $(VENDOR)/leaflet"; \
	else echo "vendor: could not get $(LEAFLET) from npm; the map falls back to SVG"; fi; \
	rm -rf $$tmp

# Debian's Chromium for the browser tests (tests/test_web_browser.py), installed when missing
# and this is root with apt-get (as in CI); otherwise those tests skip and say why.
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "browser: installing Debian's chromium"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
	  || echo "browser: apt-get install chromium failed; browser tests will skip"; \
	else echo "browser: no /usr/bin/chromium (install Debian's chromium); browser tests will skip"; fi

test: $(STAMP) vendor browser
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/pytest
	$(MAKE) --no-print-directory smoke

# What `pip install claimledger` gives a user: the sdist, the wheel built from it, installed
# into a fresh environment without extras, then tests/smoke/smoke.py with that environment's
# claimledger (an editable install hides a file missing from the package data).
smoke: $(STAMP)
	@rm -rf $(SMOKE) && mkdir -p $(SMOKE)/dist
	@echo "smoke: building the sdist and the wheel from it"
	@$(BIN)/python -m build --outdir $(SMOKE)/dist . >$(SMOKE)/dist/build.log 2>&1 \
	  || { tail -40 $(SMOKE)/dist/build.log; exit 1; }
	@echo "smoke: installing the wheel, without extras, into a fresh environment"
	@$(PYTHON) -m venv $(SMOKE)/venv
	@$(SMOKE)/venv/bin/pip install --quiet $(SMOKE)/dist/*.whl 2>$(SMOKE)/pip.log \
	  || { cat $(SMOKE)/pip.log; exit 1; }
	CLAIMLEDGER_CACHE_DIR=$(SMOKE)/cache $(SMOKE)/venv/bin/python tests/smoke/smoke.py \
	  $(SMOKE)/dist src

# The wheel with the extraction compiled by mypyc (setup.py; some 6 minutes on two cores), in an
# environment of its own: the bench times it beside the pure package (docs/performance.md).
compiled: $(COMPILED)/venv/bin/claimledger

$(COMPILED)/venv/bin/claimledger: $(STAMP) setup.py \
  $(shell find src/claimledger -name '*.py' -o -name '*.toml' -o -name '*.tsv')
	@# setuptools builds in build/lib.* and build/temp.*: a module compiled by an earlier
	@# build and not by this one would otherwise go into the wheel with its own copy of the rest
	@rm -rf $(COMPILED) build/lib.* build/temp.* build/bdist.* && mkdir -p $(COMPILED)/dist
	@echo "compiled: building the wheel with mypyc (log in $(COMPILED)/build.log)"
	@CLAIMLEDGER_COMPILE=1 $(BIN)/pip wheel --no-deps -w $(COMPILED)/dist . \
	  >$(COMPILED)/build.log 2>&1 || { tail -40 $(COMPILED)/build.log; exit 1; }
	$(PYTHON) -m venv $(COMPILED)/venv
	$(COMPILED)/venv/bin/pip install --quiet $(COMPILED)/dist/*.whl
	$(COMPILED)/venv/bin/claimledger place Kaluga --format json >/dev/null

bench: $(STAMP)
	$(BIN)/python bench/extract_throughput.py

# The fuzz harness's long profile (about half an hour): hostile inputs for every reader, in
# process and through whole extract and ingest runs; prints the figures of issue 19.
fuzz: $(STAMP)
	$(BIN)/python bench/fuzz.py

clean:
	rm -rf $(VENV) $(DB) $(DB:.db=.media) corpus.db corpus.media build .pytest_cache .mypy_cache .ruff_cache
