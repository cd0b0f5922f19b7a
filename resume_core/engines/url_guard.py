"""Which AI server addresses the app may call on a shared deployment.

With session storage (TP_STORAGE=session) one server process serves every visitor, so a base URL
typed in Settings makes *the server* send requests: without a check, a visitor could point it at
the server's own loopback services, the cloud metadata address (169.254.169.254) or the private
network behind it. There, only https URLs whose host resolves to public addresses are allowed, and
the engine follows no redirects. The deployment's own OPENAI_BASE_URL is trusted (visitors cannot
change it). A local install (the default) talks to servers on this computer or the LAN (Ollama,
LM Studio), so nothing is refused there.

The address is checked when the engine first connects; a host whose DNS answer changes between the
check and the connection (DNS rebinding) is not re-checked here. The https rule is what stops that
case: certificates are verified, and a service inside the network cannot present a valid certificate
for the visitor's host name, so the TLS handshake fails before any request is sent.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

from resume_core.errors import EngineError

Resolver = Callable[[str, int], list[str]]

_FIX = ("On this shared deployment, use the https:// address of a hosted AI service (for example "
        "https://api.openai.com/v1), or run the app on your own computer to use a local server.")


def shared_deployment(env: Mapping[str, str] | None = None) -> bool:
    """Is this a shared deployment (session storage), where server addresses are restricted?"""
    env = os.environ if env is None else env
    return env.get("TP_STORAGE", "").strip().lower() == "session"


def resolve_host(host: str, port: int) -> list[str]:
    """Every IP address `host` resolves to (IPv4 and IPv6)."""
    return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)})


def check_server_url(url: str, shared: bool | None = None, resolve: Resolver | None = None) -> None:
    """Raise EngineError if a shared deployment must not call `url`; local installs allow any URL.

    `shared` defaults to `shared_deployment()`; `resolve` (default `resolve_host`) maps a host and port
    to IP addresses.
    """
    if not (shared_deployment() if shared is None else shared):
        return
    deployed = os.environ.get("OPENAI_BASE_URL", "").strip().rstrip("/")
    if deployed and url.strip().rstrip("/") == deployed:
        return  # chosen by whoever runs the deployment, not typed by a visitor
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != "https":
        raise EngineError(f"This shared deployment only connects to https:// addresses, not {url!r}.", fix=_FIX)
    host = (parts.hostname or "").strip()
    if not host:
        raise EngineError(f"The base URL {url!r} names no server.", fix="Write it as https://host/v1.")
    try:
        port = parts.port or 443
    except ValueError:
        raise EngineError(f"The base URL {url!r} has an invalid port.", fix="Write it as https://host/v1.") from None
    try:
        addresses = (resolve or resolve_host)(host, port)
    except (OSError, UnicodeError):
        raise EngineError(f"Could not find the server {host!r}.", fix="Check the spelling of the base URL.") from None
    if not addresses:
        raise EngineError(f"Could not find the server {host!r}.", fix="Check the spelling of the base URL.")
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
        if not all(inner.is_global and not inner.is_multicast for inner in _embedded(ip)):
            raise EngineError(
                f"{host} is a private, loopback, link-local or reserved address ({address}); "
                "this shared deployment does not connect there.",
                fix=_FIX,
            )


_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # well-known NAT64 prefix (RFC 6052): the last 32 bits are IPv4
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # local-use NAT64 (RFC 8215)


def _embedded(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """`ip` and every IPv4 address it carries inside (IPv4-mapped, NAT64, 6to4, Teredo): a router may
    translate `64:ff9b::7f00:1` to 127.0.0.1 or `2002:7f00:1::` to 127.0.0.1, so each must be public."""
    found: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            found.append(ip.ipv4_mapped)
        if ip.sixtofour:
            found.append(ip.sixtofour)
        if ip.teredo:
            found.extend(ip.teredo)
        if ip in _NAT64 or ip in _NAT64_LOCAL:
            found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found
