//! `parse_webhook` on arbitrary bytes. Invariants: an event has every field the TypeScript types
//! promise (non-empty `type` and `id`, an integer `time`, `data.applicationId`, `data.object`, and for
//! message and grant events a `grantId`, for message events a message id), its keys are camelCase
//! outside `metadata`; a failure is `INVALID_WEBHOOK` with at least one `WEBHOOK_*` problem, and never
//! quotes the body.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nylas_agent_accounts::{parse_webhook, Error};
use serde_json::Value;

/// The triggers whose `data.object` is a message.
const MESSAGE_EVENTS: [&str; 4] = [
    "message.created",
    "message.updated",
    "message.created.truncated",
    "message.updated.truncated",
];

fuzz_target!(|body: &[u8]| match parse_webhook(body) {
    Ok(event) => {
        assert!(!event.event_type().is_empty() && !event.id().is_empty());
        let json = event.to_json();
        assert!(json.get("time").is_some_and(Value::is_i64));
        let data = json
            .get("data")
            .and_then(Value::as_object)
            .expect("data is an object");
        assert!(data.get("applicationId").is_some_and(Value::is_string));
        let object = event.object().expect("data.object is an object");
        let kind = event.event_type();
        let is_message = MESSAGE_EVENTS.contains(&kind);
        if is_message || kind.starts_with("grant.") {
            assert!(
                event.grant_id().is_some_and(|g| !g.is_empty()),
                "{kind}: grantId"
            );
        }
        if is_message {
            assert!(object
                .get("id")
                .and_then(Value::as_str)
                .is_some_and(|id| !id.is_empty()));
        }
        for key in json.keys() {
            assert!(
                !key.contains('_') || key.starts_with('_') || key.ends_with('_'),
                "{key:?} not camelCase"
            );
        }
    }
    Err(Error::InvalidWebhook(problems)) => {
        assert!(!problems.is_empty());
        let text = String::from_utf8_lossy(body);
        for problem in &problems {
            assert!(
                problem.code.as_str().starts_with("WEBHOOK_"),
                "{:?}",
                problem.code
            );
            if text.starts_with('{') && text.len() >= 2 {
                assert!(
                    !problem.message.contains(&*text) && !problem.fix.contains(&*text),
                    "quotes the body"
                );
            }
        }
    }
    Err(other) => panic!("parse_webhook failed with {other:?}"),
});
