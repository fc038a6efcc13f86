#!/usr/bin/env python3
"""A real SMTP server (aiosmtpd) on a loopback port, for orgctl's tests.

Usage: server.py --dir DIR [--reject ADDR]... [--defer ADDR]...
                 [--slow ADDR=SECONDS]... [--auth USER:PASSWORD] [--tls CERT KEY]

Prints "PORT <n>" on standard output once it accepts connections, then
serves until standard input closes (or it is killed). Every accepted message
is written to DIR as NNNN.eml (the bytes as received, after the SMTP
dot-unstuffing) with NNNN.json beside it (mail_from, rcpt_tos), written to a
temporary name and renamed, so a reader never sees half a message.

--reject ADDR answers 550 to RCPT TO:<ADDR>; --defer ADDR answers 451;
--slow ADDR=S records the message, then waits S seconds before answering
250 (a window in which to kill the client); --auth requires AUTH PLAIN or
LOGIN with these credentials (allowed without TLS: loopback only); --tls
CERT KEY offers STARTTLS with that certificate. Each message's .json also
says whether it came over TLS ("tls").

Install: python3 -m pip install aiosmtpd
"""

import argparse
import json
import os
import socket
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Recorder:
    def __init__(self, directory, reject, defer, slow):
        self.dir = directory
        self.reject = {a.lower() for a in reject}
        self.defer = {a.lower() for a in defer}
        self.slow = slow
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if address.lower() in self.defer:
            return "451 4.7.1 <%s>: Recipient address deferred: try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            n = self.count
        base = os.path.join(self.dir, "%04d" % n)
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "tls": session.ssl is not None,
        }
        for ext, data in ((".eml", envelope.original_content), (".json", json.dumps(meta).encode())):
            with open(base + ext + ".tmp", "wb") as f:
                f.write(data)
            os.rename(base + ext + ".tmp", base + ext)
        delay = max((self.slow.get(r.lower(), 0) for r in envelope.rcpt_tos), default=0)
        if delay:
            import asyncio

            await asyncio.sleep(delay)
        return "250 2.0.0 Ok: queued as orgctl-test-%04d" % n


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--reject", action="append", default=[])
    p.add_argument("--defer", action="append", default=[])
    p.add_argument("--slow", action="append", default=[])
    p.add_argument("--auth")
    p.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    a = p.parse_args()
    slow = {}
    for item in a.slow:
        addr, secs = item.rsplit("=", 1)
        slow[addr.lower()] = float(secs)
    handler = Recorder(a.dir, a.reject, a.defer, slow)
    kwargs = {}
    if a.auth:
        user, password = a.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (
                isinstance(auth_data, LoginPassword)
                and auth_data.login.decode() == user
                and auth_data.password.decode() == password
            )
            # handled=False: aiosmtpd itself answers 535 to a failure.
            return AuthResult(success=ok, handled=False)

        kwargs = dict(authenticator=authenticator, auth_required=True, auth_require_tls=False)
    if a.tls:
        import ssl

        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(a.tls[0], a.tls[1])
        # STARTTLS offered, not required: the client must choose it.
        kwargs["tls_context"] = context
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    print("PORT %d" % port, flush=True)
    try:
        # Serve until the test closes our standard input (or kills us).
        while sys.stdin.read(1):
            pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
