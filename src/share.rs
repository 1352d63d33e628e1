//! Share links: a whole scenario (with its seed and the user's recorded actions in the
//! schedule) packed into a token for the fragment of a URL, and read back with a clear
//! message for every way a link can be damaged.
//!
//! A token is `v4.` followed by the base64url text (no padding) of the raw-deflate
//! compressed compact JSON of the scenario, compressed with a preset dictionary
//! (`DICTIONARY`: the presets as they were when version 4 came out), so that a scenario close
//! to a preset packs into a few dozen characters instead of about 1,200. Base64url uses only
//! `A-Z a-z 0-9 - _`, so the token needs no escaping in a URL fragment. Tokens of versions 1
//! to 3 were deflated without a dictionary and still open. Decoding never panics, reads at most
//! [`MAX_TOKEN_LEN`] characters and inflates at most [`MAX_JSON_BYTES`] bytes, so a small
//! hostile link cannot expand into a huge allocation.
//!
//! The messages are plain text for the user; the page must show them as text, never as HTML.

use std::fmt;

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, URL_SAFE_NO_PAD};
use base64::engine::DecodePaddingMode;
use base64::{alphabet, DecodeError, Engine};

use crate::scenario::{Scenario, ScenarioError, MODEL_VERSION};

/// Base64url without padding that decodes a text cut anywhere: the bits of a last, partial
/// character are dropped rather than refused, so that a cut-off link reaches the inflater,
/// which says the data ends early, instead of looking like a foreign character.
const LENIENT: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone)
        .with_decode_allow_trailing_bits(true),
);

/// The format version this build writes; it reads this one and every older one.
///
/// Every version has the layout of version 1; a new version marks a change that makes the
/// same scenario and seed run differently. Version 2 came with the model's new random
/// generator (Xoshiro256++ instead of ChaCha8), version 3 with model 2
/// ([`crate::scenario::MODEL_VERSION`]). Version 4 changed only the packing (the preset
/// dictionary) and runs as version 3. A link older than version 3 still opens with its
/// scenario, seed and actions, but its run is not the one that was shared (see
/// [`replays_exactly`]).
pub const VERSION: u32 = 4;

/// The first version packed with [`DICTIONARY`].
const DICTIONARY_SINCE: u32 = 4;

/// The preset dictionary of version 4: the compact JSON of the six presets of that time, the
/// default last. Deflate refers back into it, so a link made with it opens only with these
/// exact bytes: the file is frozen (a test checks its checksum), and a new dictionary needs a
/// new version.
const DICTIONARY: &[u8] = include_bytes!("share/dictionary-v4.txt");

/// The oldest version whose links replay exactly the run that was shared.
pub const SAME_RUN_SINCE: u32 = 3;

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
    /// The link was cut off: its text, its packed data or its scenario ends early.
    Incomplete,
    /// The token has characters base64url text never has, usually because characters were
    /// changed.
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
            ShareError::Incomplete => write!(f, "This link is incomplete; copy the whole link again."),
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
                write!(f, "The scenario in this link is not valid: {}", problems.join("; "))?;
                match e.more {
                    0 => Ok(()),
                    n => write!(f, "; and {n} more"),
                }
            }
        }
    }
}

impl std::error::Error for ShareError {}

/// The share token of a scenario: `v4.` + base64url (no padding) of the compact JSON,
/// deflated with the preset dictionary. The scenario's seed and schedule are part of it, so opening the link replays the
/// same run; use [`crate::simulation::Simulation::scenario_with_actions`] to include the user's
/// actions. Tokens longer than [`MAX_TOKEN_LEN`] are not accepted by [`decode`]; offer a
/// file download instead when `encode(..).len() > MAX_TOKEN_LEN`.
pub fn encode(scenario: &Scenario) -> String {
    // Whoever shares a run has run it with this model. A link replays a run; the teaching
    // points a scenario checks travel with its file, and would make a preset's link ten times
    // longer.
    let current = Scenario {
        model_version: MODEL_VERSION,
        expect: Vec::new(),
        goal: String::new(),
        point: String::new(),
        nl: None,
        ..scenario.clone()
    };
    let json = serde_json::to_vec(&current).expect("a scenario always serialises to JSON");
    format!("v{VERSION}.{}", URL_SAFE_NO_PAD.encode(deflate_with_dictionary(&json)))
}

/// Raw deflate of `data` as if it followed [`DICTIONARY`]: the compressor reads the
/// dictionary first and flushes, and only what it writes after the flush is kept. That part
/// refers back into the dictionary, which [`inflate_with_dictionary`] puts in front again.
fn deflate_with_dictionary(data: &[u8]) -> Vec<u8> {
    use miniz_oxide::deflate::core::{
        compress_to_output, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush,
    };
    // Negative window bits: raw deflate, no zlib header.
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(i32::from(LEVEL), -15, 0));
    let mut primed = Vec::new();
    compress_to_output(&mut compressor, DICTIONARY, TDEFLFlush::Sync, |bytes| {
        primed.extend_from_slice(bytes);
        true
    });
    let mut packed = Vec::new();
    compress_to_output(&mut compressor, data, TDEFLFlush::Finish, |bytes| {
        packed.extend_from_slice(bytes);
        true
    });
    packed
}

/// Inflates what [`deflate_with_dictionary`] wrote, to at most [`MAX_JSON_BYTES`] bytes.
fn inflate_with_dictionary(packed: &[u8]) -> Result<Vec<u8>, miniz_oxide::inflate::TINFLStatus> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let limit = DICTIONARY.len() + MAX_JSON_BYTES;
    let mut out = DICTIONARY.to_vec();
    out.resize(DICTIONARY.len() + 4 * 1024, 0);
    let mut inflater = Box::<DecompressorOxide>::default();
    let (mut input, mut at) = (packed, DICTIONARY.len());
    loop {
        // The whole buffer is the window, so matches reach back into the dictionary.
        let (status, read, written) = decompress(
            &mut inflater,
            input,
            &mut out,
            at,
            inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
        );
        at += written;
        match status {
            TINFLStatus::Done => {
                out.truncate(at);
                return Ok(out.split_off(DICTIONARY.len()));
            }
            TINFLStatus::HasMoreOutput if out.len() < limit => {
                input = input.get(read..).unwrap_or_default();
                let grown = out.len().saturating_mul(2).min(limit);
                out.resize(grown, 0);
            }
            status => return Err(status),
        }
    }
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
    let packed = LENIENT.decode(body).map_err(|e| match e {
        // Four characters encode three bytes; one character alone encodes none, so a body of
        // that length was cut off.
        DecodeError::InvalidLength(_) => ShareError::Incomplete,
        _ => ShareError::NotBase64,
    })?;
    let inflated = if version >= DICTIONARY_SINCE {
        inflate_with_dictionary(&packed)
    } else {
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_JSON_BYTES).map_err(|e| e.status)
    };
    let json = inflated.map_err(|status| {
        use miniz_oxide::inflate::TINFLStatus;
        match status {
            TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            // The deflate stream was valid as far as it went.
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => ShareError::Incomplete,
            _ => ShareError::NotDeflate,
        }
    })?;
    let text = std::str::from_utf8(&json)
        .map_err(|_| ShareError::NotJson { detail: "the text is not UTF-8".to_string() })?;
    Scenario::parse_json(text).map_err(|e| {
        if e.is_incomplete() {
            ShareError::Incomplete
        } else if e.errors.iter().all(|f| f.path.is_empty()) {
            // No field path: the text is not a scenario at all (not JSON, not an object).
            ShareError::NotJson { detail: e.to_string() }
        } else {
            ShareError::InvalidScenario(e)
        }
    })
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
