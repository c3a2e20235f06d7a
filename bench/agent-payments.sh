#!/usr/bin/env bash
# Agent payments through HTTP by the OSMP protocol: pay requests per second sustained and their latency,
# with every request sent twice at the same moment; then the balances are checked for double postings.
# The baseline is PostgreSQL's own rate of durable single-row inserts (autocommit, fsync on) by the
# same number of connections, measured in the same run.
#   bench/agent-payments.sh [seconds=30] [clients=8] [warm-up seconds=15]
# Every client keeps two connections open and writes both copies of a payment before reading either answer.
# Runs on PostgreSQL 15 (database tereze_bench_pay) with the demo data: 4,109 accounts.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_LOAD=${1:-30}; CLIENTS=${2:-8}
DB=${BENCH_DB:-tereze_bench_pay}; PORT=18092
URL="jdbc:postgresql://localhost:5432/$DB"
pg_ctlcluster 15 main start 2>/dev/null || true
su postgres -c "psql -tAc \"select 1 from pg_roles where rolname = 'tereze'\"" | grep -q 1 || su postgres -c "psql -qc \"create role tereze login password 'tereze'\""
su postgres -c "psql -tAc \"select 1 from pg_database where datname = '$DB'\"" | grep -q 1 || su postgres -c "psql -qc \"create database $DB owner tereze encoding 'UTF8' template template0\""
export SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=tereze SPRING_DATASOURCE_PASSWORD=tereze
ls target/tereze-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
JAR=$(ls target/tereze-*.jar | grep -v original | head -1)
[ -f target/bench-classpath.txt ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx1g -jar "$JAR" --server.port=$PORT --tereze.demo=true > target/bench-payments.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do
  kill -0 $PID 2>/dev/null || { tail -20 target/bench-payments.log; exit 1; }
  sleep 1
done
[ -f target/test-classes/kg/tereze/support/KeptAliveHttp.class ] || ./mvnw -q -B -DskipTests test-compile
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" bench/AgentPaymentBench.java "http://localhost:$PORT" "$URL" tereze tereze "$SECONDS_LOAD" "$CLIENTS" "${3:-15}"
