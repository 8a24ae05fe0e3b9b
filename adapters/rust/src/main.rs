//! The suitcase adapter for Rust (adapters/PROTOCOL.md): suit_validator verifies SUIT envelopes,
//! taylor signs them, coset with p256, ed25519-dalek and hbs-lms verifies COSE_Sign1 and raw
//! signatures. It reports what these libraries decide; the runner judges the outcomes.
//!
//!     suitcase-rust-adapter [--strict]          JSON Lines batch protocol on stdin/stdout
//!     suitcase-rust-adapter [--strict] --ics    print the conformance statement
//!
//! `--strict` verifies Ed25519 with ed25519-dalek's `verify_strict` instead of `verify` (the adapter
//! named `rust-strict`).

mod batch;
mod cose_layer;
mod keys;
mod machine;
mod outcome;
mod primitives;
mod producer;
mod request;
mod signature_layer;
mod statement;
mod suit_layer;

use std::io::{self, BufWriter};
use std::process::ExitCode;

use primitives::Ed25519Check;

const USAGE: &str = "usage: run [--strict] [--ics]   (without --ics: the JSON Lines batch protocol on stdin/stdout)";

fn main() -> ExitCode {
    let mut arguments: Vec<String> = std::env::args().skip(1).collect();
    let ed25519 = match arguments.iter().position(|argument| argument == "--strict") {
        Some(at) => {
            arguments.remove(at);
            Ed25519Check::VerifyStrict
        }
        None => Ed25519Check::Verify,
    };
    match arguments.as_slice() {
        [] => {
            let stdin = io::stdin();
            let stdout = io::stdout();
            match batch::serve(stdin.lock(), BufWriter::new(stdout.lock()), ed25519) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("rust adapter: {error}");
                    ExitCode::from(2)
                }
            }
        }
        [ics] if ics == "--ics" => {
            println!("{}", statement::statement(ed25519));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
