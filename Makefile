# The two commands of the README, plus the benchmark.
.PHONY: setup serve test bench site

# Where the site will live on its host; GitHub Pages serves a repository at /<name>/.
PUBLIC_URL ?= /
# Where the built site goes.
SITE_DIR ?= dist

setup:
	scripts/setup.sh

serve: setup
	. scripts/env.sh && trunk serve --release

test:
	scripts/test.sh

bench: setup
	. scripts/env.sh && trunk build --release && node tests/bench/bench.mjs

site: setup
	. scripts/env.sh && trunk build --release --public-url "$(PUBLIC_URL)" --dist "$(SITE_DIR)"
