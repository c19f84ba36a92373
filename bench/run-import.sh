#!/usr/bin/env bash
# Import benchmark: bench/run-import.sh [elements=50] [months=64]
# 313 communes × 50 elements × 64 months ≈ 1 million values (≈ 30 MB of CSV). Runs with -Xmx512m.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java ${BENCH_JAVA_OPTS:-} -Xmx512m -XX:+ExitOnOutOfMemoryError -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    vn.tinhso.bench.ImportBenchmark "$@"
