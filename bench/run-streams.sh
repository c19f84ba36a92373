#!/usr/bin/env bash
# Log intake benchmark: bench/run-streams.sh [events=200000]. Runs with -Xmx1g.
# Peers in the same run: a bare PostgreSQL COPY (in the Java benchmark) and syslog-ng from Debian, run as a plain
# process with its own configuration in a temporary directory (installed with apt-get when absent and allowed).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test

if ! command -v syslog-ng >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get install -y syslog-ng-core >/dev/null || true
fi
peer=()
if command -v syslog-ng >/dev/null; then
    dir=$(mktemp -d)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # Comparable work: the syslog header parsed, CEF extensions by kv-parser, access-log lines split by csv-parser,
    # every message written as JSON, and sshd login failures filtered into a second file; flow control on, as our
    # TCP receiver slows senders instead of dropping.
    cat > "$dir/syslog-ng.conf" <<CONF
@version: 3.38
@include "scl.conf"
options { stats-freq(0); keep-hostname(yes); chain-hostnames(no); log-msg-size(1048576); };
source s_bench { network(transport("tcp") ip("127.0.0.1") port($port) max-connections(10) log-iw-size(20000) flags(store-raw-message)); };
filter f_auth_failure { program("sshd" type(string)) and (message("Failed password" type(string) flags(substring)) or message("Invalid user" type(string) flags(substring))); };
destination d_all { file("$dir/all.log" template("\$(format-json --scope rfc5424 --scope nv-pairs)\n")); };
destination d_failures { file("$dir/failures.log"); };
log {
    source(s_bench);
    if (match("CEF:" value("RAWMSG") type(string) flags(substring))) {
        parser { kv-parser(prefix("cef.") template("\${MESSAGE}")); };
    } elif (match("HTTP/1." value("RAWMSG") type(string) flags(substring))) {
        parser { csv-parser(template("\${RAWMSG}") delimiters(" ") quote-pairs('""[]') flags(greedy)
            columns("web.client_ip", "web.ident", "web.user", "web.time", "web.request", "web.status", "web.bytes", "web.rest")); };
    };
    destination(d_all);
    log { filter(f_auth_failure); destination(d_failures); };
    flags(flow-control);
};
CONF
    syslog-ng -F --no-caps -f "$dir/syslog-ng.conf" -R "$dir/persist" -p "$dir/pid" -c "$dir/ctl" >"$dir/out.txt" 2>&1 &
    sng=$!
    trap 'kill $sng 2>/dev/null || true; rm -rf "$dir"' EXIT
    for _ in $(seq 50); do [ -s "$dir/pid" ] && break; sleep 0.2; done
    peer=("--syslog-ng=$port:$dir/all.log:$sng")
    echo "syslog-ng $(syslog-ng --version | head -1 | awk '{print $3}') listening on $port (pid $sng)"
else
    echo "syslog-ng not installed: its peer run is left out"
fi
java -Xmx1g -XX:+ExitOnOutOfMemoryError ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    vn.tinhso.bench.StreamsBenchmark "$@" "${peer[@]}"
