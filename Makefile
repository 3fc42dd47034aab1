# Entry points. Every target installs what is missing first (scripts/setup.sh), so a fresh clone
# needs nothing but the machine's Rust, Node and apt.
.PHONY: setup build test demo bench fuzz lint clean mutants www www-demo screenshots

setup:
	@bash scripts/setup.sh

build: setup
	@bash scripts/build.sh

## Lint, native tests, wasm tests (Node + headless Chromium), package tests, emulator tests.
test: build
	@bash scripts/test.sh

## The main job end to end: local checks, then a domain and 25 agent accounts on the local emulator.
demo: build
	@cargo build --release --quiet -p nylas-emulator
	@node scripts/demo.mjs

## The admin page (www/) with the handler in front of a local emulator: prints its URL; Ctrl-C stops it.
www: build
	@cargo build --release --quiet -p nylas-emulator
	@node scripts/www.mjs

## The admin page as a static folder (target/www-demo/) running on the in-page emulator: any static
## file server hosts it; no Nylas account, no server. Prints its size and how to serve it.
www-demo: build
	@node scripts/www-demo.mjs

## Regenerates docs/screenshots/*.png from the admin page (1280 px, and one view at 375 px).
screenshots: build
	@cargo build --release --quiet -p nylas-emulator
	@node scripts/screenshots.mjs

## Benchmarks against validator.js and email-addresses; writes BENCHMARKS.md.
bench: build
	@bash scripts/bench.sh

## cargo-fuzz every check, the encodings, response decoding and webhook parsing, 10M runs per target
## (FUZZ_RUNS to change). Not part of `make test`: it takes tens of minutes. Installs nightly and cargo-fuzz.
fuzz:
	@bash scripts/fuzz.sh

lint: setup
	@bash scripts/lint.sh

clean:
	rm -rf pkg target/wasm32-unknown-unknown

## Mutation testing of the checks and the client's decisions (slow; not part of `make test`).
mutants:
	@bash scripts/mutants.sh
