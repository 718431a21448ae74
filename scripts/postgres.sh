#!/usr/bin/env bash
# Start a private PostgreSQL cluster for the server tests and print its URL on the last line:
#   DATABASE_URL=postgres://proformas:proformas@127.0.0.1:55432/proformas_test
# Idempotent: installs Debian's postgresql when no server binaries are found, creates the cluster
# once (in $PROFORMAS_PG_DIR, default /tmp/proformas-pg), starts it when it is not running, and
# creates the test role and database. Listens on 127.0.0.1 only ($PROFORMAS_PG_PORT, default 55432).
set -euo pipefail

port="${PROFORMAS_PG_PORT:-55432}"
dir="${PROFORMAS_PG_DIR:-/tmp/proformas-pg}"
data="$dir/data"
user=proformas
password=proformas
database=proformas_test

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

bin="$(find_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed and this user cannot install it (run as root, or: apt-get install postgresql)." >&2
    exit 1
  fi
  echo "Installing PostgreSQL from Debian (apt-get install postgresql)..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bin="$(find_bin)"
fi

# PostgreSQL refuses to run as root: run its tools as the postgres user when we are root.
if [ "$(id -u)" -eq 0 ]; then
  owner=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  owner="$(id -un)"
  as_owner() { "$@"; }
fi

mkdir -p "$dir"
chown "$owner" "$dir"
chmod 700 "$dir"

if [ ! -f "$data/PG_VERSION" ]; then
  as_owner "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi

if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  # A test cluster: no fsync, so tests do not wait on the disk (never use these settings for data you keep).
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
fi

psql_admin() { as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_admin -d postgres -c "select 1 from pg_roles where rolname = '$user'")" != "1" ]; then
  psql_admin -d postgres -c "create role $user login password '$password'"
fi
if [ "$(psql_admin -d postgres -c "select 1 from pg_database where datname = '$database'")" != "1" ]; then
  psql_admin -d postgres -c "create database $database owner $user"
fi

echo "DATABASE_URL=postgres://$user:$password@127.0.0.1:$port/$database"
