"""Size and time limits on what a client sends: bodies are read in chunks, never past the limit."""

from __future__ import annotations

from collections.abc import AsyncIterator

import anyio


class BodyTooLarge(Exception):
    """The client sent (or announced) more bytes than the server accepts."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the body is {size} bytes{' or more' if size > limit else ''}; the limit is {limit} bytes")
        self.size = size
        self.limit = limit


class BodyTimeout(Exception):
    """The client stopped sending its body for longer than the time limit."""


def announced_too_large(content_length: str | None, limit: int) -> BodyTooLarge | None:
    """The refusal for a Content-Length over the limit, before a byte of the body is read."""
    if content_length and content_length.isdigit() and int(content_length) > limit:
        return BodyTooLarge(int(content_length), limit)
    return None


async def limited(chunks: AsyncIterator[bytes], limit: int, timeout: float) -> AsyncIterator[bytes]:
    """The chunks of a body, raising BodyTooLarge past `limit` bytes and BodyTimeout when one takes over `timeout` s."""
    size = 0
    iterator = chunks.__aiter__()
    while True:
        try:
            with anyio.fail_after(timeout):  # the cancel scope never spans a yield
                chunk = await iterator.__anext__()
        except StopAsyncIteration:
            return
        except TimeoutError:
            raise BodyTimeout(f"no byte of the body arrived for {timeout:g} s") from None
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(size, limit)
        yield chunk


async def read_body(chunks: AsyncIterator[bytes], limit: int, timeout: float) -> bytes:
    """A whole body, within `limit` bytes and `timeout` seconds (one timer for the body: it is the hot path)."""
    parts = []
    size = 0
    with anyio.CancelScope(deadline=anyio.current_time() + timeout) as scope:  # fail_after, minus its wrappers
        async for chunk in chunks:
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge(size, limit)
            parts.append(chunk)
    if scope.cancelled_caught:
        raise BodyTimeout(f"the body did not arrive within {timeout:g} s")
    return b"".join(parts)
