//! Share links: a whole scenario (with its seed and the user's recorded actions in the
//! schedule) packed into a token for the fragment of a URL, and read back with a clear
//! message for every way a link can be damaged.
//!
//! A token is `v2.` followed by the base64url text (no padding) of the raw-deflate
//! compressed compact JSON of the scenario. Base64url uses only `A-Z a-z 0-9 - _`, so the
//! token needs no escaping in a URL fragment. Decoding never panics, reads at most
//! [`MAX_TOKEN_LEN`] characters and inflates at most [`MAX_JSON_BYTES`] bytes, so a small
//! hostile link cannot expand into a huge allocation.
//!
//! The messages are plain text for the user; the page must show them as text, never as HTML.

use std::fmt;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::scenario::{Scenario, ScenarioError};

/// The format version this build writes; it reads this one and every older one.
///
/// Version 2 has the layout of version 1. It marks the links made since the model's random
/// generator changed from ChaCha8 to Xoshiro256++: a version 1 link still opens with its
/// scenario, seed and actions, but its run is not the one that was shared (see
/// [`replays_exactly`]).
pub const VERSION: u32 = 2;

/// The oldest version whose links replay exactly the run that was shared.
pub const SAME_RUN_SINCE: u32 = 2;

/// Longest token [`decode`] accepts, in characters (64 KiB). Far above what a scenario of
/// 200 partners needs, and below what browsers accept in a URL.
pub const MAX_TOKEN_LEN: usize = 64 * 1024;

/// Largest scenario JSON [`decode`] inflates, in bytes (1 MiB). Inflating stops beyond it.
pub const MAX_JSON_BYTES: usize = 1024 * 1024;

/// Deflate level: the best compression; scenarios are small, so the time does not matter.
const LEVEL: u8 = 9;

/// Why a share link could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    /// The link holds no scenario at all.
    Empty,
    /// The token is longer than [`MAX_TOKEN_LEN`].
    TooLong {
        /// Length of the token in characters.
        length: usize,
    },
    /// The token does not start with a version such as `v2.`.
    NoVersion,
    /// The link was made by a newer version of Alliance Lab.
    FutureVersion {
        /// The version the link names.
        version: u32,
    },
    /// The token is not base64url text, usually because characters were lost or changed.
    NotBase64,
    /// The decoded bytes are not deflate data.
    NotDeflate,
    /// The scenario would inflate beyond [`MAX_JSON_BYTES`].
    TooLarge,
    /// The inflated text is not a scenario in JSON.
    NotJson {
        /// What the JSON reader reported.
        detail: String,
    },
    /// The scenario was read but does not pass validation.
    InvalidScenario(ScenarioError),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => write!(f, "This link does not contain a scenario."),
            ShareError::TooLong { length } => write!(
                f,
                "This link is too long ({length} characters; at most {MAX_TOKEN_LEN}). \
                 Share the scenario as a file instead."
            ),
            ShareError::NoVersion => write!(
                f,
                "This is not an Alliance Lab share link: it does not start with a version such as v{VERSION}."
            ),
            ShareError::FutureVersion { version } => write!(
                f,
                "This link was made by a newer version of Alliance Lab (v{version}); this version reads \
                 links up to v{VERSION}. Open it with the newest Alliance Lab."
            ),
            ShareError::NotBase64 => write!(
                f,
                "This link is damaged: it contains characters a share link never has. \
                 Copy the whole link again."
            ),
            ShareError::NotDeflate => {
                write!(f, "This link is damaged or incomplete: its contents cannot be unpacked. Copy the whole link again.")
            }
            ShareError::TooLarge => write!(
                f,
                "This link unpacks to more than {} KiB, more than any scenario needs; it was not opened.",
                MAX_JSON_BYTES / 1024
            ),
            ShareError::NotJson { detail } => {
                write!(f, "This link is damaged: its contents are not a scenario ({detail}).")
            }
            ShareError::InvalidScenario(e) => {
                let problems: Vec<String> = e.errors.iter().map(|e| e.to_string()).collect();
                write!(f, "The scenario in this link is not valid: {}", problems.join("; "))
            }
        }
    }
}

impl std::error::Error for ShareError {}

/// The share token of a scenario: `v2.` + base64url (no padding) of the deflated compact
/// JSON. The scenario's seed and schedule are part of it, so opening the link replays the
/// same run; use [`crate::model::Simulation::scenario_with_actions`] to include the user's
/// actions. Tokens longer than [`MAX_TOKEN_LEN`] are not accepted by [`decode`]; offer a
/// file download instead when `encode(..).len() > MAX_TOKEN_LEN`.
pub fn encode(scenario: &Scenario) -> String {
    let json = serde_json::to_vec(scenario).expect("a scenario always serialises to JSON");
    let packed = miniz_oxide::deflate::compress_to_vec(&json, LEVEL);
    format!("v{VERSION}.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Reads a share token back into a validated scenario. Surrounding whitespace and a leading
/// `#` (as in `location.hash`) are ignored. Every failure is a [`ShareError`] whose message
/// tells the user what is wrong; nothing panics, whatever the input.
pub fn decode(token: &str) -> Result<Scenario, ShareError> {
    let token = token.trim();
    let token = token.strip_prefix('#').unwrap_or(token);
    if token.is_empty() {
        return Err(ShareError::Empty);
    }
    if token.len() > MAX_TOKEN_LEN {
        return Err(ShareError::TooLong { length: token.chars().count() });
    }
    let (version, body) = token.split_once('.').ok_or(ShareError::NoVersion)?;
    let version = parse_version(version).ok_or(ShareError::NoVersion)?;
    if version > VERSION {
        return Err(ShareError::FutureVersion { version });
    }
    if version < 1 {
        return Err(ShareError::NoVersion);
    }
    if body.is_empty() {
        return Err(ShareError::Empty);
    }
    let packed = URL_SAFE_NO_PAD.decode(body).map_err(|_| ShareError::NotBase64)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_JSON_BYTES).map_err(|e| {
        match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            _ => ShareError::NotDeflate,
        }
    })?;
    let text = std::str::from_utf8(&json)
        .map_err(|_| ShareError::NotJson { detail: "the text is not UTF-8".to_string() })?;
    let scenario: Scenario =
        serde_json::from_str(text).map_err(|e| ShareError::NotJson { detail: e.to_string() })?;
    scenario.validate().map_err(ShareError::InvalidScenario)?;
    Ok(scenario)
}

/// Whether opening this token replays exactly the run that was shared: true for tokens of
/// version [`SAME_RUN_SINCE`] or later, false for older ones (made with another random
/// generator) and for text that names no version. Call it on a token [`decode`] accepted, to
/// tell the user when the run will differ from the one they were sent.
pub fn replays_exactly(token: &str) -> bool {
    let token = token.trim();
    let token = token.strip_prefix('#').unwrap_or(token);
    token.split_once('.').and_then(|(version, _)| parse_version(version)).is_some_and(|v| v >= SAME_RUN_SINCE)
}

/// Reads the `v2` of a token: a `v` followed by decimal digits only.
fn parse_version(text: &str) -> Option<u32> {
    text.strip_prefix('v')
        .filter(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|digits| digits.parse().ok())
}
