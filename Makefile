# The two commands of the README, plus the benchmark.
.PHONY: setup serve test bench

setup:
	scripts/setup.sh

serve: setup
	. scripts/env.sh && trunk serve --release

test:
	scripts/test.sh

bench: setup
	. scripts/env.sh && cargo bench --bench model
