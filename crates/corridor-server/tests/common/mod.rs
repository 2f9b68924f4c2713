//! Test harness: a Corridor server on a fresh database, bound to port 0,
//! driven over real HTTP.

#![allow(dead_code)]

use corridor_domain::access::Role;
use corridor_domain::codes::CountryCode;
use corridor_domain::ids::{AgencyId, EmployerId, WorkerId};
use corridor_server::{AppState, ServerConfig};
use corridor_store::testing::TestDb;
use corridor_store::{Actor, NewUser, Store};
use reqwest::{Method, Response, StatusCode};
use serde_json::Value;
use std::sync::OnceLock;

pub const PASSWORD: &str = "correct horse battery staple";

/// The two-step sign-in key of every test official and administrator:
/// RFC 6238's own test key ("12345678901234567890") in base32.
pub const TOTP_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/// The code an authenticator app holding [`TOTP_SECRET`] shows now.
pub fn totp_code() -> String {
    let secret = corridor_server::two_factor::Secret::from_base32(TOTP_SECRET).unwrap();
    corridor_server::two_factor::current_code(&secret)
}

pub struct TestApp {
    pub base: String,
    pub db: TestDb,
    pub http: reqwest::Client,
}

fn password_hash() -> String {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| corridor_server::auth::hash_password(PASSWORD).unwrap())
        .clone()
}

impl TestApp {
    pub async fn start(db: TestDb) -> TestApp {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let state = AppState::new(db.store.clone(), ServerConfig::local());
        tokio::spawn(async move {
            let app = corridor_server::app(state)
                .into_make_service_with_connect_info::<std::net::SocketAddr>();
            let _ = axum::serve(listener, app).await;
        });
        TestApp {
            base: format!("http://{addr}"),
            db,
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
        }
    }

    pub fn store(&self) -> &Store {
        &self.db.store
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Creates an account and returns an API token for it. Officials and
    /// administrators get two-step sign-in with [`TOTP_SECRET`], as their
    /// role requires.
    pub async fn user(
        &self,
        email: &str,
        role: Role,
        country: Option<&str>,
        worker: Option<WorkerId>,
        employer: Option<EmployerId>,
        agency: Option<AgencyId>,
    ) -> String {
        self.store()
            .create_user(
                &Actor::system(),
                &NewUser {
                    email: email.into(),
                    display_name: email.into(),
                    password_hash: password_hash(),
                    role,
                    worker_id: worker,
                    employer_id: employer,
                    agency_id: agency,
                    country: country.map(|c| CountryCode::parse(c).unwrap()),
                },
            )
            .await
            .unwrap();
        if role.requires_two_factor() {
            self.enrol(email).await;
        }
        self.token(email).await
    }

    /// Turns two-step sign-in on for an account, with [`TOTP_SECRET`].
    pub async fn enrol(&self, email: &str) {
        let (user, _) = self
            .store()
            .user_credentials(email)
            .await
            .unwrap()
            .expect("the account exists");
        self.store()
            .enable_two_factor(&Actor::system(), user.id, TOTP_SECRET, 0, &[])
            .await
            .unwrap();
    }

    /// A code for the account's next sign-in: the current one, with the
    /// last accepted step forgotten (see
    /// [`corridor_store::testing::forget_accepted_codes`]).
    pub async fn fresh_code(&self, email: &str) -> String {
        corridor_store::testing::forget_accepted_codes(self.store(), email).await;
        totp_code()
    }

    /// A worker registers with `profile` and `consents`, then signs in;
    /// returns `{token, user, worker: {id}}` (the registration itself answers
    /// only that it was received, whether or not the e-mail was new).
    pub async fn register(
        &self,
        email: &str,
        profile: &impl serde::Serialize,
        consents: &[&str],
    ) -> Value {
        const REGISTERED_PASSWORD: &str = "a long password here";
        let (status, body) = self
            .json(
                Method::POST,
                "/api/v1/register",
                None,
                Some(serde_json::json!({
                    "email": email,
                    "password": REGISTERED_PASSWORD,
                    "profile": profile,
                    "consents": consents,
                })),
            )
            .await;
        assert_eq!(status, reqwest::StatusCode::ACCEPTED, "{body}");
        assert_eq!(body["status"], "received", "{body}");
        let (status, signed_in) = self
            .json(
                Method::POST,
                "/api/v1/tokens",
                None,
                Some(serde_json::json!({"email": email, "password": REGISTERED_PASSWORD})),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{signed_in}");
        let worker_id = signed_in["user"]["principal"]["worker_id"]
            .as_i64()
            .expect("a worker account");
        serde_json::json!({
            "token": signed_in["token"],
            "user": signed_in["user"],
            "worker": {"id": worker_id},
        })
    }

    /// An API token for the account (with a fresh two-step code when the
    /// account has two-step sign-in).
    pub async fn token(&self, email: &str) -> String {
        let two_factor = self
            .store()
            .user_credentials(email)
            .await
            .unwrap()
            .is_some_and(|(u, _)| u.two_factor);
        let mut body = serde_json::json!({"email": email, "password": PASSWORD});
        if two_factor {
            body["totp_code"] = Value::String(self.fresh_code(email).await);
        }
        let res = self
            .call(Method::POST, "/api/v1/tokens", None, Some(body))
            .await;
        let status = res.status();
        let v: Value = res.json().await.unwrap();
        assert_eq!(status, StatusCode::CREATED, "{v}");
        v["token"].as_str().unwrap().to_string()
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Response {
        let mut req = self.http.request(method, self.url(path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        req.send().await.unwrap()
    }

    /// Calls and returns (status, JSON body).
    pub async fn json(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        let res = self.call(method, path, token, body).await;
        let status = res.status();
        let ct = res
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        let text = res.text().await.unwrap();
        assert_ne!(
            status,
            StatusCode::INTERNAL_SERVER_ERROR,
            "500 on {path}: {text}"
        );
        if !status.is_success() {
            assert_eq!(
                ct, "application/problem+json",
                "error on {path} is not problem+json: {text}"
            );
        }
        let v = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        (status, v)
    }

    pub async fn get(&self, path: &str, token: &str) -> (StatusCode, Value) {
        self.json(Method::GET, path, Some(token), None).await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> (StatusCode, Value) {
        self.json(Method::POST, path, Some(token), Some(body)).await
    }

    pub async fn put(&self, path: &str, token: &str, body: Value) -> (StatusCode, Value) {
        self.json(Method::PUT, path, Some(token), Some(body)).await
    }
}

/// A corridor set up over the API: officials of both sides, the
/// programme, one employer with an account, and one open job order.
pub struct OpenJobOrder {
    /// Origin official's token.
    pub origin: String,
    /// Destination official's token.
    pub dest: String,
    /// Programme id.
    pub programme_id: i64,
    /// Employer id.
    pub employer_id: i64,
    /// The employer account's token.
    pub employer: String,
    /// Job order id.
    pub job_order_id: i64,
    /// Its terms.
    pub spec: corridor_domain::job_order::JobOrderSpec,
}

impl TestApp {
    /// Sets up `corridor` with one open job order for `occupation`
    /// (an ESCO UUID), starting `days_ahead` days from today.
    pub async fn open_job_order(
        &self,
        corridor: corridor_domain::examples::DemoCorridor,
        occupation: &str,
        positions: u32,
        days_ahead: i64,
    ) -> OpenJobOrder {
        use corridor_domain::examples;
        let p = corridor.programme();
        let (o, d) = (p.origin.to_string(), p.destination.to_string());
        let origin = self
            .user(
                &format!("labour@{o}.example"),
                Role::OriginOfficial,
                Some(&o),
                None,
                None,
                None,
            )
            .await;
        let dest = self
            .user(
                &format!("labour@{d}.example"),
                Role::DestinationOfficial,
                Some(&d),
                None,
                None,
                None,
            )
            .await;
        let (status, programme) = self
            .post(
                "/api/v1/programmes",
                &origin,
                serde_json::to_value(&p).unwrap(),
            )
            .await;
        assert_eq!(status, reqwest::StatusCode::CREATED, "{programme}");
        let employer_spec = examples::employer(corridor, "First Employer", 1);
        let (status, employer) = self
            .post(
                "/api/v1/employers",
                &dest,
                serde_json::to_value(&employer_spec).unwrap(),
            )
            .await;
        assert_eq!(status, reqwest::StatusCode::CREATED, "{employer}");
        let programme_id = programme["id"].as_i64().unwrap();
        let employer_id = employer["id"].as_i64().unwrap();
        let employer_token = self
            .user(
                &format!("hr@{d}.example"),
                Role::Employer,
                None,
                None,
                Some(EmployerId(employer_id)),
                None,
            )
            .await;
        let spec = examples::job_order(
            corridor,
            corridor_domain::ids::ProgrammeId(programme_id),
            EmployerId(employer_id),
            None,
            occupation,
            positions,
            chrono::Utc::now().date_naive() + chrono::Duration::days(days_ahead),
        );
        let (status, jo) = self
            .post(
                "/api/v1/job-orders",
                &dest,
                serde_json::to_value(&spec).unwrap(),
            )
            .await;
        assert_eq!(status, reqwest::StatusCode::CREATED, "{jo}");
        OpenJobOrder {
            origin,
            dest,
            programme_id,
            employer_id,
            employer: employer_token,
            job_order_id: jo["id"].as_i64().unwrap(),
            spec,
        }
    }
}

/// The rule codes of a problem document.
pub fn rules(problem: &Value) -> Vec<String> {
    problem["violations"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|v| v["rule"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Runs a scenario on SQLite, and on PostgreSQL when configured.
#[macro_export]
macro_rules! on_both_backends {
    ($($scenario:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $scenario() {
                    let app = $crate::common::TestApp::start(corridor_store::testing::TestDb::sqlite().await).await;
                    super::$scenario(app).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $scenario() {
                    if let Some(db) = corridor_store::testing::TestDb::postgres().await {
                        let app = $crate::common::TestApp::start(db).await;
                        super::$scenario(app).await;
                    }
                }
            )*
        }
    };
}

/// A browser without JavaScript: keeps cookies, follows nothing by itself,
/// reads the CSRF token from the last page, and posts forms as a browser
/// does (`application/x-www-form-urlencoded`).
pub struct Visitor {
    pub base: String,
    pub http: reqwest::Client,
    /// The CSRF token of the last page read.
    pub csrf: String,
    /// The server's store, to forget accepted two-step codes between
    /// sign-ins (see [`TestApp::fresh_code`]).
    pub store: Store,
}

/// A page as the visitor got it.
pub struct Seen {
    pub status: StatusCode,
    /// Where a redirect points.
    pub location: Option<String>,
    pub html: String,
}

impl Seen {
    /// The text of `<main>` with tags removed and spaces collapsed.
    pub fn text(&self) -> String {
        let main = self
            .html
            .split_once("<main>")
            .and_then(|(_, rest)| rest.split_once("</main>"))
            .map_or(self.html.as_str(), |(m, _)| m);
        let mut out = String::new();
        let mut in_tag = false;
        for c in main.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    out.push(' ');
                }
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The `<title>`.
    pub fn title(&self) -> String {
        self.html
            .split_once("<title>")
            .and_then(|(_, r)| r.split_once("</title>"))
            .map(|(t, _)| t.to_string())
            .unwrap_or_default()
    }
}

impl TestApp {
    /// A visitor with an empty cookie jar.
    pub fn visitor(&self) -> Visitor {
        Visitor {
            base: self.base.clone(),
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .cookie_store(true)
                .build()
                .unwrap(),
            csrf: String::new(),
            store: self.db.store.clone(),
        }
    }
}

impl Visitor {
    async fn seen(&mut self, res: Response) -> Seen {
        let status = res.status();
        let location = res
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap().to_string());
        let html = res.text().await.unwrap();
        assert_ne!(status, StatusCode::INTERNAL_SERVER_ERROR, "{html}");
        if let Some(token) = html
            .split_once("name=\"csrf\" value=\"")
            .and_then(|(_, r)| r.split_once('"'))
            .map(|(t, _)| t.to_string())
        {
            self.csrf = token;
        }
        Seen {
            status,
            location,
            html,
        }
    }

    /// GETs a page.
    pub async fn get(&mut self, path: &str) -> Seen {
        let res = self
            .http
            .get(format!("{}{}", self.base, path))
            .send()
            .await
            .unwrap();
        self.seen(res).await
    }

    /// POSTs a form with the last page's CSRF token added.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Seen {
        let mut body: Vec<(String, String)> = vec![("csrf".into(), self.csrf.clone())];
        body.extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        let res = self
            .http
            .post(format!("{}{}", self.base, path))
            .form(&body)
            .send()
            .await
            .unwrap();
        self.seen(res).await
    }

    /// POSTs a form and follows its redirect (post, redirect, get).
    pub async fn submit(&mut self, path: &str, fields: &[(&str, &str)]) -> Seen {
        let posted = self.post(path, fields).await;
        match (&posted.status, &posted.location) {
            (&StatusCode::SEE_OTHER, Some(to)) => {
                let to = to.strip_prefix(&self.base).unwrap_or(to).to_string();
                self.get(&to).await
            }
            _ => posted,
        }
    }

    /// Signs in through the sign-in form, and through the code step with
    /// a fresh code of [`TOTP_SECRET`] when the account has two-step
    /// sign-in.
    pub async fn sign_in(&mut self, email: &str, password: &str) {
        self.get("/sign-in").await;
        let done = self
            .post("/sign-in", &[("email", email), ("password", password)])
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.html);
        if done
            .location
            .as_deref()
            .is_some_and(|l| l.starts_with("/sign-in/code"))
        {
            self.get("/sign-in/code").await;
            corridor_store::testing::forget_accepted_codes(&self.store, email).await;
            let code = totp_code();
            let done = self.post("/sign-in/code", &[("code", &code)]).await;
            assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.text());
        }
    }
}
