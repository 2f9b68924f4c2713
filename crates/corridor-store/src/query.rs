//! Building filtered, paginated list queries once for every list: a filter
//! collects `column = $n` clauses and their values; [`paged`] runs the count
//! and the page with the same clauses.

use crate::{Page, Paged, Result, rows};
use sqlx::any::{AnyArguments, AnyRow};
use sqlx::query::Query;
use sqlx::{Any, AnyPool};

/// A bound value.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Text(String),
    Int(i64),
}

/// `WHERE` clauses with numbered placeholders and their values.
#[derive(Debug, Clone, Default)]
pub(crate) struct Filter {
    clauses: Vec<String>,
    args: Vec<Arg>,
}

impl Filter {
    pub fn new() -> Self {
        Self::default()
    }

    fn placeholder(&mut self, arg: Arg) -> String {
        self.args.push(arg);
        format!("${}", self.args.len())
    }

    /// `expr op $n` with a text value, e.g. `("status", "=", "open")`.
    pub fn text(&mut self, expr: &str, op: &str, value: impl Into<String>) -> &mut Self {
        let p = self.placeholder(Arg::Text(value.into()));
        self.clauses.push(format!("{expr} {op} {p}"));
        self
    }

    /// `(a op $n OR b op $n …)`: one value matched against several columns.
    pub fn text_any(&mut self, exprs: &[&str], op: &str, value: impl Into<String>) -> &mut Self {
        let p = self.placeholder(Arg::Text(value.into()));
        let parts: Vec<String> = exprs.iter().map(|e| format!("{e} {op} {p}")).collect();
        self.clauses.push(format!("({})", parts.join(" OR ")));
        self
    }

    /// `(a op_a $n OR b op_b $m)` with two text values.
    pub fn either_text(&mut self, a: (&str, &str, String), b: (&str, &str, String)) -> &mut Self {
        let pa = self.placeholder(Arg::Text(a.2));
        let pb = self.placeholder(Arg::Text(b.2));
        self.clauses
            .push(format!("({} {} {pa} OR {} {} {pb})", a.0, a.1, b.0, b.1));
        self
    }

    /// `expr IN (subquery $n)`, the subquery ending in a comparison with
    /// the value, e.g. `("id", "SELECT audit_id FROM audit_countries WHERE
    /// country = ", "MEX")`.
    pub fn text_in_subquery(
        &mut self,
        expr: &str,
        subquery: &str,
        value: impl Into<String>,
    ) -> &mut Self {
        let p = self.placeholder(Arg::Text(value.into()));
        self.clauses.push(format!("{expr} IN ({subquery}{p})"));
        self
    }

    /// A clause with no bound value (`x IS NOT NULL`).
    pub fn raw(&mut self, clause: &str) -> &mut Self {
        self.clauses.push(clause.to_string());
        self
    }

    /// `expr op $n` with an integer value.
    pub fn int(&mut self, expr: &str, op: &str, value: i64) -> &mut Self {
        let p = self.placeholder(Arg::Int(value));
        self.clauses.push(format!("{expr} {op} {p}"));
        self
    }

    /// `expr IN ($n, …)` over text values; matches nothing when empty.
    pub fn text_in(&mut self, expr: &str, values: &[String]) -> &mut Self {
        if values.is_empty() {
            self.clauses.push("1=0".into());
            return self;
        }
        let ps: Vec<String> = values
            .iter()
            .map(|v| self.placeholder(Arg::Text(v.clone())))
            .collect();
        self.clauses.push(format!("{expr} IN ({})", ps.join(", ")));
        self
    }

    /// The `WHERE` body (`1=1` when empty).
    pub fn sql(&self) -> String {
        if self.clauses.is_empty() {
            "1=1".into()
        } else {
            self.clauses.join(" AND ")
        }
    }

    /// Binds every value, in order.
    pub fn bind<'q>(
        &'q self,
        mut q: Query<'q, Any, AnyArguments<'q>>,
    ) -> Query<'q, Any, AnyArguments<'q>> {
        for a in &self.args {
            q = match a {
                Arg::Text(s) => q.bind(s.as_str()),
                Arg::Int(i) => q.bind(*i),
            };
        }
        q
    }
}

/// Runs `SELECT COUNT(*) FROM {from} WHERE …` and `SELECT {cols} FROM
/// {from} WHERE … ORDER BY {order} LIMIT … OFFSET …`, mapping each row.
pub(crate) async fn paged<T>(
    pool: &AnyPool,
    cols: &str,
    from: &str,
    filter: &Filter,
    order: &str,
    page: Page,
    map: impl Fn(&AnyRow) -> Result<T>,
) -> Result<Paged<T>> {
    let w = filter.sql();
    let count_sql = format!("SELECT COUNT(*) FROM {from} WHERE {w}");
    let total = rows::count(&filter.bind(sqlx::query(&count_sql)).fetch_one(pool).await?)?;
    let list_sql = format!(
        "SELECT {cols} FROM {from} WHERE {w} ORDER BY {order} LIMIT {} OFFSET {}",
        page.limit, page.offset
    );
    let items = filter
        .bind(sqlx::query(&list_sql))
        .fetch_all(pool)
        .await?
        .iter()
        .map(map)
        .collect::<Result<Vec<_>>>()?;
    Ok(Paged {
        items,
        total,
        limit: page.limit,
        offset: page.offset,
    })
}
