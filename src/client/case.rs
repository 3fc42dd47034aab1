//! JavaScript sees camelCase, the wire speaks snake_case. Keys are converted recursively, except inside
//! `metadata`, whose keys are the user's own (as the official SDK does).

use serde_json::{Map, Value};

/// `created_at` → `createdAt` in every object key, recursively.
pub fn to_camel(value: Value) -> Value {
    convert(value, &snake_to_camel)
}

/// `createdAt` → `created_at` in every object key, recursively.
pub fn to_snake(value: Value) -> Value {
    convert(value, &camel_to_snake)
}

fn convert(value: Value, rename: &dyn Fn(&str) -> String) -> Value {
    match value {
        Value::Object(map) => {
            // Inserted one by one: collect() would build the map by sorting, which links a sort
            // routine (as in `webhook::event`); a later equal key wins either way.
            let mut out = Map::new();
            for (key, inner) in map {
                let inner = if key == "metadata" {
                    inner
                } else {
                    convert(inner, rename)
                };
                out.insert(rename(&key), inner);
            }
            Value::Object(out)
        }
        Value::Array(items) => {
            Value::Array(items.into_iter().map(|v| convert(v, rename)).collect())
        }
        other => other,
    }
}

fn snake_to_camel(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        match (c, upper) {
            ('_', _) if !out.is_empty() => upper = true,
            (c, true) => {
                out.push(c.to_ascii_uppercase());
                upper = false;
            }
            (c, false) => out.push(c),
        }
    }
    out
}

fn camel_to_snake(key: &str) -> String {
    let mut out = String::with_capacity(key.len() + 4);
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn converts_keys_both_ways_but_not_metadata() {
        let wire = json!({
            "grant_id": "g", "created_at": 1, "email_aliases": [{"alias_name": "a"}],
            "metadata": {"customer_id": 7}, "settings": {"policy_id": null}
        });
        let js = to_camel(wire.clone());
        assert_eq!(
            js,
            json!({
                "grantId": "g", "createdAt": 1, "emailAliases": [{"aliasName": "a"}],
                "metadata": {"customer_id": 7}, "settings": {"policyId": null}
            })
        );
        assert_eq!(to_snake(js), wire);
    }

    #[test]
    fn odd_keys_survive() {
        assert_eq!(snake_to_camel("_private"), "_private");
        assert_eq!(snake_to_camel("already"), "already");
        assert_eq!(
            camel_to_snake("limitAttachmentSizeLimit"),
            "limit_attachment_size_limit"
        );
    }
}
