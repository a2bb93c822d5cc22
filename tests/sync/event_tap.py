"""An HTTP transport for a desk's engine that notes which server-sent events the desk has
finished with, so a test can wait for that instead of sleeping.

An event counts as handled once the desk asks its stream for the bytes after it: httpx
hands every line of a chunk to the reader before it reads the next chunk, and the engine
deals with an event (applies it, or decides to pull) before it reads on.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping

import httpx


class EventTap(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.handled: list[dict[str, int]] = []  # the heads of each event handled, in order

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if request.url.path == "/v1/events" and response.status_code == 200:
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = _Noted(response.stream, self.handled)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()

    def has_handled(self, cursors: Mapping[str, int]) -> bool:
        """Whether the desk has handled an event announcing at least `cursors`."""
        return any(all(h.get(s, -1) >= q for s, q in cursors.items()) for h in self.handled)


class _Noted(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, handled: list[dict[str, int]]) -> None:
        self._inner = inner
        self._handled = handled

    async def __aiter__(self) -> AsyncIterator[bytes]:
        partial = b""
        async for chunk in self._inner:
            *complete, partial = (partial + chunk).split(b"\n\n")
            yield chunk
            # Asked for more: every complete event in what came so far has been handled.
            self._handled.extend(heads for block in complete if (heads := _heads(block)))

    async def aclose(self) -> None:
        await self._inner.aclose()


def _heads(block: bytes) -> dict[str, int] | None:
    for line in block.decode().splitlines():
        if line.startswith("data:"):
            return {str(s): int(q) for s, q in json.loads(line[5:])["heads"].items()}
    return None
