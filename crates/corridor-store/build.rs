//! Rebuilds the store when a migration is added or changed: the migrations
//! are embedded by `sqlx::migrate!`, which cargo does not otherwise track.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
