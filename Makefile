# amity: the two commands of the README, and their parts.
#   make demo   install what is missing, build, create the demo database, serve
#   make check  install what is missing, build (warnings are errors), run all
#               tests, build again as a packager does (Release, -O3), run the
#               unit and API tests again under ASan+UBSan, and each fuzz
#               target for a fixed number of runs
BUILD      ?= build
ASAN_BUILD ?= build-asan
RELEASE_BUILD ?= build-release
DEMO_DB    ?= amity-demo.db
PORT       ?= 8080
JOBS       ?= $(shell nproc)

FUZZ_BUILD ?= build-fuzz
FUZZ_RUNS  ?= 100000
FUZZ_TARGETS := $(basename $(notdir $(wildcard tests/fuzz/fuzz_*.c)))

.PHONY: all deps build demo demo-db check test release asan-test fuzz clean

all: build

deps:
	./scripts/deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

# The demo is the real world: the gazetteer, then the seed records (matched
# to it), then the twin towns, the ETMUN networks and memberships, and the
# Index results published for real cities.
demo-db: build
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BUILD)/amity --db $(DEMO_DB) init
	$(BUILD)/amity --db $(DEMO_DB) import gazetteer
	$(BUILD)/amity --db $(DEMO_DB) init --demo
	$(BUILD)/amity --db $(DEMO_DB) import partnerships data/twin_towns.csv --report $(BUILD)/twin_towns.report.csv
	$(BUILD)/amity --db $(DEMO_DB) import networks data/networks_etmun.csv --report $(BUILD)/networks_etmun.report.csv
	$(BUILD)/amity --db $(DEMO_DB) import memberships data/network_memberships_etmun.csv --report $(BUILD)/network_memberships_etmun.report.csv
	$(BUILD)/amity --db $(DEMO_DB) import index-published data/icc_index_published.csv --report $(BUILD)/icc_index_published.report.csv

demo: demo-db
	@echo "Demo accounts (local demo only): admin, reggio (officer, Reggio Emilia), icc and wego (secretariats); password amity-demo"
	$(BUILD)/amity --db $(DEMO_DB) serve --port $(PORT)

# The authorisation matrix and the private-data canary print their counts.
test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@grep -hE '^# (matrix|canary):' $(BUILD)/Testing/Temporary/LastTest.log | sed 's/^# //' || true
	@grep -h 'replies checked against the OpenAPI document' $(BUILD)/Testing/Temporary/LastTest.log | \
	    awk '{n += $$(NF-2); m += $$NF} END {printf "replies checked against the OpenAPI document: %d, mismatches: %d\n", n, m}'


# Built, tests included, as a packager builds: -O3 lets GCC see more (it
# finds format truncations the other builds do not). Not run: the same code
# is tested above and under ASan.
release: deps
	cmake -S . -B $(RELEASE_BUILD) -DCMAKE_BUILD_TYPE=Release -DAMITY_TESTS=ON >/dev/null
	cmake --build $(RELEASE_BUILD) -j $(JOBS)

asan-test: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DAMITY_SANITIZE=ON >/dev/null
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) -L "unit|api" -LE "real|slow"

# Each fuzz target under libFuzzer, ASan and UBSan, from its corpus, for a
# fixed number of runs with a fixed seed (repeatable); FUZZ_RUNS=-1 runs on.
fuzz: deps
	CC=clang cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=Debug -DAMITY_LIBFUZZER=ON >/dev/null
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(FUZZ_TARGETS)
	for t in $(FUZZ_TARGETS); do \
	    mkdir -p $(FUZZ_BUILD)/corpus/$$t && \
	    $(FUZZ_BUILD)/tests/$$t -seed=1 -runs=$(FUZZ_RUNS) -max_len=4096 -artifact_prefix=$(FUZZ_BUILD)/ \
	        $(FUZZ_BUILD)/corpus/$$t tests/fuzz/corpus/$$t > $(FUZZ_BUILD)/$$t.log 2>&1 \
	        || { tail -n 40 $(FUZZ_BUILD)/$$t.log; echo "fuzz: $$t failed" >&2; exit 1; }; \
	    echo "$$t: $$(tail -n 1 $(FUZZ_BUILD)/$$t.log)"; \
	done

check: test release asan-test fuzz

clean:
	rm -rf $(BUILD) $(RELEASE_BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
