//! Server-renderable SVG charts: pure functions from data to an SVG string.
//!
//! Every piece of text (titles, labels, codes, source notes) goes through
//! [`escape_xml`], so a programme name like `<script>` is shown, never run.
//! The SVG scales to its container (`width="100%"`, `viewBox`), so it reads
//! on a phone; it carries a `<title>` and `<desc>` for screen readers, the
//! 90% margin of error as a whisker on every point that has one, withheld
//! points marked as such, and the source under the plot, not in a footnote.

use std::fmt::Write;

use crate::dims::TOTAL;
use crate::disclosure::ProtectedTable;
use crate::output::format_number;

/// One point of a series.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    /// Period label (x axis).
    pub label: String,
    /// Value; `None` when withheld or undefined.
    pub value: Option<f64>,
    /// 90% margin of error, drawn as a whisker.
    pub moe90: Option<f64>,
    /// Withheld by disclosure control.
    pub suppressed: bool,
}

/// One line of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSeries {
    /// Legend text.
    pub name: String,
    /// Points, in x order; every series shares the same labels.
    pub points: Vec<ChartPoint>,
}

/// A time-series chart.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeSeriesChart {
    /// Title.
    pub title: String,
    /// Unit text (y axis).
    pub unit: String,
    /// Source and uncertainty note shown under the plot.
    pub source_note: String,
    /// Series.
    pub series: Vec<ChartSeries>,
}

/// Escape text for XML content and attribute values.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

const PALETTE: [&str; 6] = [
    "#1b6ca8", "#c8553d", "#2a9d8f", "#8e5ea2", "#e9a03b", "#555555",
];

/// Build a chart from a protected table: `period_dim` along x, one series
/// per code of `series_dim` (or a single series), every other dimension at
/// its total.
pub fn chart_from_table(
    table: &ProtectedTable,
    period_dim: usize,
    series_dim: Option<usize>,
) -> TimeSeriesChart {
    let t = table.table();
    let periods: Vec<u32> = (0..t.dimensions[period_dim].codes.len() as u32)
        .filter(|&i| Some(i) != t.dimensions[period_dim].total_index())
        .collect();
    let series_codes: Vec<Option<u32>> = match series_dim {
        Some(s) => (0..t.dimensions[s].codes.len() as u32)
            .filter(|&i| Some(i) != t.dimensions[s].total_index())
            .map(Some)
            .collect(),
        None => vec![None],
    };
    let mut series = Vec::new();
    for sc in series_codes {
        let mut points = Vec::new();
        for &p in &periods {
            let coords: Vec<u32> = (0..t.dimensions.len())
                .map(|d| {
                    if d == period_dim {
                        p
                    } else if Some(d) == series_dim {
                        sc.unwrap_or(0)
                    } else {
                        t.dimensions[d].total_index().unwrap_or(0)
                    }
                })
                .collect();
            // A table of a figure with no record at all may hold its
            // codes but no cells: such a point has no value.
            let o = t.cells.get(t.index_of(&coords)).map(|c| &c.observation);
            points.push(ChartPoint {
                label: t.dimensions[period_dim].codes[p as usize].clone(),
                value: o.and_then(|o| o.value),
                moe90: o.and_then(|o| o.uncertainty.moe90),
                suppressed: o.is_some_and(|o| o.flags.suppressed),
            });
        }
        let name = match (series_dim, sc) {
            (Some(s), Some(c)) => t.dimensions[s].codes[c as usize].clone(),
            _ => TOTAL.to_string(),
        };
        series.push(ChartSeries { name, points });
    }
    let m = &t.metadata;
    let uncertainty = match &m.uncertainty {
        crate::table::UncertaintyBasis::CompleteCount => {
            "complete count of records, no sampling error".to_string()
        }
        crate::table::UncertaintyBasis::ReplicateWeights { .. } => {
            "whiskers: 90% margin of error (replicate weights)".to_string()
        }
        crate::table::UncertaintyBasis::NotAvailable => {
            "no standard error available for this source".to_string()
        }
    };
    TimeSeriesChart {
        title: m.title.clone(),
        unit: m.unit.text.clone(),
        source_note: format!(
            "Source: {} ({}), {}. {}. Cells under {} records withheld.",
            m.source.dataset,
            m.source.version,
            m.source.reference,
            uncertainty,
            table.policy().min_unweighted_count
        ),
        series,
    }
}

/// Render a time-series chart as a standalone SVG element.
pub fn time_series_svg(chart: &TimeSeriesChart) -> String {
    let (w, h) = (640.0, 400.0);
    let (left, right, top, bottom) = (64.0, 16.0, 48.0, 110.0);
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let labels: Vec<&str> = chart
        .series
        .first()
        .map(|s| s.points.iter().map(|p| p.label.as_str()).collect())
        .unwrap_or_default();
    let n = labels.len().max(1);
    let max = chart
        .series
        .iter()
        .flat_map(|s| &s.points)
        .filter_map(|p| p.value.map(|v| v + p.moe90.unwrap_or(0.0)))
        .fold(0.0f64, f64::max);
    let y_max = nice_ceiling(max);
    let x = |i: usize| left + plot_w * (i as f64 + 0.5) / n as f64;
    let y = |v: f64| top + plot_h * (1.0 - v / y_max);
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif" font-size="12">"#
    );
    let _ = write!(
        s,
        r#"<title id="chart-title">{}</title><desc id="chart-desc">{}</desc>"#,
        escape_xml(&chart.title),
        escape_xml(&chart.source_note)
    );
    let _ = write!(
        s,
        r##"<text x="{left}" y="20" font-size="15" font-weight="bold">{}</text><text x="{left}" y="38" fill="#444">{}</text>"##,
        escape_xml(&chart.title),
        escape_xml(&chart.unit)
    );
    // Grid and y labels.
    for k in 0..=4 {
        let v = y_max * f64::from(k) / 4.0;
        let yy = y(v);
        let _ = write!(
            s,
            r##"<line x1="{left}" x2="{}" y1="{yy:.1}" y2="{yy:.1}" stroke="#ddd"/><text x="{}" y="{:.1}" text-anchor="end" fill="#444">{}</text>"##,
            w - right,
            left - 6.0,
            yy + 4.0,
            escape_xml(&format_number(v))
        );
    }
    // X labels (every k-th so they do not collide).
    let every = n.div_ceil(8);
    for (i, l) in labels.iter().enumerate() {
        if i % every == 0 {
            let _ = write!(
                s,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#444">{}</text>"##,
                x(i),
                top + plot_h + 16.0,
                escape_xml(l)
            );
        }
    }
    for (si, series) in chart.series.iter().enumerate() {
        let color = PALETTE[si % PALETTE.len()];
        // Line segments between consecutive published points.
        let mut path = String::new();
        let mut pen_down = false;
        for (i, p) in series.points.iter().enumerate() {
            match p.value {
                Some(v) => {
                    let _ = write!(
                        path,
                        "{}{:.1},{:.1} ",
                        if pen_down { "L" } else { "M" },
                        x(i),
                        y(v)
                    );
                    pen_down = true;
                }
                None => pen_down = false,
            }
        }
        if !path.is_empty() {
            let _ = write!(
                s,
                r#"<path d="{}" fill="none" stroke="{color}" stroke-width="2"/>"#,
                path.trim_end()
            );
        }
        for (i, p) in series.points.iter().enumerate() {
            match p.value {
                Some(v) => {
                    if let Some(m) = p.moe90 {
                        let _ = write!(
                            s,
                            r#"<line x1="{:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="{color}" stroke-width="1"/>"#,
                            x(i),
                            x(i),
                            y((v - m).max(0.0)),
                            y(v + m)
                        );
                    }
                    let moe = p
                        .moe90
                        .map(|m| format!(" ± {}", format_number(m)))
                        .unwrap_or_default();
                    let _ = write!(
                        s,
                        r#"<circle cx="{:.1}" cy="{:.1}" r="3" fill="{color}"><title>{}</title></circle>"#,
                        x(i),
                        y(v),
                        escape_xml(&format!(
                            "{} {}: {}{}",
                            series.name,
                            p.label,
                            format_number(v),
                            moe
                        ))
                    );
                }
                None if p.suppressed => {
                    let _ = write!(
                        s,
                        r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="{color}">×<title>{}</title></text>"##,
                        x(i),
                        top + plot_h - 4.0,
                        escape_xml(&format!("{} {}: withheld", series.name, p.label))
                    );
                }
                None => {}
            }
        }
        // Legend.
        let ly = top + plot_h + 36.0 + 16.0 * (si / 3) as f64;
        let lx = left + 180.0 * (si % 3) as f64;
        let _ = write!(
            s,
            r#"<rect x="{lx}" y="{:.1}" width="12" height="3" fill="{color}"/><text x="{}" y="{ly:.1}">{}</text>"#,
            ly - 4.0,
            lx + 16.0,
            escape_xml(&series.name)
        );
    }
    let _ = write!(
        s,
        r##"<text x="{left}" y="{}" fill="#444" font-size="10">{}</text>"##,
        h - 8.0,
        escape_xml(&chart.source_note)
    );
    s.push_str("</svg>");
    s
}

/// Smallest 1, 2 or 5 × 10^k at or above `x` (at least 1).
fn nice_ceiling(x: f64) -> f64 {
    if x <= 1.0 {
        return 1.0;
    }
    let p = 10f64.powf(x.log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if m * p >= x {
            return m * p;
        }
    }
    10.0 * p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_text() {
        let chart = TimeSeriesChart {
            title: "<script>alert('x')</script> & co".into(),
            unit: "persons \"quoted\"".into(),
            source_note: "src <b>".into(),
            series: vec![ChartSeries {
                name: "MEX-CAN<".into(),
                points: vec![
                    ChartPoint {
                        label: "2024-Q1".into(),
                        value: Some(120.0),
                        moe90: Some(10.0),
                        suppressed: false,
                    },
                    ChartPoint {
                        label: "2024-Q2<".into(),
                        value: None,
                        moe90: None,
                        suppressed: true,
                    },
                ],
            }],
        };
        let svg = time_series_svg(&chart);
        assert!(!svg.contains("<script>"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
        assert!(svg.contains("MEX-CAN&lt;"));
        assert!(svg.contains("withheld"));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        // Only our own tags: every '<' starts a known element.
        for tag in svg.split('<').skip(1) {
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            assert!(
                [
                    "svg", "title", "desc", "text", "line", "path", "circle", "rect"
                ]
                .contains(&name.as_str()),
                "unexpected tag {name}"
            );
        }
    }

    #[test]
    fn nice_ceilings() {
        assert_eq!(nice_ceiling(0.3), 1.0);
        assert_eq!(nice_ceiling(130.0), 200.0);
        assert_eq!(nice_ceiling(500.0), 500.0);
        assert_eq!(nice_ceiling(501.0), 1000.0);
    }
}
