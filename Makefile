# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`.
# Everything they need (Debian packages, the virtualenv, a virtual sound device) is set up here.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench system-deps sound clean screenshots translations package

run: system-deps $(STAMP)
	$(BIN)/studio

test: system-deps $(STAMP)
	@bash packaging/linux/run-tests.sh

lint: $(STAMP)
	$(BIN)/ruff check studio tests bench
	$(BIN)/ruff format --check studio tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

bench: system-deps $(STAMP)
	@bash packaging/linux/with-sound.sh $(BIN)/python bench/run_all.py

translations: $(STAMP)
	$(BIN)/python packaging/translations/catalogue.py

screenshots: system-deps $(STAMP)
	@bash packaging/linux/screenshots.sh

# The installable app: PyInstaller folder, .deb and portable .tar.gz in dist/ (packaging/README.md).
package: system-deps $(STAMP)
	@bash packaging/linux/package-deps.sh
	$(BIN)/python -m pip install -q -e ".[package]"
	@bash packaging/linux/build-package.sh "$(BIN)"

system-deps:
	@bash packaging/linux/install-system-deps.sh

$(STAMP): pyproject.toml
	@bash packaging/linux/make-venv.sh "$(PYTHON)" "$(VENV)"
	@touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
