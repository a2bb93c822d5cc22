"""`skranke-server`: serve (default), migrate, enrolment-code, new-epoch, revoke-workstation,
staff-secret.

`staff-secret --staff ID` sets a staff member's password or PIN on the server (read
from the terminal, or the first line of standard input): the server checks the proof
on every change that person makes with the key of that secret, so it must be the one
they sign in with at the desks. `serve --demo` gives every staff member without a
secret the demo PIN 1234, as `skranke --demo` does on a desk (never on a real server).

`serve --tls-cert PATH --tls-key PATH` serves HTTPS; without them the server
warns once that tokens and personal data travel in clear text (fine on loopback).
`revoke-workstation` works on the database directly: a running server refuses the
token at the latest when its cache of callers expires (server/auth.py, ~5 s).

Environment variables (a flag on the command line wins over its variable; a systemd
unit or a container sets them, docs/deployment.md):
  SKRANKE_DATABASE_URL  --database-url  sqlite:///path or postgresql://user@host:port/db
  SKRANKE_HOST          --host          address to listen on (default 127.0.0.1)
  SKRANKE_PORT          --port          port (default 8765)
  SKRANKE_TLS_CERT      --tls-cert      certificate chain (PEM); with SKRANKE_TLS_KEY
  SKRANKE_TLS_KEY       --tls-key       the certificate's private key (PEM)
  SKRANKE_LOG_LEVEL     --log-level     uvicorn's log level (default warning)
  SKRANKE_ADMIN_TOKEN   (no flag)       enables /v1/admin/*; kept out of the process list
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import ssl
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from server.settings import ServerSettings, default_database_url

if TYPE_CHECKING:
    from server.db import Database

COMMANDS = (
    "serve",
    "migrate",
    "enrolment-code",
    "new-epoch",
    "revoke-workstation",
    "staff-secret",
)
_PLAIN_WARNING = (
    "Serveren kører UDEN TLS: nøgler og personoplysninger sendes ukrypteret. "
    "Brug kun det på loopback, eller angiv --tls-cert og --tls-key. "
    "(Running WITHOUT TLS: use only on loopback, or give --tls-cert and --tls-key.)"
)


def _env(name: str) -> str | None:
    """An environment variable's value, or None when it is unset or empty."""
    return os.environ.get(name) or None


def _env_port() -> int:
    value = _env("SKRANKE_PORT")
    if value is None:
        return 8765
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise SystemExit(f"skranke-server: SKRANKE_PORT={value!r} er ikke et portnummer (1-65535).")
    return int(value)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="skranke-server",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command")
    for name in COMMANDS:
        p = sub.add_parser(name)
        p.add_argument(
            "--database-url",
            default=_env("SKRANKE_DATABASE_URL") or default_database_url(),
            help="sqlite:///path (default) or postgresql://user@host:port/db",
        )
        if name == "serve":
            p.add_argument("--host", default=_env("SKRANKE_HOST") or "127.0.0.1")
            p.add_argument("--port", type=int, default=_env_port())
            p.add_argument(
                "--keepalive", type=float, default=15.0, help="seconds between SSE keepalives"
            )
            p.add_argument(
                "--head-poll", type=float, default=2.0, help="seconds between head polls"
            )
            p.add_argument("--no-migrate", action="store_true")
            p.add_argument("--max-outcomes", type=int, default=5000, help=argparse.SUPPRESS)
            p.add_argument("--log-level", default=_env("SKRANKE_LOG_LEVEL") or "warning")
            p.add_argument(
                "--tls-cert",
                type=Path,
                default=_env("SKRANKE_TLS_CERT"),
                help="the server's certificate chain (PEM)",
            )
            p.add_argument(
                "--tls-key",
                type=Path,
                default=_env("SKRANKE_TLS_KEY"),
                help="the certificate's private key (PEM)",
            )
            p.add_argument(
                "--demo",
                action="store_true",
                help="FOR DEMONSTRATION ONLY: staff without a secret get the demo PIN 1234",
            )
        if name == "enrolment-code":
            p.add_argument("--site", required=True)
            p.add_argument("--counter", type=int, required=True)
            p.add_argument(
                "--replace", action="store_true", help="the new workstation replaces the old"
            )
        if name == "revoke-workstation":
            p.add_argument("--workstation-id", required=True)
        if name == "staff-secret":
            p.add_argument("--staff", required=True, help="the staff id, e.g. mus-bbj")
            p.add_argument(
                "--forget-old",
                action="store_true",
                help="the old secret is known to others: changes made with it no longer count",
            )
    return parser


def _tls_error(cert: Path | None, key: Path | None) -> str | None:
    """Why the TLS options cannot be used (in Danish), or None when they can."""
    if cert is None and key is None:
        return None
    if cert is None or key is None:
        return "--tls-cert og --tls-key skal angives sammen (begge eller ingen af dem)."
    try:  # an empty password: a key protected by a passphrase is refused, not prompted for
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key, password=lambda: b"")
    except (OSError, ssl.SSLError) as exc:
        return f"Certifikatet {cert} og nøglen {key} kan ikke bruges: {exc}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help"):
        args_list.insert(0, "serve")
    parser = _parser()
    args = parser.parse_args(args_list)
    from server.db import new_epoch, open_database, prepare

    if args.command == "serve":
        tls_error = _tls_error(args.tls_cert, args.tls_key)
        if tls_error:
            parser.error(tls_error)
        import uvicorn

        from app.catalogue import CATALOGUE
        from server.app import create_app

        settings = ServerSettings(
            database_url=args.database_url,
            admin_token=os.environ.get("SKRANKE_ADMIN_TOKEN") or None,
            keepalive_seconds=args.keepalive,
            head_poll_seconds=args.head_poll,
            migrate=not args.no_migrate,
            max_outcomes=args.max_outcomes,
            faults=os.environ.get("SKRANKE_SERVER_FAULTS", ""),
            demo_staff_keys=args.demo,
        )
        config = uvicorn.Config(
            create_app(settings, CATALOGUE),
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            access_log=False,
            timeout_graceful_shutdown=3,
            ssl_certfile=args.tls_cert,
            ssl_keyfile=args.tls_key,
        )  # configures uvicorn's logging, so the warning below lands in the server log
        if args.tls_cert is None:
            logging.getLogger("uvicorn.error").warning(_PLAIN_WARNING)
        server = uvicorn.Server(config)
        server.run()
        return 0 if server.started else 3  # as uvicorn.run: it could not start (port taken …)
    db = open_database(args.database_url)
    try:
        prepare(db)
        if args.command == "enrolment-code":
            from server.enrolment import create_code
            from server.errors import ApiError
            from server.schemas import EnrolmentCodeIn

            request = EnrolmentCodeIn(
                site_code=args.site, counter_number=args.counter, replace=args.replace
            )
            try:
                with db.writes() as session, session.begin():
                    out = create_code(session, request)
            except ApiError as exc:
                print(exc.message_da, file=sys.stderr)
                return 2
            print(json.dumps(out.model_dump(), ensure_ascii=False))
        elif args.command == "new-epoch":
            print(new_epoch(db))
        elif args.command == "revoke-workstation":
            return _revoke(db, args.workstation_id)
        elif args.command == "staff-secret":
            return _staff_secret(db, args.staff, forget_old=args.forget_old)
        return 0
    finally:
        db.dispose()


def _staff_secret(db: Database, staff_id: str, *, forget_old: bool) -> int:
    from server.errors import ApiError
    from server.staff_keys import set_secret

    if sys.stdin.isatty():
        import getpass

        secret = getpass.getpass(f"Ny adgangskode eller PIN for {staff_id}: ")
    else:
        secret = sys.stdin.readline().rstrip("\r\n")
    try:
        with db.writes() as session, session.begin():
            set_secret(session, staff_id, secret, forget_old=forget_old)
    except ApiError as exc:
        print(exc.message_da, file=sys.stderr)
        return 2
    print(f"Adgangskoden for {staff_id} er sat; serveren godtager den inden for 5 s.")
    return 0


def _revoke(db: Database, workstation_id: str) -> int:
    from server.auth import revoke_workstation
    from server.errors import ApiError

    try:
        with db.writes() as session, session.begin():
            row = revoke_workstation(session, workstation_id)
            revoked_at = row.revoked_at
    except ApiError as exc:
        print(exc.message_da, file=sys.stderr)
        return 2
    assert revoked_at is not None
    print(json.dumps({"workstation_id": workstation_id, "revoked_at": revoked_at.isoformat()}))
    return 0
