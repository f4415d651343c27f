# The two set-up commands: `make demo` and `make test` (see README.md).
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: deps configure build demo test bench fuzz asan clean

deps:
	@scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD_DIR) -j$(JOBS)

demo: build
	$(BUILD_DIR)/bin/concord check --fail-on never corpora/seeds

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j$(JOBS)

bench: build
	scripts/run-benchmarks.sh $(BUILD_DIR)

fuzz:
	@scripts/install-deps.sh --fuzz
	scripts/run-fuzzers.sh

clean:
	rm -rf $(BUILD_DIR) build-fuzz build-asan
