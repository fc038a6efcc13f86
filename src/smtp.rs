//! The SMTP client side of `outbox send` (issue 16), over `lettre`'s
//! synchronous connection: the stored RFC 5322 bytes are handed to the
//! server unchanged, with an envelope made of the stored sender and the one
//! stored recipient. Nothing here touches the database; the outcome of each
//! message is returned for `commands::outbox` to record.

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;
use std::time::Duration;

use lettre::Address;
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, SmtpConnection, TlsParameters};
use lettre::transport::smtp::extension::ClientId;

/// How long one read or write on the connection may wait.
const TIMEOUT: Duration = Duration::from_secs(60);

/// How the connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// `smtps://`: TLS from the first byte (port 465 by default).
    Implicit,
    /// `smtp://`: STARTTLS when the server offers it (port 25 by default).
    StartTlsWhenOffered,
}

/// The server of `[mail] smtp`, checked when the config is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
}

impl fmt::Display for Server {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scheme = match self.tls {
            TlsMode::Implicit => "smtps",
            TlsMode::StartTlsWhenOffered => "smtp",
        };
        if self.host.contains(':') {
            write!(f, "{scheme}://[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{scheme}://{}:{}", self.host, self.port)
        }
    }
}

impl Server {
    /// Parses `smtp://HOST[:PORT]` or `smtps://HOST[:PORT]`. A user or a
    /// password in the URL is refused: the user is `[mail] user`, and the
    /// password never comes from the config file.
    pub fn parse(text: &str) -> Result<Server, String> {
        let url =
            url::Url::parse(text.trim()).map_err(|e| format!("{text:?} is not a URL ({e})"))?;
        let tls = match url.scheme() {
            "smtp" => TlsMode::StartTlsWhenOffered,
            "smtps" => TlsMode::Implicit,
            other => {
                return Err(format!(
                    "{text:?}: the scheme {other}:// is not smtp:// or smtps://"
                ));
            }
        };
        if url.password().is_some() || !url.username().is_empty() {
            return Err(format!(
                "{}: no user or password in the URL; put the user in [mail] user and the password in ORGCTL_SMTP_PASSWORD",
                url.host_str().unwrap_or("the URL")
            ));
        }
        if !(url.path().is_empty() || url.path() == "/")
            || url.query().is_some()
            || url.fragment().is_some()
        {
            return Err(format!(
                "{text:?}: only smtp[s]://HOST[:PORT] is understood (no path or query)"
            ));
        }
        let host = match url.host() {
            Some(url::Host::Domain(d)) => d.to_string(),
            Some(url::Host::Ipv4(a)) => a.to_string(),
            Some(url::Host::Ipv6(a)) => a.to_string(),
            None => return Err(format!("{text:?} names no host")),
        };
        let port = url.port().unwrap_or(match tls {
            TlsMode::Implicit => 465,
            TlsMode::StartTlsWhenOffered => 25,
        });
        Ok(Server { host, port, tls })
    }

    /// A loopback server: the only place a password may travel unencrypted.
    fn is_loopback(&self) -> bool {
        self.host.eq_ignore_ascii_case("localhost")
            || self.host.parse::<IpAddr>().is_ok_and(|a| a.is_loopback())
    }
}

/// Why nothing more can be sent over this server now.
#[derive(Debug, Clone)]
pub struct SessionError {
    /// A temporary failure (unreachable, timeout, 4xx before any message):
    /// try again later (exit 75). Otherwise the server or the settings need
    /// a person (a refused login, TLS that cannot be verified).
    pub temporary: bool,
    pub message: String,
}

/// What the server said about one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Accepted (2xx after the data): the message is the server's now.
    Accepted(String),
    /// A permanent refusal of this message (5xx, or an address SMTP cannot
    /// carry): it will not go through as it is.
    Rejected(String),
    /// A temporary refusal of this message (4xx): it stays in the queue.
    Deferred(String),
}

/// One delivery session: a connection opened on the first message, reused
/// for the next ones, and opened again after a refusal (lettre closes the
/// connection on any negative reply).
pub struct Session {
    server: Server,
    /// Extra trusted roots (PEM), besides the system's.
    extra_roots: Option<Vec<u8>>,
    credentials: Option<Credentials>,
    hello: ClientId,
    conn: Option<SmtpConnection>,
}

impl Session {
    pub fn new(
        server: Server,
        extra_roots: Option<Vec<u8>>,
        login: Option<(String, String)>,
    ) -> Session {
        Session {
            server,
            extra_roots,
            credentials: login.map(|(user, password)| Credentials::new(user, password)),
            hello: ClientId::default(),
            conn: None,
        }
    }

    fn connect(&self) -> Result<SmtpConnection, SessionError> {
        let at = &self.server;
        let fail = |what: &str, e: lettre::transport::smtp::Error| SessionError {
            // A 5xx at this stage (e.g. 535 for the login) needs a person;
            // everything else (refused connection, timeout, 4xx) may pass.
            temporary: !e.is_permanent() && !is_tls_failure(&e),
            message: format!("{what} {at}: {e}"),
        };
        let mut tls = TlsParameters::builder(at.host.clone());
        if let Some(pem) = &self.extra_roots {
            let root = Certificate::from_pem(pem)
                .map_err(|e| fail("[mail] ca_file holds no certificate usable for", e))?;
            tls = tls.add_root_certificate(root);
        }
        let tls = tls.build().map_err(|e| fail("cannot set up TLS for", e))?;
        let mut conn = SmtpConnection::connect(
            (at.host.as_str(), at.port),
            Some(TIMEOUT),
            &self.hello,
            (at.tls == TlsMode::Implicit).then_some(&tls),
            None,
        )
        .map_err(|e| fail("cannot connect to", e))?;
        if at.tls == TlsMode::StartTlsWhenOffered && conn.can_starttls() {
            conn.starttls(&tls, &self.hello)
                .map_err(|e| fail("STARTTLS failed with", e))?;
        }
        if let Some(credentials) = &self.credentials {
            if !conn.is_encrypted() && !at.is_loopback() {
                conn.abort();
                return Err(SessionError {
                    temporary: false,
                    message: format!(
                        "{at} offers no STARTTLS, and the password is never sent unencrypted"
                    ),
                });
            }
            conn.auth(&[Mechanism::Plain, Mechanism::Login], credentials)
                .map_err(|e| fail("the login was refused by", e))?;
        }
        Ok(conn)
    }

    /// Hands one message to the server. `Err` means the session is over
    /// (the server is unreachable or the connection broke): this message
    /// and the ones after it stay unsent.
    pub fn deliver(&mut self, from: &str, to: &str, raw: &[u8]) -> Result<Outcome, SessionError> {
        // The envelope is made of parsed addresses only: a CR, LF or any
        // text that is not an address never reaches an SMTP command, so no
        // header or recipient can be injected through it (issue 16).
        let envelope = match envelope(from, to) {
            Ok(envelope) => envelope,
            Err(why) => return Ok(Outcome::Rejected(why)),
        };
        let mut conn = match self.conn.take() {
            Some(conn) if !conn.has_broken() => conn,
            _ => self.connect()?,
        };
        // lettre always ends the data with CRLF . CRLF; the CRLF that ends
        // the message's last line is that terminator's first half
        // (RFC 5321 4.1.1.4), so it is not sent twice: the server receives
        // exactly the stored bytes.
        let data = raw.strip_suffix(b"\r\n").unwrap_or(raw);
        match conn.send(&envelope, data) {
            Ok(reply) => {
                let text = format!(
                    "{} {}",
                    reply.code(),
                    reply.message().collect::<Vec<_>>().join(" ")
                );
                self.conn = Some(conn);
                Ok(Outcome::Accepted(text))
            }
            // lettre has closed the connection after a negative reply.
            Err(e) if e.is_permanent() || e.is_client() => Ok(Outcome::Rejected(e.to_string())),
            Err(e) if e.is_transient() => Ok(Outcome::Deferred(e.to_string())),
            Err(e) => Err(SessionError {
                temporary: true,
                message: format!("the connection to {} broke: {e}", self.server),
            }),
        }
    }

    /// Says goodbye to the server, if a connection is open.
    pub fn close(&mut self) {
        if let Some(mut conn) = self.conn.take() {
            let _ = conn.quit();
        }
    }
}

/// A TLS failure that retrying will not cure (a certificate no trusted
/// root vouches for, a protocol mismatch): rustls reports these as I/O
/// errors of kind `InvalidData`, which lettre passes on as network errors.
fn is_tls_failure(e: &lettre::transport::smtp::Error) -> bool {
    if e.is_tls() {
        return true;
    }
    let mut cause: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(c) = cause {
        if c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::InvalidData)
        {
            return true;
        }
        cause = c.source();
    }
    false
}

fn envelope(from: &str, to: &str) -> Result<Envelope, String> {
    let from = Address::from_str(from.trim())
        .map_err(|e| format!("the sender {from:?} is not an address SMTP can carry: {e}"))?;
    let to = Address::from_str(to.trim())
        .map_err(|e| format!("the recipient {to:?} is not an address SMTP can carry: {e}"))?;
    Envelope::new(Some(from), vec![to]).map_err(|e| format!("no envelope: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_are_parsed_with_default_ports() {
        let s = Server::parse("smtp://relay.example.com:587").unwrap();
        assert_eq!(
            (s.host.as_str(), s.port, s.tls),
            ("relay.example.com", 587, TlsMode::StartTlsWhenOffered)
        );
        let s = Server::parse("smtps://relay.example.com").unwrap();
        assert_eq!((s.port, s.tls), (465, TlsMode::Implicit));
        let s = Server::parse("smtp://127.0.0.1").unwrap();
        assert_eq!(s.port, 25);
        assert!(s.is_loopback());
        assert_eq!(
            Server::parse("smtp://[::1]:2525").unwrap().to_string(),
            "smtp://[::1]:2525"
        );
    }

    #[test]
    fn bad_smtp_urls_are_refused_with_the_reason() {
        for (bad, why) in [
            ("http://x.example", "scheme"),
            ("smtp://u:p@x.example", "no user or password"),
            ("smtp://u@x.example", "no user or password"),
            ("smtp://x.example/path", "no path"),
            ("relay.example.com", "not a URL"),
        ] {
            let err = Server::parse(bad).unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
        }
    }

    #[test]
    fn an_envelope_cannot_carry_injected_text() {
        assert!(envelope("noreply@example.com", "a@b.example").is_ok());
        for bad in [
            "a@b.example\r\nRCPT TO:<evil@x.example>",
            "a@b.example>\r\nBcc: evil@x.example",
            "a@b.example, evil@x.example",
            "",
        ] {
            assert!(envelope("noreply@example.com", bad).is_err(), "{bad:?}");
        }
    }
}
