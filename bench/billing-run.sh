#!/usr/bin/env bash
# The monthly billing run at national scale: one book of 2,000,000 accounts billed through the HTTP
# API, against PostgreSQL's own COPY of the same number of ledger rows (printed with the ratio).
#   bench/billing-run.sh [accounts=2000000]
# Needs the national register of bench/registry-search.sh in database tereze_bench (it bills its
# 1.6 million households and organisations for the rest). Each rerun bills the month before the last.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000000}
DB=${BENCH_DB:-tereze_bench}; PORT=18093
URL="jdbc:postgresql://localhost:5432/$DB"
export SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=tereze SPRING_DATASOURCE_PASSWORD=tereze
pg_ctlcluster 15 main start 2>/dev/null || true
ls target/tereze-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
JAR=$(ls target/tereze-*.jar | grep -v original | head -1)
[ -f target/bench-classpath.txt ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx1g -jar "$JAR" --server.port=$PORT ${BENCH_ARGS:-} > target/bench-billing.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do
  kill -0 $PID 2>/dev/null || { tail -20 target/bench-billing.log; exit 1; }
  sleep 1
done
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/BillingBench.java "http://localhost:$PORT" "$URL" tereze tereze "$N"
