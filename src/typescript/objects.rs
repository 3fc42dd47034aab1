//! The client's objects (`js/objects.generated.d.ts`): the structs of `client::types`, each an interface
//! (extending its base where the API's object is another with more), and the unions of `ALIASES`.

use super::{check, interface, quoted, union, HEADER};
use crate::client::types::{accounts::*, rules::*, webhooks::*, ALIASES};

#[test]
fn the_client_objects_are_declared_from_rust() {
    let mut dts = vec![
        HEADER.to_string(),
        "// The API's objects as the client takes and returns them (keys camelCase, except inside `metadata`).\n"
            .into(),
    ];
    for (name, doc, ts) in ALIASES {
        let ts = if ts.starts_with('\n') {
            ts.to_string()
        } else {
            format!(" {ts}")
        };
        dts.push(format!("/** {doc} */\nexport type {name} ={ts};\n"));
    }
    dts.push(union(
        "A Nylas data region: `https://api.us.nylas.com` or `https://api.eu.nylas.com`.",
        "Region",
        quoted(crate::client::options::REGIONS),
    ));
    dts.push(retry_reason());
    dts.push(format!(
        "/** Filters every cursor-paged list takes. */\nexport interface PageFilter {{\n  \
         /** Items per page (1–{}; the API's default is 50). */\n  limit?: number;\n}}\n",
        crate::client::endpoints::MAX_PAGE_SIZE
    ));
    dts.extend([
        interface::<crate::client::signing::ServiceAccount>(None),
        interface::<crate::client::transport::RetryEvent>(None),
        interface::<AccountSettings>(None),
        interface::<Account>(None),
        interface::<AccountListFilter>(None),
        interface::<Connector>(None),
        interface::<ConnectorStatus>(None),
        interface::<crate::client::types::domain::Domain>(None),
        interface::<RegisteredDomain>(Some("Domain")),
        interface::<DomainCreate>(None),
        interface::<DomainUpdate>(None),
        interface::<DomainAttempt>(None),
        interface::<DomainRecordOptions>(None),
        interface::<DomainVerification>(None),
        interface::<DomainRecord>(None),
        interface::<DomainCheck>(None),
        interface::<DomainDoctor>(None),
        interface::<Workspace>(None),
        interface::<WorkspaceUpdate>(None),
        interface::<ManualAssign>(None),
        interface::<ManualAssignResult>(None),
        interface::<AutoGroupRequest>(None),
        interface::<AutoGroupResult>(None),
        interface::<PolicyLimits>(None),
        interface::<SpamDetection>(None),
        interface::<PolicyOptions>(None),
        interface::<Policy>(None),
        interface::<PolicyCreate>(None),
        interface::<RuleMatch>(None),
        interface::<Rule>(None),
        interface::<RuleCreate>(None),
        interface::<RuleEvaluationInput>(None),
        interface::<RuleEvaluationAppliedActions>(None),
        interface::<RuleEvaluation>(None),
        interface::<List>(None),
        interface::<ListCreate>(None),
        interface::<ListUpdate>(None),
        interface::<ListItem>(None),
        interface::<MessageFilter>(None),
        interface::<Webhook>(None),
        interface::<WebhookWithSecret>(Some("Webhook")),
        interface::<WebhookCreate>(None),
        interface::<WebhookUpdate>(Some("Partial<WebhookCreate>")),
    ]);
    check("js/objects.generated.d.ts", &dts.join("\n"));
}

/// `RetryReason`: the code of every error the client retries, found by asking `should_retry` about one
/// error of each kind and an API error of each status, so the union follows the retry rule.
fn retry_reason() -> String {
    use crate::client::response::interpret;
    use crate::client::retry::{should_retry, Replay};
    use crate::client::transport::HttpResponse;
    let mut errors = crate::error::one_of_each();
    errors.extend((400..600).filter_map(|status| {
        let response = HttpResponse {
            status,
            headers: Vec::new(),
            body: String::new(),
        };
        interpret(response, 0.0).err()
    }));
    let mut codes: Vec<&str> = Vec::new();
    for error in errors.iter().filter(|e| should_retry(e, Replay::Safe)) {
        if !codes.contains(&error.code()) {
            codes.push(error.code());
        }
    }
    union(
        "Why a request is about to be retried: the code of the error the attempt ended with.",
        "RetryReason",
        quoted(codes),
    )
}
