//! The resource interfaces (`client.accounts`, `client.lists.items`, …): their methods in `METHODS`
//! order, each parameter list following from the method's argument shape.

use super::{check, HEADER};
use crate::client::methods::{Arguments, METHODS};
use crate::client::types::signatures::SIGNATURES;

/// Each resource's operation prefix, interface name and doc.
const RESOURCES: [(&str, &str, &str); 10] = [
    (
        "accounts",
        "AccountsResource",
        "`client.accounts`: the agent accounts (grants of provider `nylas`).",
    ),
    (
        "connector",
        "ConnectorResource",
        "`client.connector`: the application's `nylas` connector.",
    ),
    (
        "domains",
        "DomainsResource",
        "`client.domains`, Manage Domains: needs `serviceAccount` in the client options.",
    ),
    (
        "workspaces",
        "WorkspacesResource",
        "`client.workspaces`: groups of accounts sharing a policy and rules.",
    ),
    (
        "policies",
        "PoliciesResource",
        "`client.policies`: limits, spam detection and options of inboxes.",
    ),
    (
        "rules",
        "RulesResource",
        "`client.rules`: what happens to inbound and outbound mail.",
    ),
    (
        "lists.items",
        "ListItemsResource",
        "`client.lists.items`: the values of a list.",
    ),
    (
        "lists",
        "ListsResource",
        "`client.lists`: domains, TLDs or addresses that rules match with `in_list`.",
    ),
    (
        "messages",
        "MessagesResource",
        "`client.messages`: an account's messages.",
    ),
    (
        "webhooks",
        "WebhooksResource",
        "`client.webhooks`: notifications of the application's events.",
    ),
];

const OPTIONS: &str = "options?: CallOptions";

/// `name(params): result;` with its doc, from the argument shape and the signature table.
fn method(name: &str, arguments: Arguments, id: &str, input: &str, output: &str) -> String {
    let id = format!("{id}: string");
    let filter = format!("filter?: {input}");
    let (params, list) = match arguments {
        Arguments::Nothing => (vec![OPTIONS], false),
        Arguments::Filter => (vec![&filter[..], OPTIONS], true),
        Arguments::IdFilter => (vec![&id[..], &filter[..], OPTIONS], true),
        Arguments::Id => (vec![&id[..], OPTIONS], false),
        Arguments::Body => (vec![input, OPTIONS], false),
        Arguments::IdBody | Arguments::IdType => (vec![&id[..], input, OPTIONS], false),
        Arguments::IdItems => (vec![&id[..], "items: readonly string[]", OPTIONS], false),
        Arguments::Composed => return format!("{name}({input}): {output};"),
    };
    let result = if list {
        format!("ListCall<{output}>")
    } else {
        format!("Promise<{output}>")
    };
    format!("{name}({}): {result};", params.join(", "))
}

#[test]
fn the_resources_are_declared_from_methods() {
    let ops: Vec<&str> = METHODS.iter().map(|op| op.name).collect();
    let signed: Vec<&str> = SIGNATURES.iter().map(|s| s.op).collect();
    assert_eq!(
        ops, signed,
        "SIGNATURES must list METHODS' operations, in order"
    );
    let mut dts = vec![
        HEADER.to_string(),
        "// The resources of `AgentAccounts` (js/client.d.ts), one method per entry of `METHODS`.\n".into(),
    ];
    for (prefix, name, doc) in RESOURCES {
        let mut out = format!("/** {doc} */\nexport interface {name} {{\n");
        for (operation, signature) in METHODS.iter().zip(&SIGNATURES) {
            let arguments = &operation.arguments;
            let Some((resource, method_name)) = operation.name.rsplit_once('.') else {
                continue;
            };
            if resource != prefix {
                continue;
            }
            if !signature.doc.is_empty() {
                out.push_str(&format!("  /** {} */\n", signature.doc));
            }
            let line = method(
                method_name,
                *arguments,
                signature.id,
                signature.input,
                signature.output,
            );
            out.push_str(&format!("  {line}\n"));
        }
        for (sub, sub_name, _) in RESOURCES {
            if sub
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with('.'))
            {
                let field = &sub[prefix.len() + 1..];
                out.push_str(&format!(
                    "  /** `client.{sub}`. */\n  {field}: {sub_name};\n"
                ));
            }
        }
        out.push_str("}\n");
        dts.push(out);
    }
    check("js/resources.generated.d.ts", &dts.join("\n"));
}
