//! Server settings. The binary fills them from defaults, then
//! `CORRIDOR_*` environment variables, then flags; tests build them
//! directly. There is no global configuration.

/// Settings the server needs at run time.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Mark cookies `Secure` (and use the `__Host-` prefix). On by default;
    /// the local demo on plain http://localhost turns it off.
    pub secure_cookies: bool,
    /// How long a browser session lasts, in hours.
    pub session_hours: i64,
    /// How long an API token lasts, in days.
    pub token_days: i64,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            secure_cookies: true,
            session_hours: 12,
            token_days: 90,
        }
    }
}

impl ServerConfig {
    /// Settings for plain-http local use (demo, tests).
    pub fn local() -> Self {
        ServerConfig {
            secure_cookies: false,
            ..Self::default()
        }
    }

    /// The session cookie's name.
    pub fn session_cookie(&self) -> &'static str {
        if self.secure_cookies {
            "__Host-corridor_session"
        } else {
            "corridor_session"
        }
    }

    /// The sign-in form's anti-CSRF cookie name.
    pub fn login_csrf_cookie(&self) -> &'static str {
        if self.secure_cookies {
            "__Host-corridor_login"
        } else {
            "corridor_login"
        }
    }
}
