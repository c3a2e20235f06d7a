#!/usr/bin/env bash
# WhatsApp webhook ingest through HTTP: messages acknowledged per second and the acknowledgement's
# latency, with the application stopped and started again in the middle of the load; afterwards every
# acknowledged message must be stored once and processed into a thread. The baseline is PostgreSQL's
# own rate of durable single-row inserts of the same payloads by the same number of connections.
#   bench/messaging-ingest.sh [seconds=30] [clients=16]   (RESTART=0: no restart, the steady rate)
# Runs on PostgreSQL 15 (database tereze_bench_msg) with the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_LOAD=${1:-30}; CLIENTS=${2:-16}
DB=${BENCH_DB:-tereze_bench_msg}; PORT=18093
URL="jdbc:postgresql://localhost:5432/$DB"
pg_ctlcluster 15 main start 2>/dev/null || true
su postgres -c "psql -tAc \"select 1 from pg_roles where rolname = 'tereze'\"" | grep -q 1 || su postgres -c "psql -qc \"create role tereze login password 'tereze'\""
su postgres -c "psql -tAc \"select 1 from pg_database where datname = '$DB'\"" | grep -q 1 || su postgres -c "psql -qc \"create database $DB owner tereze encoding 'UTF8' template template0\""
export SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=tereze SPRING_DATASOURCE_PASSWORD=tereze
ls target/tereze-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
JAR=$(ls target/tereze-*.jar | grep -v original | head -1)
[ -f target/bench-classpath.txt ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
start() {
  java -Xmx1g -jar "$JAR" --server.port=$PORT --tereze.demo=true >> target/bench-messaging.log 2>&1 &
  PID=$!
  until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do
    kill -0 $PID 2>/dev/null || { tail -20 target/bench-messaging.log; exit 1; }
    sleep 0.5
  done
}
: > target/bench-messaging.log
start
trap 'kill $PID 2>/dev/null || true' EXIT
java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/MessagingBench.java "http://localhost:$PORT" "$URL" tereze tereze "$SECONDS_LOAD" "$CLIENTS" &
BENCH=$!
if [ "${RESTART:-1}" = 1 ]; then
  sleep $((SECONDS_LOAD / 2))
  echo "stopping the application in the middle of the load"
  kill -TERM $PID; wait $PID 2>/dev/null || true
  start
  echo "started again"
fi
wait $BENCH
