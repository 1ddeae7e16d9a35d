VENV := .venv
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --upgrade pip
	$(VENV)/bin/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

.PHONY: run test
run: $(STAMP)
	$(VENV)/bin/companion run

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q
