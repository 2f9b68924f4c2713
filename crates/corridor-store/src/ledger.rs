//! The fee ledger. Payments are append-only; each carries the violation it
//! raised, so origin officials can list every breach of the Employer Pays
//! Principle in their country's programmes.

use crate::audit::{self, Actor, AuditEntry};
use crate::query::{Filter, paged};
use crate::rows::{self, date_text, enum_name, now_text};
use crate::{Page, Paged, Result, Store};
use corridor_domain::codes::{CountryCode, CurrencyCode};
use corridor_domain::ids::{PaymentId, PlacementId, ProgrammeId, UserId, WorkerId};
use corridor_domain::ledger::{FeeViolation, Payment, PaymentSpec};
use corridor_domain::money::Money;
use serde::Serialize;
use sqlx::any::AnyRow;

/// A payment that raised a violation, with where it happened.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct FeeViolationRecord {
    /// The payment.
    pub payment: Payment,
    /// The worker of the placement.
    pub worker_id: WorkerId,
    /// The programme.
    pub programme_id: ProgrammeId,
    /// Programme's origin.
    pub origin: String,
    /// Programme's destination.
    pub destination: String,
}

const PAY_COLS: &str = "pay.id, pay.placement_id, pay.payer, pay.payee, pay.category, pay.amount_minor, pay.currency, pay.paid_on, pay.note, \
     pay.violation_kind, pay.violation_message, pay.recorded_by, pay.recorded_at";

fn payment_from_row(r: &AnyRow) -> Result<Payment> {
    let currency = CurrencyCode::parse(&rows::text(r, "currency")?)
        .map_err(|e| crate::StoreError::Corrupt(e.to_string()))?;
    let violation = match rows::opt_text(r, "violation_kind")? {
        Some(kind) => Some(FeeViolation {
            kind: rows::parse_enum(&kind)?,
            message: rows::opt_text(r, "violation_message")?.unwrap_or_default(),
        }),
        None => None,
    };
    Ok(Payment {
        id: PaymentId(rows::int(r, "id")?),
        placement_id: PlacementId(rows::int(r, "placement_id")?),
        spec: PaymentSpec {
            payer: rows::enum_text(r, "payer")?,
            payee: rows::enum_text(r, "payee")?,
            category: rows::enum_text(r, "category")?,
            amount: Money::from_minor(rows::int(r, "amount_minor")?, currency),
            paid_on: rows::date(r, "paid_on")?,
            note: rows::text(r, "note")?,
        },
        violation,
        recorded_by: UserId(rows::int(r, "recorded_by")?),
        recorded_at: rows::instant(r, "recorded_at")?,
    })
}

impl Store {
    /// Records a payment and the violation it raised, if any.
    pub async fn record_payment(
        &self,
        actor: &Actor,
        placement: PlacementId,
        spec: &PaymentSpec,
        violation: Option<&FeeViolation>,
    ) -> Result<Payment> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "INSERT INTO payments (placement_id, payer, payee, category, amount_minor, currency, paid_on, note, violation_kind, violation_message, recorded_by, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(placement.0)
        .bind(enum_name(&spec.payer))
        .bind(enum_name(&spec.payee))
        .bind(enum_name(&spec.category))
        .bind(spec.amount.minor())
        .bind(spec.amount.currency().as_str())
        .bind(date_text(spec.paid_on))
        .bind(&spec.note)
        .bind(violation.map(|v| enum_name(&v.kind)))
        .bind(violation.map(|v| v.message.clone()))
        .bind(actor.user_id_or_system())
        .bind(now_text())
        .fetch_one(&mut *tx)
        .await?;
        let id = PaymentId(rows::int(&row, "id")?);
        audit::write(
            &mut tx,
            &AuditEntry::new(actor, "record_payment", "placement", placement, true).detail(
                format!(
                    "payment={id} category={}{}",
                    enum_name(&spec.category),
                    violation
                        .map(|v| format!(" violation={}", enum_name(&v.kind)))
                        .unwrap_or_default()
                ),
            ),
        )
        .await?;
        tx.commit().await?;
        self.data_changed();
        let row = sqlx::query(&format!(
            "SELECT {PAY_COLS} FROM payments pay WHERE pay.id = $1"
        ))
        .bind(id.0)
        .fetch_one(&self.pool)
        .await?;
        payment_from_row(&row)
    }

    /// A placement's ledger, oldest first.
    pub async fn payments(&self, placement: PlacementId) -> Result<Vec<Payment>> {
        sqlx::query(&format!(
            "SELECT {PAY_COLS} FROM payments pay WHERE pay.placement_id = $1 ORDER BY pay.id"
        ))
        .bind(placement.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(payment_from_row)
        .collect()
    }

    /// Payments that raised a violation, optionally only in programmes
    /// touching `country`; newest first.
    pub async fn fee_violations(
        &self,
        country: Option<&CountryCode>,
        page: Page,
    ) -> Result<Paged<FeeViolationRecord>> {
        let mut f = Filter::new();
        f.raw("pay.violation_kind IS NOT NULL");
        if let Some(c) = country {
            f.text_any(&["p.origin", "p.destination"], "=", c.as_str());
        }
        paged(
            &self.pool,
            &format!("{PAY_COLS}, pl.worker_id, j.programme_id, p.origin, p.destination"),
            "payments pay JOIN placements pl ON pl.id = pay.placement_id JOIN job_orders j ON j.id = pl.job_order_id \
             JOIN programmes p ON p.id = j.programme_id",
            &f,
            "pay.id DESC",
            page,
            |r| {
                Ok(FeeViolationRecord {
                    payment: payment_from_row(r)?,
                    worker_id: WorkerId(rows::int(r, "worker_id")?),
                    programme_id: ProgrammeId(rows::int(r, "programme_id")?),
                    origin: rows::text(r, "origin")?,
                    destination: rows::text(r, "destination")?,
                })
            },
        )
        .await
    }
}
