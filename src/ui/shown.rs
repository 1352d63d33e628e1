//! Messages as the page shows them in one line: cut to a length a reader can take in. A
//! hostile link (a megabyte-long name, tens of thousands of problems) must not make the page
//! build a text of megabytes, which would freeze it for seconds, so the notices and the link
//! error pass through here, whatever the scenario and share modules already limit.

/// Most characters of one message the page shows.
pub const MAX_CHARS: usize = 600;

/// `text` itself, or its first [`MAX_CHARS`] characters followed by how many were left out.
pub fn shortened(text: &str) -> String {
    match text.char_indices().nth(MAX_CHARS) {
        None => text.to_string(),
        Some((end, _)) => format!("{}… ({} more characters)", &text[..end], text[end..].chars().count()),
    }
}
