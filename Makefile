# The two commands of the README, plus the benchmark and the site for a host.
.PHONY: setup setup-test serve test bench site

# Where the site will live on its host; GitHub Pages serves a repository at /<name>/.
PUBLIC_URL ?= /
# Where the built site goes.
SITE_DIR ?= dist
# The site's full address, ending in /, for the link preview's image (optional).
SITE_URL ?=

# What building and serving need.
setup:
	scripts/setup.sh

# What testing adds: Chromium and ChromeDriver.
setup-test:
	scripts/setup.sh --test

serve: setup
	. scripts/env.sh && trunk serve --release --dist "$(SITE_DIR)"

test:
	scripts/test.sh

bench: setup-test
	. scripts/env.sh && trunk build --release && node tests/bench/bench.mjs

site: setup
	. scripts/env.sh && MVA_SITE_URL="$(SITE_URL)" trunk build --release --public-url "$(PUBLIC_URL)" --dist "$(SITE_DIR)"
