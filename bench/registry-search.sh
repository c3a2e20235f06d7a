#!/usr/bin/env bash
# Household-book search at national scale (7.4 million persons in all 491 aiyl aimaks and towns) on the
# machine's PostgreSQL server, through the HTTP API and as bare SQL.
#   bench/registry-search.sh [municipalities=491] [residents per municipality=15100] [requests=2000]
# Loading is resumable: run it again after an interruption and it continues.
set -euo pipefail
cd "$(dirname "$0")/.."
M=${1:-491}; R=${2:-15100}; N=${3:-2000}
DB=${BENCH_DB:-tereze_bench}; PORT=18090
URL="jdbc:postgresql://localhost:5432/$DB"
export SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=tereze SPRING_DATASOURCE_PASSWORD=tereze

pg_ctlcluster 15 main start 2>/dev/null || true
su postgres -c "psql -tAc \"select 1 from pg_roles where rolname = 'tereze'\"" | grep -q 1 || su postgres -c "psql -qc \"create role tereze login password 'tereze'\""
su postgres -c "psql -tAc \"select 1 from pg_database where datname = '$DB'\"" | grep -q 1 || su postgres -c "psql -qc \"create database $DB owner tereze encoding 'UTF8' template template0\""

[ -f target/classes/kg/tereze/registry/SearchKey.class ] && ls target/tereze-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
JAR=$(ls target/tereze-*.jar | grep -v original | head -1)

echo "== loading $M municipalities x $R residents (resumable) =="
java -Xmx2g -jar "$JAR" --server.port=$PORT --tereze.bench.municipalities="$M" --tereze.bench.residents="$R" > target/bench-load.log 2>&1 &
PID=$!
until grep -q "Benchmark data complete" target/bench-load.log; do
  kill -0 $PID 2>/dev/null || { tail -20 target/bench-load.log; exit 1; }
  sleep 5
done
grep 'Benchmark data' target/bench-load.log | tail -1
kill $PID; wait $PID 2>/dev/null || true
su postgres -c "psql -d $DB -qc 'vacuum analyze'"

echo "== serving =="
java -Xmx1g -jar "$JAR" --server.port=$PORT > target/bench-serve.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done

[ -f target/bench-classpath.txt ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
[ -f target/test-classes/kg/tereze/support/KeptAliveHttp.class ] || ./mvnw -q -B -DskipTests test-compile
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" bench/SearchBench.java "http://localhost:$PORT" "$URL" tereze tereze "$N"
