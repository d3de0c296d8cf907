# Evidence Desk: `make run` opens the app, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip

.PHONY: run test bench lint typecheck metadata bundle bundle-smoke test-headless test-gui screenshots translations clean

BUNDLE := build/dist/evidence-desk/evidence-desk
BUNDLE_SOURCES := $(shell find desktop resources seeds packaging -type f ! -path '*/__pycache__/*' 2>/dev/null)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e .
	-PYTHONDONTWRITEBYTECODE= $(PY) -m compileall -q desktop  # the first start need not compile
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PIP) install --quiet -e '.[test]'
	touch $@

$(VENV)/.installed-bundle: $(VENV)/.installed pyproject.toml
	$(PIP) install --quiet -e '.[bundle]'
	touch $@

run: $(VENV)/.installed
	@scripts/ensure-system-libs.sh --window
	$(VENV)/bin/evidence-desk

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check desktop tests bench scripts
	$(VENV)/bin/lint-imports --no-cache

typecheck: $(VENV)/.installed-test
	$(VENV)/bin/mypy

# The desktop entry and the AppStream metadata, as software centres read them.
metadata:
	@scripts/ensure-system-libs.sh --test
	desktop-file-validate packaging/evidence-desk.desktop
	appstreamcli validate --no-net packaging/io.github.evidence_desk.EvidenceDesk.metainfo.xml

# The PyInstaller bundle (one folder): build/dist/evidence-desk/.
bundle: $(BUNDLE)

$(BUNDLE): $(VENV)/.installed-bundle $(BUNDLE_SOURCES)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/pyinstaller \
		packaging/evidence-desk.spec
	touch $@

bundle-smoke: $(BUNDLE)
	@scripts/ensure-system-libs.sh --test
	$(PY) scripts/bundle_smoke.py $(BUNDLE)

# The unit tests with PySide6 impossible to import: the core runs on a machine without Qt. (The few
# unit tests marked `qt`, e.g. a bundle holding a PDF, run with the window tests.)
test-headless: $(VENV)/.installed-test
	@scripts/ensure-system-libs.sh --test
	scripts/with-postgres.sh $(PY) -m pytest -q -p tests.qt_blocker -p no:pytest-qt -m "not qt" tests/unit

# The window, driven offscreen, and the unit tests that need Qt. Together with test-headless: every
# test, each once, in random order.
test-gui: $(VENV)/.installed-test
	@scripts/ensure-system-libs.sh --test
	QT_QPA_PLATFORM=offscreen scripts/with-postgres.sh $(VENV)/bin/pytest -q tests/gui tests/unit -m "gui or qt"

test: lint typecheck metadata bundle-smoke test-headless test-gui

bench: $(VENV)/.installed-test
	@scripts/ensure-system-libs.sh
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py; r1=$$?; \
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py; r2=$$?; \
	$(PY) bench/core.py; r3=$$?; \
	QT_QPA_PLATFORM=offscreen $(PY) bench/search.py; r4=$$?; \
	$(PY) bench/team.py; r5=$$?; \
	QT_QPA_PLATFORM=offscreen $(PY) bench/desk.py; r6=$$?; exit $$((r1 | r2 | r3 | r4 | r5 | r6))

# Translations: lupdate collects every tr()/translate() under desktop/ into resources/translations/*.ts. New
# strings arrive unfinished: translate them (pyside6-linguist, or the XML); strings that only moved keep their
# translation. lrelease compiles the .qm the app loads.
LANGS := it pt fr es de
TS := $(foreach l,$(LANGS),resources/translations/evidence_desk_$(l).ts)
EN_TS := resources/translations/evidence_desk_en.ts  # English: its plural forms only
translations: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate -silent -extensions py -locations none desktop -ts $(TS)
	$(VENV)/bin/pyside6-lupdate -silent -extensions py -locations none -pluralonly desktop -ts $(EN_TS)
	$(PY) scripts/carry_translations.py $(TS) $(EN_TS)  # a string that only moved context keeps its translation
	$(VENV)/bin/pyside6-lupdate -silent -extensions py -locations none -no-obsolete desktop -ts $(TS)
	$(VENV)/bin/pyside6-lupdate -silent -extensions py -locations none -no-obsolete -pluralonly desktop -ts $(EN_TS)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) $(EN_TS)

screenshots: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .mypy_cache
