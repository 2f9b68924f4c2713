//! `corridor export`: records as JSON lines, one object per line with a
//! `kind` field. Programmes, employers, agencies and job orders are not
//! personal; workers, placements, events and payments are, and are
//! exported only with `--include-personal-data`, which is written to the
//! audit log.

use anyhow::Result;
use clap::Args;
use corridor_domain::ids::{PlacementId, WorkerId};
use corridor_store::{Actor, AuditEntry, JobOrderFilter, Page, PlacementFilter, Store};
use indicatif::ProgressBar;
use serde::Serialize;
use std::io::Write;

/// Arguments of `corridor export`.
#[derive(Args)]
pub struct ExportArgs {
    /// Database URL.
    #[arg(long, env = "CORRIDOR_DATABASE_URL", default_value = crate::DEFAULT_DATABASE_URL)]
    database_url: String,
    /// Output file; standard output when absent or `-`.
    #[arg(long, short)]
    out: Option<String>,
    /// Also export workers, placements, their events and payments
    /// (personal data; the export is audited).
    #[arg(long)]
    include_personal_data: bool,
}

fn line<T: Serialize>(out: &mut dyn Write, kind: &str, record: &T) -> Result<()> {
    let mut v = serde_json::to_value(record)?;
    if let Some(o) = v.as_object_mut() {
        o.insert("kind".into(), serde_json::Value::String(kind.into()));
    }
    serde_json::to_writer(&mut *out, &v)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Writes every exported record to `out`; returns the number of lines.
pub async fn export(store: &Store, out: &mut dyn Write, personal: bool) -> Result<u64> {
    let mut n = 0u64;
    for p in store.programmes(None, None, Page::all()).await?.items {
        line(out, "programme", &p)?;
        n += 1;
    }
    for e in store.employers(None, Page::all()).await?.items {
        line(out, "employer", &e)?;
        n += 1;
    }
    for a in store.agencies(None, Page::all()).await?.items {
        line(out, "agency", &a)?;
        n += 1;
    }
    for j in store
        .job_orders(&JobOrderFilter::default(), Page::all())
        .await?
        .items
    {
        line(out, "job_order", &j)?;
        n += 1;
    }
    if !personal {
        return Ok(n);
    }
    store
        .audit(
            AuditEntry::new(&Actor::system(), "export", "database", "*", true)
                .detail("corridor export --include-personal-data"),
        )
        .await?;
    let mut after = WorkerId(0);
    loop {
        let batch = store.workers_after(after, 1000).await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        for w in &batch {
            line(out, "worker", w)?;
            n += 1;
        }
    }
    let placements = store
        .placements(&PlacementFilter::default(), Page::all())
        .await?;
    let pb = ProgressBar::new(placements.items.len() as u64);
    for p in &placements.items {
        line(out, "placement", p)?;
        let id: PlacementId = p.placement.id;
        for e in store.placement_events(id).await? {
            line(out, "placement_event", &e)?;
            n += 1;
        }
        for pay in store.payments(id).await? {
            line(out, "payment", &pay)?;
            n += 1;
        }
        n += 1;
        pb.inc(1);
    }
    pb.finish_and_clear();
    Ok(n)
}

/// Runs `corridor export`.
pub async fn run(args: ExportArgs) -> Result<()> {
    let store = crate::open_store(&args.database_url).await?;
    let n = match args.out.as_deref() {
        None | Some("-") => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            let n = export(&store, &mut lock, args.include_personal_data).await?;
            lock.flush()?;
            n
        }
        Some(path) => {
            let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
            let n = export(&store, &mut f, args.include_personal_data).await?;
            f.flush()?;
            n
        }
    };
    eprintln!("Exported {n} records.");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use corridor_store::testing::TestDb;

    #[tokio::test]
    async fn exports_json_lines_and_personal_data_only_on_request() {
        let db = TestDb::sqlite().await;
        crate::demo::build(
            &db.store,
            3,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            120,
            4,
        )
        .await
        .unwrap();
        let mut plain = vec![];
        let n = export(&db.store, &mut plain, false).await.unwrap();
        let text = String::from_utf8(plain).unwrap();
        assert_eq!(text.lines().count() as u64, n);
        assert!(
            text.lines()
                .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok())
        );
        assert!(!text.contains("\"kind\":\"worker\""));
        assert!(text.contains("\"kind\":\"job_order\""));
        let mut full = vec![];
        let m = export(&db.store, &mut full, true).await.unwrap();
        let full = String::from_utf8(full).unwrap();
        assert!(m > n);
        assert!(full.contains("\"kind\":\"worker\""));
        assert!(full.contains("\"kind\":\"placement_event\""));
        let log = db
            .store
            .audit_log(
                &corridor_store::AuditFilter {
                    action: Some("export".into()),
                    ..Default::default()
                },
                &corridor_domain::access::AuditScope::Everything,
                Page::default(),
            )
            .await
            .unwrap();
        assert_eq!(log.total, 1);
    }
}
