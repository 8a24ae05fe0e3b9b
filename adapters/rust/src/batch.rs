//! The JSON Lines batch protocol (adapters/PROTOCOL.md): one request per line on stdin, one answer
//! per line on stdout, flushed after each. Requests are answered one at a time, in the order they
//! came. A line this adapter cannot use never stops it: a line that is not a JSON object, or has no
//! usable id, gets `{"type":"error","detail":...}`; a request with an id that breaks the protocol
//! otherwise gets `unsupported` saying what was wrong. A panic inside a library while answering a
//! request is caught and answered as a reject without a reason (fail closed, never an accept).

use std::io::{self, BufRead, Write};
use std::panic::{self, AssertUnwindSafe};

use serde_json::{json, Value};

use crate::outcome::Outcome;
use crate::primitives::Ed25519Check;
use crate::request::{self, Malformed, VerifyRequest};
use crate::{cose_layer, producer, signature_layer, statement, suit_layer};

const PROTOCOL_VERSION: u64 = 1;

/// Answers every line of `requests` until `bye` or the end of input.
pub fn serve(requests: impl BufRead, mut answers: impl Write, ed25519: Ed25519Check) -> io::Result<()> {
    for line in requests.split(b'\n') {
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match respond(&line, ed25519) {
            Some(answer) => {
                writeln!(answers, "{answer}")?;
                answers.flush()?;
            }
            None => break,
        }
    }
    Ok(())
}

/// The answer to one line; None for `bye`.
pub fn respond(line: &[u8], ed25519: Ed25519Check) -> Option<Value> {
    let message: Value = match serde_json::from_slice(line) {
        Ok(message @ Value::Object(_)) => message,
        Ok(other) => return Some(error(&format!("each request is a JSON object, this line holds {other:.40}"))),
        Err(problem) => return Some(error(&format!("the line is not JSON ({problem}); each request is one JSON object on one line"))),
    };
    let kind = message.get("type").and_then(Value::as_str).unwrap_or("");
    match kind {
        // answered with this adapter's own version whatever the runner asked for (PROTOCOL.md, Handshake)
        "hello" => return Some(json!({"type": "hello", "protocol": PROTOCOL_VERSION, "ics": statement::statement(ed25519)})),
        "bye" => return None,
        _ => {}
    }
    let id = match request::request_id(&message) {
        Ok(id) => id,
        Err(Malformed(problem)) => return Some(error(&format!("request type {kind:?} without a usable id: {problem}"))),
    };
    let answer = match kind {
        "verify" => request::verify_request(&message).map(|request| guarded(|| verify(&request, ed25519)).answer(&id)),
        "sign" => request::sign_request(&message).map(|request| match guarded_sign(|| producer::envelope(&request)) {
            Ok(envelope) => json!({"id": id, "envelope": hex::encode(envelope)}),
            Err(problem) => Outcome::Unsupported(problem).answer(&id),
        }),
        other => Err(Malformed(format!("unknown request type {other:?}; this adapter answers \"hello\", \"verify\", \"sign\" and \"bye\""))),
    };
    Some(answer.unwrap_or_else(|Malformed(problem)| {
        Outcome::Unsupported(format!("malformed request: {problem} (see adapters/PROTOCOL.md)")).answer(&id)
    }))
}

fn verify(request: &VerifyRequest, ed25519: Ed25519Check) -> Outcome {
    match request {
        VerifyRequest::Signature(request) => signature_layer::verify(request, ed25519),
        VerifyRequest::Cose(request) => cose_layer::verify(request, ed25519),
        VerifyRequest::Suit(_) if ed25519 == Ed25519Check::VerifyStrict => {
            Outcome::Unsupported("layer suit is stated by the adapter rust only (suit_validator calls ed25519-dalek verify whatever rust-strict uses)".into())
        }
        VerifyRequest::Suit(request) => suit_layer::verify(request),
    }
}

/// Runs `answer`, turning a panic (the panic hook has printed it to stderr) into a reject.
fn guarded(answer: impl FnOnce() -> Outcome) -> Outcome {
    panic::catch_unwind(AssertUnwindSafe(answer)).unwrap_or_else(|cause| {
        Outcome::reject_unnamed(format!("a library panicked while answering ({}); stderr has the message", panic_text(&cause)))
    })
}

fn guarded_sign(sign: impl FnOnce() -> Result<Vec<u8>, String>) -> Result<Vec<u8>, String> {
    panic::catch_unwind(AssertUnwindSafe(sign)).unwrap_or_else(|cause| Err(format!("signing panicked: {}", panic_text(&cause))))
}

fn panic_text(cause: &Box<dyn std::any::Any + Send>) -> String {
    cause
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| cause.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".to_owned())
}

fn error(detail: &str) -> Value {
    json!({"type": "error", "detail": detail})
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(input: &str) -> Vec<Value> {
        let mut out = Vec::new();
        serve(input.as_bytes(), &mut out, Ed25519Check::Verify).unwrap();
        String::from_utf8(out).unwrap().lines().map(|line| serde_json::from_str(line).unwrap()).collect()
    }

    #[test]
    fn hello_is_answered_with_the_statement_and_bye_ends_the_session() {
        let answers = answers("{\"type\":\"hello\",\"protocol\":1}\n{\"type\":\"bye\"}\n{\"type\":\"hello\"}\n");
        assert_eq!(answers.len(), 1);
        assert_eq!(answers[0]["protocol"], 1);
        assert_eq!(answers[0]["ics"]["operations"], json!(["verify", "sign"]));
    }

    #[test]
    fn a_line_that_is_not_an_object_gets_an_error_and_the_session_goes_on() {
        let answers = answers("not json\n[1]\n{\"type\":\"verify\"}\n{\"type\":\"hello\"}\n");
        assert_eq!(answers.iter().map(|answer| answer["type"].as_str().unwrap_or("")).collect::<Vec<_>>(), ["error", "error", "error", "hello"]);
    }

    #[test]
    fn a_request_with_broken_fields_is_unsupported_naming_the_field() {
        let answers = answers("{\"type\":\"verify\",\"id\":\"v\",\"layer\":\"cose\",\"coseSign1\":\"zz\",\"keys\":[]}\n");
        assert_eq!(answers[0]["id"], "v");
        assert_eq!(answers[0]["outcome"], "unsupported");
        assert!(answers[0]["detail"].as_str().unwrap().contains("coseSign1"), "{}", answers[0]);
    }

    #[test]
    fn an_unknown_signature_algorithm_is_rejected_as_unsupported_algorithm() {
        let answers = answers("{\"type\":\"verify\",\"id\":\"v\",\"layer\":\"signature\",\"algorithm\":\"ML-DSA-87\",\"message\":\"\",\"signature\":\"\",\"keys\":[{\"coseKey\":\"a0\"}]}\n");
        assert_eq!(answers[0]["outcome"], "reject");
        assert_eq!(answers[0]["reason"], "UNSUPPORTED_ALGORITHM");
    }
}
