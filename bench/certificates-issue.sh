#!/usr/bin/env bash
# Issuing certificates through the HTTP API, PDF included: latency of one certificate (POST, then GET
# of its PDF) and certificates per second with several clerks at once; the baseline is rendering the
# same page with openhtmltopdf alone, in one JVM, without HTTP or database.
#   bench/certificates-issue.sh [sequential=500] [seconds of concurrent load=20] [clerks=4]
# Runs on the embedded PostgreSQL with the demo data (Karool, 17,003 residents), in target/bench-pg.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-500}; SECONDS_LOAD=${2:-20}; CLERKS=${3:-4}; PORT=18091

ls target/tereze-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
JAR=$(ls target/tereze-*.jar | grep -v original | head -1)
[ -f target/bench-classpath.txt ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt

java -Xmx1g -jar "$JAR" --server.port=$PORT --tereze.demo=true --tereze.embedded-database.directory=target/bench-pg \
  > target/bench-certificates.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do
  kill -0 $PID 2>/dev/null || { tail -20 target/bench-certificates.log; exit 1; }
  sleep 1
done
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/CertificateBench.java "http://localhost:$PORT" "$N" "$SECONDS_LOAD" "$CLERKS"
