# Evidence Desk: `make run` opens the app, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip

.PHONY: run test bench lint screenshots clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e .
	-PYTHONDONTWRITEBYTECODE= $(PY) -m compileall -q desktop  # the first start need not compile
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PIP) install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	@scripts/ensure-system-libs.sh --window
	$(VENV)/bin/evidence-desk

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check desktop tests bench scripts
	$(VENV)/bin/lint-imports --no-cache

test: $(VENV)/.installed-test lint
	@scripts/ensure-system-libs.sh
	QT_QPA_PLATFORM=offscreen scripts/with-postgres.sh $(VENV)/bin/pytest -q

bench: $(VENV)/.installed-test
	@scripts/ensure-system-libs.sh
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py; r1=$$?; \
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py; r2=$$?; \
	$(PY) bench/core.py; r3=$$?; \
	QT_QPA_PLATFORM=offscreen $(PY) bench/search.py; r4=$$?; \
	QT_QPA_PLATFORM=offscreen $(PY) bench/desk.py; r5=$$?; exit $$((r1 | r2 | r3 | r4 | r5))

screenshots: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
