#!/usr/bin/env bash
# Indicator engine benchmark: bench/run-indicators.sh [elements=500] [months=64] [iterations=200]
# 313 communes × 500 elements × 64 months ≈ 10 million values. Needs a few GB of free disk in /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.tinhso.bench.IndicatorsBenchmark "$@"
