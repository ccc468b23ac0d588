# The two commands: `make run` and `make test`. Each installs what is missing,
# configures once, builds incrementally with all cores, then runs.
JOBS ?= $(shell nproc)
STAMP := build/.deps-ok

.PHONY: run test bench asan-test tsan-test format format-check fuzz difffuzz structfuzz clean configure build translations package install

$(STAMP): scripts/install-deps.sh
	./scripts/install-deps.sh
	@mkdir -p build && touch $(STAMP)

build/build.ninja: $(STAMP) CMakeLists.txt CMakePresets.json
	cmake --preset release

configure: build/build.ninja

build: configure
	cmake --build build -j $(JOBS)

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ "$$QT_QPA_PLATFORM" != "offscreen" ]; then \
	  echo "No display found. Run it under a virtual display instead:"; \
	  echo "    xvfb-run -a make run"; \
	  exit 1; \
	fi
	./build/bin/awaitscope

test: build
	ctest --preset release -j $(JOBS)

# The Debian package, build/awaitscope_<version>_amd64.deb (packaging/CMakeLists.txt); README "Install".
package: build
	cmake --build build --target package

# Installs into PREFIX (default /usr/local): bin/awaitscope, share/awaitscope, the desktop files, the man
# page and the completion.
PREFIX ?= /usr/local
install: build
	cmake --install build --prefix $(PREFIX)

bench: build
	./build/bin/awaitscope-bench

# Differential fuzzing (fuzz/README.md, "Differential fuzzing"): random asyncio programs run by Awaitscope
# and by CPython 3.11 on the virtual clock, compared; minimised findings go to build/difffuzz-findings/.
# Uses the normal build as it is (it does not build).
DIFFFUZZ_MINUTES ?= 10
DIFFFUZZ_SEED ?= 1
difffuzz:
	@if [ ! -x build/bin/awaitscope ]; then \
	  echo "difffuzz needs build/bin/awaitscope, which is missing: run 'make build' first"; exit 1; fi
	@if ! command -v python3 >/dev/null 2>&1; then \
	  echo "difffuzz needs python3 (CPython 3.11, e.g. Debian's python3 in /usr/bin)"; exit 1; fi
	nice python3 tests/tools/difffuzz.py --minutes $(DIFFFUZZ_MINUTES) --seed $(DIFFFUZZ_SEED) \
	  $(if $(DIFFFUZZ_TRACES),--traces) --out build/difffuzz-findings

# Structure-aware fuzzing (fuzz/README.md, "Structure-aware fuzzing"): programs shaped to hurt an
# interpreter (deep and long expressions, exception graphs, task graphs with cycles, cyclic data, recursion);
# a crash, a hang or a silent failure is a finding. Uses the normal build as it is.
STRUCTFUZZ_MINUTES ?= 10
STRUCTFUZZ_SEED ?= 1
structfuzz:
	@if [ ! -x build/bin/awaitscope ]; then \
	  echo "structfuzz needs build/bin/awaitscope, which is missing: run 'make build' first"; exit 1; fi
	nice python3 tests/tools/structfuzz.py --minutes $(STRUCTFUZZ_MINUTES) --seed $(STRUCTFUZZ_SEED) \
	  --out build/structfuzz-findings

asan-test: $(STAMP)
	cmake --preset asan
	cmake --build build-asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

# ThreadSanitizer over the tests where threads meet (live runs, the run service, the real clock, HTTP,
# asyncio.to_thread's worker threads, recording). Qt is not instrumented: tests/tsan.supp says what that
# hides. Not part of CI (its build alone takes about as long as the rest of CI).
TSAN_TESTS = tst_liverun tst_runservice tst_realclock tst_httpfaults tst_httpruntime tst_httpsession \
  tst_httpserve tst_httpcpython tst_httpbenchmark tst_demoserver tst_aiohttpmodule tst_record tst_workerthreads
tsan-test: $(STAMP)
	cmake --preset tsan
	cmake --build build-tsan -j $(JOBS) --target awaitscope $(TSAN_TESTS)
	ctest --preset tsan -j $(JOBS)

format:
	git ls-files '*.cpp' '*.h' core/python/evaluator.inc | xargs clang-format -i

format-check:
	git ls-files '*.cpp' '*.h' core/python/evaluator.inc | xargs clang-format --dry-run --Werror

# Translations (docs/translations.md): lupdate reads app/ and core/ into translations/*.ts (new strings
# come in unfinished, strings gone from the code are dropped), then the check lists what is left to translate.
translations: configure
	cmake --build build --target awaitscope-app_lupdate
	cmake --build build -j $(JOBS) --target tst_translations
	ctest --test-dir build -R tst_translations --output-on-failure

# Fuzzing (clang + libFuzzer, its own build dir): builds the fuzzers, then runs each for FUZZ_SECONDS (60).
fuzz:
	./fuzz/install-fuzz-deps.sh
	cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DAWAITSCOPE_FUZZ=ON
	cmake --build build-fuzz -j $(JOBS) --target fuzz-parser fuzz-interpreter fuzz-lesson fuzz-trace fuzz-maketrace
	FUZZ_SECONDS=$(FUZZ_SECONDS) ./fuzz/run-fuzzers.sh build-fuzz

clean:
	rm -rf build build-dev build-asan build-tsan
