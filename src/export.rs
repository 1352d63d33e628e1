//! Plain-text exports of a run: the monthly series and the event log as CSV, shared by the
//! CLI, the web app's downloads and the reproducibility tests. Floats are written with Rust's
//! shortest round-trip formatting, so equal text means bit-identical numbers.

use std::fmt::Write;

use crate::model::{Event, Snapshot};

/// Per-partner quantities appended after the alliance-level columns, one column per partner.
const PARTNER_COLUMNS: [&str; 3] = ["commitment", "delivery", "capability"];

/// The monthly series as CSV: one row per month, alliance-level columns first
/// ([`Snapshot::CSV_HEADER`]), then `commitment[NAME]`, `delivery[NAME]` and
/// `capability[NAME]` for every partner in scenario order.
pub fn series_csv(history: &[Snapshot], partner_names: &[String]) -> String {
    let mut out = String::with_capacity(history.len() * 64 * (1 + partner_names.len()));
    let mut header: Vec<String> = Snapshot::CSV_HEADER.iter().map(|h| h.to_string()).collect();
    for column in PARTNER_COLUMNS {
        header.extend(partner_names.iter().map(|name| quote(&format!("{column}[{name}]"))));
    }
    out.push_str(&header.join(","));
    out.push('\n');
    for snapshot in history {
        let mut first = true;
        let mut cell = |out: &mut String, value: f64| {
            if !first {
                out.push(',');
            }
            first = false;
            let _ = write!(out, "{value}");
        };
        for value in snapshot.csv_values() {
            cell(&mut out, value);
        }
        for p in &snapshot.partners {
            cell(&mut out, p.commitment);
        }
        for p in &snapshot.partners {
            cell(&mut out, p.delivery);
        }
        for p in &snapshot.partners {
            cell(&mut out, p.capability);
        }
        out.push('\n');
    }
    out
}

/// The event log as CSV with the columns `month,kind,text`, oldest first.
pub fn events_csv(events: &[Event]) -> String {
    let mut out = String::from("month,kind,text\n");
    for event in events {
        let kind = serde_json::to_value(event.kind).ok().and_then(|v| v.as_str().map(str::to_owned));
        let _ = writeln!(out, "{},{},{}", event.month, kind.unwrap_or_default(), quote(&event.text));
    }
    out
}

/// Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180).
fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn fields_with_commas_or_quotes_are_quoted() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a, b"), "\"a, b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
