#!/usr/bin/env bash
# Event log benchmark, PostgreSQL against Kafka (in-JVM broker): bench/run-event-log.sh [events=200000]. Runs with -Xmx1g.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx1g -XX:+ExitOnOutOfMemoryError -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    vn.tinhso.bench.EventLogBenchmark "$@"
