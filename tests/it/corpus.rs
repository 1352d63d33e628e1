//! The hostile-file corpus: every file in `tests/corpus/` goes through `alliance-lab validate`
//! and its exit status and message are compared with a snapshot in `tests/it/snapshots/`.
//! Inputs too big to commit (a 1 MB name, a 5 MB file, 40,000 schedule entries) are
//! generated here. After a deliberate change of the messages, rewrite the snapshots with
//! `INSTA_UPDATE=always cargo test --test it corpus` and review the diff.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::support::{cli, stderr, stdout, TempFile};

/// What the user sees for a file: the exit status and everything printed, with the file's
/// path replaced by `shown_as` and control characters made visible, since a raw escape
/// sequence would act on the terminal that shows the snapshot rather than be seen in it.
/// Long output is cut to its first lines and its size, so that snapshots stay small. Also
/// returns how long the CLI took.
fn validate(path: &Path, shown_as: &str) -> (String, Duration) {
    let arg = path.to_str().expect("a UTF-8 path");
    let started = Instant::now();
    let out = cli(&["validate", arg]);
    let took = started.elapsed();
    let printed = format!("{}{}", stdout(&out), stderr(&out)).replace(arg, shown_as);
    (format!("exit status: {:?}\n{}", out.status.code(), visible(&abridged(&printed))), took)
}

/// The text with every control character other than a line break written as `⟨U+001B⟩`,
/// a notation no message uses, so that a snapshot tells raw control characters apart from
/// escaped ones.
fn visible(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' => "\n".to_string(),
            c if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') => {
                format!("⟨U+{:04X}⟩", u32::from(c))
            }
            c => c.to_string(),
        })
        .collect()
}

/// Output of more than 40 lines or 4,000 characters, cut to its first 20 lines of at most 200
/// characters each, followed by its full size.
fn abridged(text: &str) -> String {
    let lines = text.lines().count();
    let chars = text.chars().count();
    if lines <= 40 && chars <= 4_000 {
        return text.to_string();
    }
    let mut out = String::new();
    for line in text.lines().take(20) {
        let length = line.chars().count();
        if length > 200 {
            out.extend(line.chars().take(200));
            out.push_str(&format!("[… {} more characters]\n", length - 200));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.push_str(&format!("[… {lines} lines, {chars} characters in all]\n"));
    out
}

#[test]
fn every_hostile_file_gets_its_recorded_message() {
    insta::glob!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus"), "*.{toml,json}", |path| {
        let name = path.file_name().and_then(|n| n.to_str()).expect("a file name");
        insta::assert_snapshot!(validate(path, &format!("tests/corpus/{name}")).0);
    });
}

/// Validates a generated file and returns what the user sees and how long it took.
fn validate_generated(name: &str, contents: &str) -> (String, Duration) {
    let file = TempFile::new(contents);
    validate(file.path(), &format!("<generated>/{name}"))
}

/// Two partners, the first with `name`, the second `B`.
fn two_partners(first: &str) -> String {
    format!("[[partners]]\nname = \"{first}\"\n[[partners]]\nname = \"B\"\n")
}

#[test]
fn a_one_megabyte_name_used_twice() {
    let name = "x".repeat(1 << 20);
    let text = format!("title = \"x\"\n{}[[partners]]\nname = \"{name}\"\n", two_partners(&name));
    let (seen, _) = validate_generated("megabyte_name.toml", &text);
    insta::assert_snapshot!(seen);
}

#[test]
fn a_file_of_more_than_five_megabytes_is_answered_within_seconds() {
    let text = format!("title = \"x\"\ndescription = \"{}\"\n{}", "y".repeat(5_300_000), two_partners("A"));
    assert!(text.len() > 5_000_000);
    let (seen, took) = validate_generated("five_megabytes.toml", &text);
    // The bound is generous because the machine running the tests may be busy; a check that
    // grows with the square of the file's size would still take far longer.
    assert!(took < Duration::from_secs(5), "{took:?}");
    insta::assert_snapshot!(seen);
}

#[test]
fn forty_thousand_bad_schedule_entries() {
    let entry = "[[schedule]]\nmonth = 0\naction = \"dance\"\n";
    let text = format!("title = \"x\"\n{}{}", two_partners("A"), entry.repeat(40_000));
    let (seen, took) = validate_generated("forty_thousand_entries.toml", &text);
    assert!(took < Duration::from_secs(5), "{took:?}");
    insta::assert_snapshot!(seen);
}
