"""A real HTTP server on loopback that speaks the OpenAI chat-completions protocol, for tests.

Queue replies with `server.queue(Reply(...), ...)`; each POST to /v1/chat/completions takes the next
one (an empty queue answers 500). A reply can be plain, streamed as SSE (when the request says
`stream: true`), an HTTP error with an OpenAI-style error body, slow, or cut off mid-stream by
dropping the connection. Every request is recorded in `server.requests` (path, headers, JSON body).
GET /v1/models lists `server.models`.

Use the `openai_server` fixture (tests/conftest.py), or `with OpenAIServer() as server: ...`.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    content: str = "OK"
    status: int = 200
    finish_reason: str = "stop"
    headers: dict[str, str] = field(default_factory=dict)
    error_message: str = "error"
    echo_auth: bool = False  # put the request's Authorization header into the error message
    delay: float = 0.0  # seconds to wait before answering
    chunks: list[str] | None = None  # stream pieces; default: the content split into words
    drop_after: int | None = None  # stream: close the connection after this many pieces
    raw_event: str | None = None  # stream: send this text as the first event's data, as is (malformed JSON)
    cut_body: bool = False  # plain reply: declare the whole body, send half of it, close the connection


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class OpenAIServer:
    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[Request] = []
        self.models = ["test-model", "other-model"]
        self.models_status = 200
        self.stopping = threading.Event()
        self._httpd = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def queue(self, *replies: Reply | str) -> None:
        self.replies.extend(Reply(content=r) if isinstance(r, str) else r for r in replies)

    @property
    def bodies(self) -> list[dict[str, Any]]:
        return [r.body for r in self.requests if r.path.endswith("/chat/completions")]

    def __enter__(self) -> OpenAIServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # Dropped and timed-out connections are what some tests are about: no traceback noise.
        pass


def _handler_for(server: OpenAIServer) -> type[BaseHTTPRequestHandler]:  # noqa: C901 - one handler class answering every route of the fake server
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep pytest output quiet
            pass

        def do_GET(self) -> None:
            server.requests.append(Request(self.path, {k.lower(): v for k, v in self.headers.items()}, {}))
            if not self.path.endswith("/models"):
                return self._json(404, {"error": {"message": "not found"}})
            if server.models_status != 200:
                return self._json(server.models_status, {"error": {"message": "no model list"}})
            data = [{"id": m, "object": "model", "created": 0, "owned_by": "test"} for m in server.models]
            self._json(200, {"object": "list", "data": data})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            server.requests.append(Request(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            if not self.path.endswith("/chat/completions"):
                return self._json(404, {"error": {"message": "unknown path"}})
            reply = server.replies.popleft() if server.replies else Reply(status=500, error_message="no reply queued")
            if reply.delay and server.stopping.wait(reply.delay):
                return
            if reply.status != 200:
                message = reply.error_message
                if reply.echo_auth:
                    message += f" (you sent {self.headers.get('Authorization')})"
                error = {"message": message, "type": "test_error", "code": str(reply.status)}
                return self._json(reply.status, {"error": error}, reply.headers)
            if body.get("stream"):
                return self._stream(reply, body.get("model", ""))
            if reply.cut_body:
                return self._cut(_completion(reply, body.get("model", "")))
            self._json(200, _completion(reply, body.get("model", "")), reply.headers)

        def _cut(self, payload: dict) -> None:
            data = json.dumps(payload).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.close()

        def _json(self, status: int, payload: dict, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def _stream(self, reply: Reply, model: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            pieces = reply.chunks if reply.chunks is not None else _words(reply.content)
            if reply.raw_event is not None:
                self._send_chunk(f"data: {reply.raw_event}\n\n".encode())
            for i, piece in enumerate(pieces):
                if reply.drop_after is not None and i >= reply.drop_after:
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.close()  # no terminating chunk: the client sees a broken body
                    return
                self._event(_chunk(model, {"content": piece}, None))
            self._event(_chunk(model, {}, reply.finish_reason))
            self._event(_chunk(model, None, None))  # a usage chunk with no choices, as OpenAI sends
            self._send_chunk(b"data: [DONE]\n\n")
            self._send_chunk(b"")

        def _event(self, payload: dict) -> None:
            self._send_chunk(f"data: {json.dumps(payload)}\n\n".encode())

        def _send_chunk(self, data: bytes) -> None:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

    return Handler


def _words(text: str) -> list[str]:
    words = text.split(" ")
    return [w + " " for w in words[:-1]] + words[-1:]


def _chunk(model: str, delta: dict | None, finish: str | None) -> dict:
    base = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0, "model": model}
    if delta is None:
        return {**base, "choices": [], "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
    return {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def _completion(reply: Reply, model: str) -> dict:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": reply.content},
                "finish_reason": reply.finish_reason,
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
