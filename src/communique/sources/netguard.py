"""Which addresses a fetch may reach: public ones only, unless the operator names the host.

A URL's host is resolved here, every address it resolves to is checked, and the fetch then
connects to the checked address (``pin``), so a second DNS answer cannot switch it to an
inside address. Loopback, private, link-local, multicast, reserved and unspecified
addresses are refused, IPv4 and IPv6 alike, and IPv6 addresses that carry an IPv4 address
(IPv4-mapped, 6to4, Teredo, NAT64) are judged by the IPv4 address they carry.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterable
from dataclasses import dataclass

import httpx

from communique.sources.decoding import SourceProblem

ALLOW_HOSTS_ENV = "COMMUNIQUE_ALLOW_HOSTS"
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_KINDS = (
    ("is_unspecified", "an unspecified"),
    ("is_loopback", "a loopback"),
    ("is_link_local", "a link-local"),
    ("is_multicast", "a multicast"),
    ("is_reserved", "a reserved"),
    ("is_private", "a private"),
)


def allowed_hosts(names: Iterable[str] = (), *, env: bool = False) -> frozenset[str]:
    """Normalised host names (``host`` or ``host:port``), plus COMMUNIQUE_ALLOW_HOSTS if ``env``.

    The environment variable holds names separated by commas or spaces."""
    items = list(names)
    if env:
        items += os.environ.get(ALLOW_HOSTS_ENV, "").replace(",", " ").split()
    out = set()
    for item in items:
        name = item.strip().lower().rstrip(".")
        if name.startswith("[") and "]" in name:  # [::1] or [::1]:8080
            addr, _, rest = name[1:].partition("]")
            name = addr + rest
        if name:
            out.add(name)
    return frozenset(out)


def why_refused(ip: IPAddress) -> str | None:
    """Why a fetch may not connect to ``ip`` ("a loopback address", ...), None if it may."""
    if isinstance(ip, ipaddress.IPv6Address):
        carried = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if carried is None and ip in _NAT64:
            carried = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if carried is not None:
            why = why_refused(carried)
            if why:
                return f"{why} (carried in an IPv6 address)"
    for attr, label in _KINDS:
        if getattr(ip, attr):
            return f"{label} address"
    if not ip.is_global:
        return "not a public address"
    return None


@dataclass(frozen=True)
class Pinned:
    """How to send a request to a checked address while naming the original host."""

    url: httpx.URL  # the URL with the checked address as its host
    headers: dict[str, str]
    extensions: dict[str, str]


def _is_allowed(url: httpx.URL, allow: frozenset[str]) -> bool:
    host = url.host.lower().rstrip(".")
    port = url.port or (443 if url.scheme == "https" else 80)
    return host in allow or f"{host}:{port}" in allow


def pin(url: httpx.URL, allow: frozenset[str]) -> Pinned | None:
    """The checked address to connect to for ``url``; None when its host is allowed by name.

    Raises SourceProblem("refused: ...") naming the host, the address and the reason."""
    if _is_allowed(url, allow):
        return None
    host = url.host
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            raise SourceProblem("could not fetch: host not found") from None
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    if not addresses:
        raise SourceProblem("could not fetch: host not found")
    for ip in addresses:
        why = why_refused(ip)
        if why:
            shown = host if str(ip) == host else f"{host} ({ip})"
            raise SourceProblem(
                f"refused: {shown} is {why}; fetches reach public addresses only "
                f"(allow the host with --allow-host {host} or {ALLOW_HOSTS_ENV})"
            )
    ip = addresses[0]
    headers = {"Host": url.netloc.decode("ascii")}
    extensions = {"sni_hostname": host} if url.scheme == "https" else {}
    return Pinned(url.copy_with(host=str(ip)), headers, extensions)
