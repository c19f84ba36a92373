#!/usr/bin/env bash
# Event search benchmark: bench/run-search.sh [events=1000000]. Runs with -Xmx1g.
# Peer in the same run: the bare SQL count over the same time range (the storage limit of any search of that range).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -XX:+ExitOnOutOfMemoryError -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    vn.tinhso.bench.EventSearchBenchmark "$@"
