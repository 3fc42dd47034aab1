//! The client's objects (`js/objects.generated.d.ts`): the structs of `client::types`, each an interface
//! (extending its base where the API's object is another with more), and the unions of `ALIASES`.

use super::{check, interface, HEADER};
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
    dts.extend([
        interface::<crate::client::signing::ServiceAccount>(None),
        interface::<crate::client::transport::RetryEvent>(None),
        interface::<AccountSettings>(None),
        interface::<Account>(None),
        interface::<AccountListFilter>(None),
        interface::<Connector>(None),
        interface::<ConnectorStatus>(None),
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
