#!/usr/bin/env bash
# Reruns the benchmarks and prints their figures (copied into README.md, "Performance").
#   generator/benchmark/run.sh            language: parse, link, validate; CLI cold start;
#                                         generate: whole site for 1,000 touchpoints, warm and cold
#   generator/benchmark/run.sh lsp        language server: initialize, diagnostics after an edit, completion;
#                                         through Neovim: keystroke latency, and a 5 MB paste then an edit
#   generator/benchmark/run.sh diff       cxspec diff of two 100k-line versions, warm
#   generator/benchmark/run.sh results    survey results: 250k, 500k and 1M answers, warm and cold (256 MB heap)
#   generator/benchmark/run.sh worst-case inputs hard for each phase at 1x, 4x, 16x, validated and
#                                         formatted, printing growth and peak heap; within the
#                                         issue-9 target of 1.5 GB of heap
#   generator/benchmark/run.sh fuzz [N]   the fuzz harness's long run: the corpus at the issue's sizes
#                                         with a time bound each, N mutated specs (default 1,000)
# The JVM is capped at 512 MB of heap: the 100k-line target must fit in it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -B -q -DskipTests -pl generator/benchmark,generator/cli -am package
cp="generator/benchmark/target/classes:$(cat generator/benchmark/target/classpath.txt)"
if [ "${1:-}" = "diff" ]; then
  # Two 100k-line models are held at once (twice the heap of one), both built in the young
  # generation; with a small one, copying them between collections costs more than the diff.
  java -Xmx1536m -Xms1536m -Xmn1g -XX:+UseSerialGC -cp "$cp" org.cxspec.benchmark.DiffBenchmark
elif [ "${1:-}" = "results" ]; then
  java -Xmx256m -XX:+UseSerialGC -cp "$cp" org.cxspec.benchmark.ResultsBenchmark "$root"
elif [ "${1:-}" = "fuzz" ]; then
  # The fuzz harness of the command line's tests, as every build runs it, but long: see cli/.../fuzz/Fuzz.java.
  exec ./mvnw -B -pl generator/cli -am test -Dtest='CorpusTest,MutatedSpecPropertiesTest' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dcxspec.fuzz=long -Djqwik.tries.default="${2:-1000}" \
    -DargLine="-Xmx1536m -Xss4m -XX:+UseSerialGC"
elif [ "${1:-}" = "worst-case" ]; then
  # As ./cxspec validate runs it (serial collector), with the heap the target allows.
  java -Xmx1536m -XX:+UseSerialGC -Xss4m -cp "$cp" org.cxspec.benchmark.WorstCase "${2:-}"
elif [ "${1:-}" = "lsp" ]; then
  # As ./cxspec lsp runs it: full JIT, serial GC.
  java -Xmx512m -XX:+UseSerialGC -Xss4m -cp "$cp" org.cxspec.benchmark.LspBenchmark "$root"
  # The same workspace through a real client: headless Neovim, as ./cxspec lsp is started.
  if command -v nvim >/dev/null 2>&1; then
    server='["java","-Xmx512m","-XX:+UseSerialGC","-jar","'"$root"'/generator/cli/target/cxspec.jar","lsp"]'
    for debounce in 0 150; do
      CXSPEC_CMD="$server" CXSPEC_WORKSPACE="$root/generator/benchmark/target/lsp-workspace" CXSPEC_DEBOUNCE=$debounce \
        nvim --headless -u NONE -i NONE -n -S "$root/generator/benchmark/nvim-latency.lua"
    done
    # Newer edits cancel stale work: a 5 MB paste, a one-character edit, hover (the heap issue 9 allows).
    big='["java","-Xmx1536m","-XX:+UseSerialGC","-jar","'"$root"'/generator/cli/target/cxspec.jar","lsp"]'
    CXSPEC_CMD="$big" CXSPEC_WORKSPACE="$root/generator/benchmark/target/lsp-workspace" \
      nvim --headless -u NONE -i NONE -n -S "$root/generator/benchmark/nvim-stale-edits.lua"
  else
    echo "nvim is not installed: the latency through Neovim was not measured (.ci/setup-neovim.sh installs it)"
  fi
else
  # The command line's serial collector, in a warm process whose young generation holds a
  # 100k-line model (about 250 MB while it is built), so little of it is copied twice.
  java -Xmx512m -Xms512m -Xmn400m -XX:+UseSerialGC -cp "$cp" org.cxspec.benchmark.LanguageBenchmark "$root"
  java -Xmx512m -XX:+UseSerialGC -cp "$cp" org.cxspec.benchmark.GenerateBenchmark "$root"
fi
