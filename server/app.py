"""`create_app(settings, catalogue)`: the ASGI application; the engine opens in the lifespan."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from functools import partial

from fastapi import FastAPI

from app.commands.catalogue import Catalogue
from server import pg_listen, routes
from server.auth import CallerCache
from server.db import give_demo_keys, open_database, prepare
from server.errors import install_error_handlers
from server.faults import Faults
from server.heap import settle_heap
from server.limits import BodyLimit
from server.notify import Notifier, all_heads
from server.presence import Presence
from server.settings import ServerSettings


def create_app(settings: ServerSettings, catalogue: Catalogue) -> FastAPI:
    """`catalogue`: what each pushed command means — the desk's (`app.catalogue.CATALOGUE`).
    Built before the server starts, so the handlers (and what they import) are loaded
    then, not in the first push, which then took 0.3 s and held up every push queued
    behind it."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db = open_database(settings.database_url)
        await asyncio.to_thread(prepare, db, run_migrations=settings.migrate, seed=settings.seed)
        if settings.demo_staff_keys:
            await asyncio.to_thread(give_demo_keys, db)
        settle_heap()
        notifier = Notifier()
        app.state.db = db
        app.state.notifier = notifier
        poll = notifier.poll_heads(partial(all_heads, db), settings.head_poll_seconds)
        tasks = [
            asyncio.create_task(poll),
            asyncio.create_task(notifier.keep_alive(settings.keepalive_seconds)),
        ]
        if not db.is_sqlite:  # several instances may share the database: hear theirs at once
            tasks.append(asyncio.create_task(pg_listen.listen(db.url, notifier)))
        try:
            yield
        finally:
            notifier.close()
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            db.dispose()

    app = FastAPI(
        title="Skranke sync server",
        version="1",
        summary="Central server of Skranke: enrolment, push (exactly once), pull, events.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.catalogue = catalogue
    app.state.faults = Faults(settings.faults)
    app.state.callers = CallerCache()
    app.state.presence = Presence()
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.include_router(routes.health)
    app.include_router(routes.v1)
    app.include_router(routes.admin)
    return app
