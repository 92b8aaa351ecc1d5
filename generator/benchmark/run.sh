#!/usr/bin/env bash
# Reruns the benchmarks and prints their figures (copied into README.md, "Performance").
#   generator/benchmark/run.sh            language: parse, link, validate; CLI cold start;
#                                         generate: whole site for 1,000 touchpoints, warm and cold
# The JVM is capped at 512 MB of heap: the 100k-line target must fit in it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -B -q -DskipTests -pl generator/benchmark,generator/cli -am package
cp="generator/benchmark/target/classes:$(cat generator/benchmark/target/classpath.txt)"
java -Xmx512m -XX:+UseSerialGC -cp "$cp" org.cxspec.benchmark.LanguageBenchmark "$root"
java -Xmx512m -XX:+UseSerialGC -cp "$cp" org.cxspec.benchmark.GenerateBenchmark "$root"
