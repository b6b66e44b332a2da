"""A stand-in for the mail server of a deployment, on loopback: takes every message and writes one line per
recipient, "<recipient>\t<subject>", to the file it is given. Run by bench/deploy/run.sh."""
import email
import email.header
import sys
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)
import asyncore  # noqa: E402  (Debian's python3.11 still has smtpd/asyncore; enough for a test sink)
import smtpd  # noqa: E402


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data)
        subject = str(email.header.make_header(email.header.decode_header(message.get("Subject", ""))))
        with open(sys.argv[2], "a", encoding="utf-8") as out:
            for recipient in rcpttos:
                out.write(f"{recipient}\t{subject}\n")


Sink(("127.0.0.1", int(sys.argv[1])), None, decode_data=False, enable_SMTPUTF8=True)
asyncore.loop()
