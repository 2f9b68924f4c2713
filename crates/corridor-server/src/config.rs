//! Server settings. The binary fills them from defaults, then
//! `CORRIDOR_*` environment variables, then flags; tests build them
//! directly. There is no global configuration.

/// How long a browser session lasts unless the operator says otherwise.
pub const DEFAULT_SESSION_HOURS: i64 = 12;
/// How long an API token lasts unless the operator says otherwise.
pub const DEFAULT_TOKEN_DAYS: i64 = 30;
/// The longest session an operator may set (thirty days).
pub const MAX_SESSION_HOURS: i64 = 24 * 30;
/// The longest token lifetime an operator may set (one year).
pub const MAX_TOKEN_DAYS: i64 = 365;

/// Settings the server needs at run time.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Mark cookies `Secure` (and use the `__Host-` prefix). On by default;
    /// the local demo on plain http://localhost turns it off.
    pub secure_cookies: bool,
    /// How long a browser session lasts, in hours.
    pub session_hours: i64,
    /// How long an API token lasts, in days: the default and the most a
    /// caller may ask for (`expires_in_days` asks for fewer).
    pub token_days: i64,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            secure_cookies: true,
            session_hours: DEFAULT_SESSION_HOURS,
            token_days: DEFAULT_TOKEN_DAYS,
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

    /// Checks the lifetimes an operator chose: at least one hour or day,
    /// at most [`MAX_SESSION_HOURS`] and [`MAX_TOKEN_DAYS`].
    pub fn check(&self) -> Result<(), String> {
        if !(1..=MAX_SESSION_HOURS).contains(&self.session_hours) {
            return Err(format!(
                "a session lasts from 1 to {MAX_SESSION_HOURS} hours, not {}",
                self.session_hours
            ));
        }
        if !(1..=MAX_TOKEN_DAYS).contains(&self.token_days) {
            return Err(format!(
                "an API token lasts from 1 to {MAX_TOKEN_DAYS} days, not {}",
                self.token_days
            ));
        }
        Ok(())
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
