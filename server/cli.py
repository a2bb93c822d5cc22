"""`skranke-server`: serve (default), migrate, enrolment-code, new-epoch."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from server.settings import ServerSettings, default_database_url

COMMANDS = ("serve", "migrate", "enrolment-code", "new-epoch")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="skranke-server", description=__doc__)
    sub = parser.add_subparsers(dest="command")
    for name in COMMANDS:
        p = sub.add_parser(name)
        p.add_argument(
            "--database-url",
            default=os.environ.get("SKRANKE_DATABASE_URL") or default_database_url(),
            help="sqlite:///path (default) or postgresql://user@host:port/db",
        )
        if name == "serve":
            p.add_argument("--host", default="127.0.0.1")
            p.add_argument("--port", type=int, default=8765)
            p.add_argument(
                "--keepalive", type=float, default=15.0, help="seconds between SSE keepalives"
            )
            p.add_argument(
                "--head-poll", type=float, default=2.0, help="seconds between head polls"
            )
            p.add_argument("--no-migrate", action="store_true")
            p.add_argument("--max-outcomes", type=int, default=5000, help=argparse.SUPPRESS)
            p.add_argument("--log-level", default="warning")
        if name == "enrolment-code":
            p.add_argument("--site", required=True)
            p.add_argument("--counter", type=int, required=True)
            p.add_argument(
                "--replace", action="store_true", help="the new workstation replaces the old"
            )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help"):
        args_list.insert(0, "serve")
    args = _parser().parse_args(args_list)
    from server.db import new_epoch, open_database, prepare

    if args.command == "serve":
        import uvicorn

        from server.app import create_app

        settings = ServerSettings(
            database_url=args.database_url,
            admin_token=os.environ.get("SKRANKE_ADMIN_TOKEN") or None,
            keepalive_seconds=args.keepalive,
            head_poll_seconds=args.head_poll,
            migrate=not args.no_migrate,
            max_outcomes=args.max_outcomes,
            faults=os.environ.get("SKRANKE_SERVER_FAULTS", ""),
        )
        uvicorn.run(
            create_app(settings),
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            access_log=False,
            timeout_graceful_shutdown=3,
        )
        return 0
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
        return 0
    finally:
        db.dispose()
