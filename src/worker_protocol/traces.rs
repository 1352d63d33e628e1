//! The binary form of a batch of [`RunTrace`]s, which a worker sends instead of JSON: a
//! thousand runs are 1.6 MB of bytes that are transferred to the page without a copy, where
//! JSON was 4.4 MB of text to write, copy and parse.
//!
//! Everything is little-endian. A batch is a header followed by its runs:
//!
//! | bytes | header field |
//! |---|---|
//! | 4 | magic `ALTR` |
//! | 4 | format version, [`TRACE_FORMAT`] |
//! | 4 | request id |
//! | 4 | run count |
//! | 4 | months per run; each series has `months + 1` entries (month 0 first) |
//! | 8 | the worker's compute time for these runs in ms, `f64` |
//!
//! Each run is its summary (seed `u64`; one flags byte: bit 0 phase 2 reached, bit 1 phase
//! 3 reached, bit 2 regressed, bit 3 dissolved, bit 4 broke even; the months phase 2 and 3
//! were reached and the month of breaking even as `u32`, 0 when not reached; exits `u32`;
//! then value, solo value, added value, final trust, mean conflict, mean commitment, mean
//! delivery and mean process share as `f64`), then added value,
//! trust and conflict as `months + 1` `f32` each and the phase as `months + 1` bytes.

use crate::ensemble::{RunSummary, RunTrace};

/// The first four bytes of a trace batch, so that other bytes are recognised as such.
pub const TRACE_MAGIC: [u8; 4] = *b"ALTR";

/// Version of the binary layout; a decoder refuses any other.
pub const TRACE_FORMAT: u32 = 2;

/// Length of the header in bytes; the page reads only this much to route a batch.
pub const HEADER_LEN: usize = 28;

/// Bytes of one run's summary.
const SUMMARY_LEN: usize = 8 + 1 + 4 * 4 + 8 * 8;

/// The header of a trace batch.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TraceHeader {
    /// The id of the request these runs answer.
    pub id: u32,
    /// Number of runs in the batch.
    pub runs: u32,
    /// Months per run (each series has one entry more, for month 0).
    pub months: u32,
    /// Milliseconds the worker spent running them, for the timings the page reports.
    pub compute_ms: f64,
}

/// Bytes one run of `months` months takes, or `None` when that does not fit in memory.
fn run_len(months: u32) -> Option<usize> {
    let points = (months as usize).checked_add(1)?;
    points.checked_mul(3 * 4 + 1)?.checked_add(SUMMARY_LEN)
}

/// Encodes the runs of request `id`, which took the worker `compute_ms`. Every series of
/// every trace must have the length of the first trace's phase series, as the traces of one
/// scenario have; a trace that does not is a bug in the caller, and panics.
pub fn encode_traces(id: u32, compute_ms: f64, traces: &[RunTrace]) -> Vec<u8> {
    let points = traces.first().map_or(1, |t| t.phase.len());
    let months = u32::try_from(points.saturating_sub(1)).expect("a run has fewer than 2^32 months");
    let runs = u32::try_from(traces.len()).expect("a batch has fewer than 2^32 runs");
    let mut out = Vec::with_capacity(HEADER_LEN + traces.len() * run_len(months).unwrap_or(0));
    out.extend_from_slice(&TRACE_MAGIC);
    for field in [TRACE_FORMAT, id, runs, months] {
        out.extend_from_slice(&field.to_le_bytes());
    }
    out.extend_from_slice(&compute_ms.to_le_bytes());
    for trace in traces {
        let series = [&trace.added_value, &trace.trust, &trace.conflict];
        assert!(
            trace.phase.len() == points && series.iter().all(|s| s.len() == points),
            "every series of a batch has {points} months"
        );
        write_summary(&mut out, &trace.summary);
        for s in series {
            for value in s {
                out.extend_from_slice(&value.to_le_bytes());
            }
        }
        out.extend_from_slice(&trace.phase);
    }
    out
}

fn write_summary(out: &mut Vec<u8>, s: &RunSummary) {
    let flags = u8::from(s.reached_phase2_month.is_some())
        | u8::from(s.reached_phase3_month.is_some()) << 1
        | u8::from(s.regressed) << 2
        | u8::from(s.dissolved) << 3
        | u8::from(s.break_even_month.is_some()) << 4;
    out.extend_from_slice(&s.seed.to_le_bytes());
    out.push(flags);
    let months = [
        s.reached_phase2_month.unwrap_or(0),
        s.reached_phase3_month.unwrap_or(0),
        s.break_even_month.unwrap_or(0),
        s.exits,
    ];
    for field in months {
        out.extend_from_slice(&field.to_le_bytes());
    }
    let floats = [
        s.value,
        s.solo_value,
        s.added_value,
        s.final_trust,
        s.mean_conflict,
        s.mean_commitment,
        s.mean_delivery,
        s.mean_process_share,
    ];
    for value in floats {
        out.extend_from_slice(&value.to_le_bytes());
    }
}

/// Reads the header of a trace batch; `bytes` may be the header alone or the whole batch.
pub fn read_header(bytes: &[u8]) -> Result<TraceHeader, String> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(4)? != TRACE_MAGIC {
        return Err("they are not a trace batch (wrong magic bytes)".to_string());
    }
    let format = r.u32()?;
    if format != TRACE_FORMAT {
        return Err(format!("trace format {format} is not the expected {TRACE_FORMAT}"));
    }
    Ok(TraceHeader { id: r.u32()?, runs: r.u32()?, months: r.u32()?, compute_ms: r.f64()? })
}

/// Decodes a whole trace batch. Any batch that [`encode_traces`] did not write (truncated,
/// too long, another format, a flags byte with unknown bits) is an error saying what is
/// wrong; the decoder never panics and never allocates more than the batch's size implies.
pub fn decode_traces(bytes: &[u8]) -> Result<(TraceHeader, Vec<RunTrace>), String> {
    let header = read_header(bytes)?;
    let expected = run_len(header.months)
        .and_then(|len| len.checked_mul(header.runs as usize))
        .and_then(|len| len.checked_add(HEADER_LEN))
        .ok_or_else(|| format!("{} runs of {} months do not fit in memory", header.runs, header.months))?;
    if bytes.len() != expected {
        return Err(format!(
            "{} runs of {} months take {expected} bytes, but the batch has {}",
            header.runs,
            header.months,
            bytes.len()
        ));
    }
    let points = header.months as usize + 1;
    let mut r = Reader { bytes, at: HEADER_LEN };
    let mut traces = Vec::with_capacity(header.runs as usize);
    for _ in 0..header.runs {
        let summary = read_summary(&mut r)?;
        let added_value = r.f32s(points)?;
        let trust = r.f32s(points)?;
        let conflict = r.f32s(points)?;
        let phase = r.take(points)?.to_vec();
        traces.push(RunTrace { summary, added_value, trust, conflict, phase });
    }
    Ok((header, traces))
}

fn read_summary(r: &mut Reader) -> Result<RunSummary, String> {
    let seed = r.u64()?;
    let flags = r.take(1)?[0];
    if flags > 0b1_1111 {
        return Err(format!("the run of seed {seed} has unknown flags {flags:#010b}"));
    }
    let (phase2, phase3, break_even, exits) = (r.u32()?, r.u32()?, r.u32()?, r.u32()?);
    let month = |bit: u8, month: u32| (flags & bit != 0).then_some(month);
    Ok(RunSummary {
        seed,
        reached_phase2_month: month(1, phase2),
        reached_phase3_month: month(2, phase3),
        value: r.f64()?,
        solo_value: r.f64()?,
        added_value: r.f64()?,
        break_even_month: month(16, break_even),
        final_trust: r.f64()?,
        mean_conflict: r.f64()?,
        mean_commitment: r.f64()?,
        mean_delivery: r.f64()?,
        mean_process_share: r.f64()?,
        regressed: flags & 4 != 0,
        dissolved: flags & 8 != 0,
        exits,
    })
}

/// Reads little-endian values from the front of a byte slice, failing at its end.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&end| end <= self.bytes.len());
        let Some(end) = end else {
            return Err(format!("the batch ends after {} bytes, in the middle of a value", self.bytes.len()));
        };
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let mut out = [0; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    fn u32(&mut self) -> Result<u32, String> {
        self.array().map(u32::from_le_bytes)
    }

    fn u64(&mut self) -> Result<u64, String> {
        self.array().map(u64::from_le_bytes)
    }

    fn f64(&mut self) -> Result<f64, String> {
        self.array().map(f64::from_le_bytes)
    }

    fn f32s(&mut self, n: usize) -> Result<Vec<f32>, String> {
        let bytes = self.take(n.checked_mul(4).ok_or("a series too long for memory")?)?;
        Ok(bytes.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ensemble::run_trace;
    use crate::scenario::Scenario;

    fn traces(seeds: std::ops::Range<u64>) -> Vec<RunTrace> {
        let scenario = Scenario::default_preset();
        seeds.map(|seed| run_trace(&scenario, seed)).collect()
    }

    #[test]
    fn decoded_traces_equal_the_runs_exactly() {
        let traces = traces(0..25);
        let bytes = encode_traces(7, 12.5, &traces);
        let (header, decoded) = decode_traces(&bytes).expect("decodes");
        assert_eq!(header, TraceHeader { id: 7, runs: 25, months: 120, compute_ms: 12.5 });
        assert_eq!(decoded, traces);
        assert_eq!(read_header(&bytes[..HEADER_LEN]).expect("a header alone reads"), header);
        assert_eq!(bytes.len(), HEADER_LEN + 25 * run_len(120).expect("fits"));
    }

    #[test]
    fn every_summary_field_survives_including_missing_months() {
        let mut trace = traces(3..4).remove(0);
        for (p2, p3, regressed, dissolved, break_even) in [
            (None, None, false, false, None),
            (Some(0), None, true, false, Some(0)),
            (Some(5), Some(9), false, true, Some(40)),
        ] {
            trace.summary.reached_phase2_month = p2;
            trace.summary.reached_phase3_month = p3;
            trace.summary.regressed = regressed;
            trace.summary.dissolved = dissolved;
            trace.summary.break_even_month = break_even;
            trace.summary.seed = u64::MAX - 1;
            trace.summary.solo_value = -0.0;
            let (_, decoded) = decode_traces(&encode_traces(1, 0.0, &[trace.clone()])).expect("decodes");
            assert_eq!(decoded, [trace.clone()]);
            assert!(decoded[0].summary.solo_value.is_sign_negative());
        }
        let (header, empty) = decode_traces(&encode_traces(2, 0.0, &[])).expect("an empty batch decodes");
        assert_eq!((header.runs, empty.len()), (0, 0));
    }

    #[test]
    fn a_corrupt_trace_buffer_is_an_error_not_a_panic() {
        let bytes = encode_traces(4, 1.0, &traces(0..3));
        for len in [0, 3, HEADER_LEN - 1, HEADER_LEN, bytes.len() - 1] {
            let error = decode_traces(&bytes[..len]).expect_err("a truncated batch is an error");
            assert!(!error.is_empty());
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode_traces(&longer).expect_err("too long").contains("but the batch has"));
        let mut magic = bytes.clone();
        magic[0] = b'{';
        assert!(decode_traces(&magic).expect_err("not a batch").contains("magic"));
        let mut format = bytes.clone();
        format[4] = 9;
        assert!(decode_traces(&format).expect_err("another format").contains("trace format 9"));
        let mut flags = bytes.clone();
        flags[HEADER_LEN + 8] = 0xff;
        assert!(decode_traces(&flags).expect_err("bad flags").contains("unknown flags"));
        let mut huge = bytes.clone();
        huge[12..20].copy_from_slice(&[0xff; 8]);
        assert!(decode_traces(&huge).is_err(), "a huge run count is refused before allocating");
    }
}
