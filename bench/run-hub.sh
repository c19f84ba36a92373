#!/usr/bin/env bash
# Sharing API benchmark: bench/run-hub.sh [rows=10000000] [requests=500]. Runs with -Xmx2g; BENCH_JAVA_OPTS adds JVM options
# (e.g. -XX:StartFlightRecording=duration=120s,filename=/tmp/hub.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java ${BENCH_JAVA_OPTS:-} -Xmx2g -XX:+ExitOnOutOfMemoryError -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    vn.tinhso.bench.HubSharingBenchmark "$@"
