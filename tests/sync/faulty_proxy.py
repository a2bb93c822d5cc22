"""An HTTP proxy on loopback that drops, delays, duplicates and cuts requests and responses.

It understands just enough HTTP/1.1 (a head and a Content-Length body) to fault
whole requests: drop one before the server sees it, lose the reply after the
server acted, send it to the server twice (concurrently), cut the reply in half,
or delay either way. Event streams are passed through and cut at random. It runs
its own event loop in a thread, so tests drive it from plain code; `offline`
refuses every connection (a partition). Faults come from a seeded RNG.
"""

from __future__ import annotations

import asyncio
import random
import threading
from collections import Counter
from dataclasses import dataclass, field

FAULTS = ("drop_request", "drop_response", "duplicate", "cut_response", "delay")


@dataclass
class FaultRates:
    drop_request: float = 0.1
    drop_response: float = 0.1
    duplicate: float = 0.1
    cut_response: float = 0.05
    delay: float = 0.15
    max_delay: float = 0.05
    cut_stream_after: float = 1.0  # event streams are cut after up to this many seconds


@dataclass
class FaultyProxy:
    upstream_port: int
    seed: int = 0
    rates: FaultRates = field(default_factory=FaultRates)
    offline: bool = False
    faulty: bool = True

    def __post_init__(self) -> None:
        self.stats: Counter[str] = Counter()
        self._rng = random.Random(self.seed)
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0

    # --- control, from any thread -------------------------------------------------
    def start(self) -> FaultyProxy:
        self._thread.start()
        self._ready.wait(5)
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set_offline(self, offline: bool) -> None:
        self.offline = offline
        if offline:
            self._loop.call_soon_threadsafe(self._cut_all)

    def heal(self) -> None:
        self.faulty = False
        self.offline = False

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    # --- inside the proxy's loop --------------------------------------------------
    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        server.close()
        self._cut_all()
        self._loop.run_until_complete(server.wait_closed())
        pending = asyncio.all_tasks(self._loop)
        for task in pending:
            task.cancel()
        self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self._loop.close()

    def _cut_all(self) -> None:
        for writer in list(self._writers):
            writer.transport.abort()

    def _pick(self) -> str | None:
        if not self.faulty:
            return None
        roll = self._rng.random()
        for name in FAULTS:
            rate = getattr(self.rates, name)
            if roll < rate:
                return name
            roll -= rate
        return None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            if self.offline:
                self.stats["refused"] += 1
                return
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            headers = {
                k.strip().lower(): v.strip()
                for k, _, v in (x.partition(":") for x in lines[1:] if x)
            }
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            # One request per connection keeps the framing trivial.
            head = _with_connection_close(lines)
            if " /v1/events" in lines[0]:
                await self._stream(head, writer)
                return
            await self._request(head, body, writer)
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            self._writers.discard(writer)
            writer.transport.abort()

    async def _request(self, head: bytes, body: bytes, writer: asyncio.StreamWriter) -> None:
        fault = self._pick()
        if fault:
            self.stats[fault] += 1
        if fault == "drop_request":
            return
        if fault == "delay":
            await self._inject_latency()
        if fault == "duplicate":
            first, second = await asyncio.gather(
                self._forward(head, body), self._forward(head, body)
            )
            response = second or first
        else:
            response = await self._forward(head, body)
        if self.offline or fault == "drop_response" or not response:
            return
        if fault == "cut_response":
            response = response[: len(response) // 2]
        writer.write(response)
        await writer.drain()

    async def _inject_latency(self) -> None:
        """The "delay" fault: a slow network holds the request up to `max_delay` seconds
        (a fault this proxy simulates, not a wait for anything)."""
        await asyncio.sleep(self._rng.uniform(0, self.rates.max_delay))

    async def _forward(self, head: bytes, body: bytes) -> bytes:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            return b""
        try:
            up_writer.write(head + body)
            await up_writer.drain()
            return await up_reader.read()  # until the server closes (Connection: close)
        except ConnectionError:
            return b""
        finally:
            up_writer.transport.abort()

    async def _stream(self, head: bytes, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            return
        self._writers.add(up_writer)
        up_writer.write(head)
        cut_at = self._rng.uniform(0.1, self.rates.cut_stream_after) if self.faulty else None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + cut_at if cut_at else None
        try:
            while not self.offline:
                timeout = None if deadline is None else max(0.0, deadline - loop.time())
                try:
                    chunk = await asyncio.wait_for(up_reader.read(4096), timeout)
                except TimeoutError:
                    self.stats["cut_stream"] += 1
                    return
                if not chunk:
                    return
                writer.write(chunk)
                await writer.drain()
        finally:
            self._writers.discard(up_writer)
            up_writer.transport.abort()


def _with_connection_close(lines: list[str]) -> bytes:
    kept = [line for line in lines[1:] if line and not line.lower().startswith("connection:")]
    return ("\r\n".join([lines[0], *kept, "Connection: close", "", ""])).encode("latin-1")
