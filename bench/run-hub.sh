#!/usr/bin/env bash
# Sharing API benchmark: bench/run-hub.sh [rows=10000000] [requests=500]. Runs with -Xmx2g.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -XX:+ExitOnOutOfMemoryError -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    vn.tinhso.bench.HubSharingBenchmark "$@"
