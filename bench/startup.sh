#!/usr/bin/env bash
# Start-up time of Tereze with its embedded PostgreSQL, against a baseline: the same PostgreSQL
# binaries starting the same data directory alone (pg_ctl start until it accepts connections).
# Usage: bench/startup.sh [runs]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=$(ls target/tereze-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B -DskipTests package; JAR=$(ls target/tereze-*.jar | grep -v original | head -1); fi
DATA=$(mktemp -d); chmod 755 "$DATA"
PORT=18080

start_once() {
  local t0 t1
  t0=$(date +%s.%N)
  java -Xmx512m -jar "$JAR" --server.port=$PORT --tereze.embedded-database.directory="$DATA/postgres" \
       --tereze.embedded-database.port=15432 > "$DATA/app.log" 2>&1 &
  local pid=$!
  until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do sleep 0.1; done
  t1=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$t1 - $t0" | bc
}

echo "first start (initdb, migrations, SOATE, demo data): $(start_once) s"
total=0
for i in $(seq 1 "$RUNS"); do
  s=$(start_once); echo "start $i: $s s"; total=$(echo "$total + $s" | bc)
done
app=$(echo "scale=2; $total / $RUNS" | bc)

# Baseline: PostgreSQL alone on the same data directory, with the binaries zonky unpacked.
PGBIN=$(dirname "$(find /tmp/embedded-pg -name pg_ctl -type f | head -1)")
chown -R nobody "$DATA/postgres" 2>/dev/null || true
t0=$(date +%s.%N)
if [ "$(id -u)" = 0 ]; then
  su -s /bin/sh nobody -c "$PGBIN/pg_ctl -D $DATA/postgres -o '-p 15432' -w start" >/dev/null
  t1=$(date +%s.%N)
  su -s /bin/sh nobody -c "$PGBIN/pg_ctl -D $DATA/postgres -m fast stop" >/dev/null
else
  "$PGBIN/pg_ctl" -D "$DATA/postgres" -o '-p 15432' -w start >/dev/null
  t1=$(date +%s.%N)
  "$PGBIN/pg_ctl" -D "$DATA/postgres" -m fast stop >/dev/null
fi
pg=$(echo "$t1 - $t0" | bc)
echo "Tereze start-up (mean of $RUNS): ${app} s; PostgreSQL alone: ${pg} s; ratio $(echo "scale=1; $app / $pg" | bc)x"
rm -rf "$DATA"
