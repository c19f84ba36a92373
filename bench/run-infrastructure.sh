#!/usr/bin/env bash
# Coverage benchmark: bench/run-infrastructure.sh [points=1000000] [cells=150000] [province|country]
# The JVM model (heap 2 GB) beside PostGIS on the same generated data, then the demo province's recompute.
# Installs Debian's postgresql-15-postgis-3 if it is missing and runs a throw-away PostgreSQL 15 cluster in a temp folder.
set -euo pipefail
cd "$(dirname "$0")/.."
PG=/usr/lib/postgresql/15/bin
if [ ! -f /usr/share/postgresql/15/extension/postgis.control ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15-postgis-3
fi
RUN_AS=()
[ "$(id -u)" = 0 ] && RUN_AS=(runuser -u postgres --)
DIR=$(mktemp -d /tmp/postgis-bench.XXXXXX)
chmod 755 "$DIR"
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
PORT=
for p in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then PORT=$p; break; fi
done
stop() {
    "${RUN_AS[@]}" "$PG/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
}
trap stop EXIT
"${RUN_AS[@]}" "$PG/initdb" -D "$DIR/data" -A trust -U bench -E UTF8 --no-sync >/dev/null
"${RUN_AS[@]}" "$PG/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 \
    -c shared_buffers=512MB -c work_mem=64MB -c maintenance_work_mem=512MB -c fsync=off -c synchronous_commit=off \
    -c full_page_writes=off -c jit=off" start >/dev/null
./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -Xmx2g -XX:+ExitOnOutOfMemoryError -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    vn.tinhso.bench.InfrastructureBenchmark "jdbc:postgresql://127.0.0.1:$PORT/postgres?user=bench" "${1:-1000000}" "${2:-150000}" "${3:-province}"
