#!/usr/bin/env bash
# A throw-away PostgreSQL server for the storage integration tests (Debian's `postgresql` package).
#   eval "$(bash .ci/postgres.sh up)"   installs the package if missing, starts a server on a temporary data
#                                       directory and a free port on 127.0.0.1, prints the exports
#                                       (TEST_DATABASE_URL, TEST_PG_DIR) to eval
#   bash .ci/postgres.sh stop | start   stops / starts that server again (tests use it to simulate an outage)
#   bash .ci/postgres.sh down           stops it and deletes the data directory
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail

bin_dir() {
	local dir
	dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
	if [ -z "$dir" ] || [ ! -x "$dir/pg_ctl" ]; then
		echo "postgres.sh: installing Debian's postgresql package" >&2
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq >&2
		apt-get install -y -qq postgresql >&2
		dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
	fi
	echo "$dir"
}

as_owner() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ctl() {
	as_owner "$(bin_dir)/pg_ctl" -D "$TEST_PG_DIR/data" -l "$TEST_PG_DIR/server.log" "$@"
}

free_port() {
	node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

case "${1:-}" in
up)
	bin=$(bin_dir)
	TEST_PG_DIR=$(mktemp -d /tmp/glossary-pg.XXXXXX)
	chmod 755 "$TEST_PG_DIR"
	[ "$(id -u)" = 0 ] && chown postgres "$TEST_PG_DIR"
	port=$(free_port)
	as_owner "$bin/initdb" -D "$TEST_PG_DIR/data" -U glossary --auth=trust -E UTF8 >"$TEST_PG_DIR/initdb.log" 2>&1 ||
		{ cat "$TEST_PG_DIR/initdb.log" >&2; exit 1; }
	{
		echo "port = $port"
		echo "listen_addresses = '127.0.0.1'"
		echo "unix_socket_directories = '$TEST_PG_DIR'"
		echo "fsync = off"
	} >>"$TEST_PG_DIR/data/postgresql.conf"
	export TEST_PG_DIR
	ctl -w start >&2
	echo "export TEST_PG_DIR='$TEST_PG_DIR'"
	echo "export TEST_DATABASE_URL='postgres://glossary@127.0.0.1:$port/postgres'"
	;;
stop) ctl -w -m fast stop >&2 ;;
start) ctl -w start >&2 ;;
down)
	ctl -w -m immediate stop >&2 || true
	rm -rf "$TEST_PG_DIR"
	;;
*)
	echo "usage: postgres.sh up|stop|start|down" >&2
	exit 2
	;;
esac
