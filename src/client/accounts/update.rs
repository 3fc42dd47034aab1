//! `accounts.update`: name, workspace, app password and the legacy `settings.policy_id`.
//!
//! Nylas replaces a grant's `settings` as a whole (nylas-api.md §3), and an app password can't be read
//! back. So any change inside `settings` re-sends the current settings with the change applied, and a
//! policy change must say what becomes of the app password: a new one keeps IMAP/SMTP access, `null`
//! ends it. Leaving it out is refused rather than silently dropping the account's mail-client access.

use super::get;
use crate::client::case::to_snake;
use crate::client::endpoints::data_of;
use crate::client::scrub::scrub_error;
use crate::client::signing::Signer;
use crate::client::transport::{Method, Transport};
use crate::client::{path_segment, Call, Client};
use crate::error::Error;
use crate::preflight::{field_problems, CreateAccountRequest};
use serde_json::{json, Map, Value};

/// The keys a patch may hold.
const PATCH_KEYS: [&str; 4] = ["name", "workspaceId", "appPassword", "policyId"];

/// A patch as the caller gave it, checked.
struct Patch {
    name: Option<String>,
    workspace_id: Option<String>,
    /// `Some(None)`: remove the app password (`appPassword: null`).
    app_password: Option<Option<String>>,
    /// `Some(None)`: detach the legacy policy (`policyId: null`).
    policy_id: Option<Option<String>>,
}

impl Patch {
    fn parse(patch: &Value) -> Result<Patch, Error> {
        let usage = "update(idOrEmail, patch): pass an object with name, workspaceId, appPassword and/or policyId";
        let map = patch
            .as_object()
            .ok_or_else(|| Error::InvalidArgument(format!("{usage}.")))?;
        if let Some(unknown) = map.keys().find(|k| !PATCH_KEYS.contains(&k.as_str())) {
            return Err(Error::InvalidArgument(format!(
                "{usage}; '{unknown}' is not one of them (an account's email can't change)."
            )));
        }
        let text = |key: &str, nullable: bool| -> Result<Option<Option<String>>, Error> {
            match map.get(key) {
                None => Ok(None),
                Some(Value::Null) if nullable => Ok(Some(None)),
                Some(Value::String(s)) => Ok(Some(Some(s.clone()))),
                Some(_) => Err(Error::InvalidArgument(format!(
                    "update(idOrEmail, patch): {key} must be a string{}.",
                    if nullable { " or null" } else { "" }
                ))),
            }
        };
        let patch = Patch {
            name: text("name", false)?.flatten(),
            workspace_id: text("workspaceId", false)?.flatten(),
            app_password: text("appPassword", true)?,
            policy_id: text("policyId", true)?,
        };
        if patch.policy_id.is_some() && patch.app_password.is_none() {
            return Err(Error::InvalidArgument(
                "update(idOrEmail, { policyId }): a policy change replaces the account's settings, and Nylas \
                 can't send its app password back, so say what becomes of it: pass appPassword (a new one, \
                 e.g. generateAppPassword()) to keep IMAP/SMTP access, or appPassword: null to end it."
                    .into(),
            ));
        }
        patch.check()?;
        Ok(patch)
    }

    /// The local checks of the fields it sets, all problems at once.
    fn check(&self) -> Result<(), Error> {
        let problems = field_problems(&CreateAccountRequest {
            email: None,
            app_password: self.app_password.clone().flatten(),
            name: self.name.clone(),
            policy_id: self.policy_id.clone().flatten(),
            workspace_id: self.workspace_id.clone(),
        });
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Validation(problems))
        }
    }

    fn touches_settings(&self) -> bool {
        self.app_password.is_some() || self.policy_id.is_some()
    }
}

/// The patch that applies a create request to an existing account (`onExisting: 'update'`): the
/// fields it sets. A policy without an app password is refused by [`update`], as it is there.
pub fn patch_of_request(request: &CreateAccountRequest) -> Value {
    let mut patch = Map::new();
    let mut put = |key: &str, value: &Option<String>| {
        if let Some(value) = value {
            patch.insert(key.into(), json!(value));
        }
    };
    put("name", &request.name);
    put("workspaceId", &request.workspace_id);
    put("appPassword", &request.app_password);
    put("policyId", &request.policy_id);
    Value::Object(patch)
}

/// Updates an account: `name`, `workspaceId`, `appPassword` (a string, or `null` to remove it) and the
/// legacy `policyId` (a UUID, or `null` to detach it; needs `appPassword` beside it, see the module).
pub async fn update<T: Transport, S: Signer>(
    client: &Client<T, S>,
    id_or_email: &str,
    patch: &Value,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let patch = Patch::parse(patch)?;
    let path = format!("/v3/grants/{}", path_segment(id_or_email)?);
    let mut body = Map::new();
    if let Some(name) = &patch.name {
        body.insert("name".into(), json!(name));
    }
    if let Some(workspace) = &patch.workspace_id {
        body.insert("workspace_id".into(), json!(workspace));
    }
    let mut secrets = Vec::new();
    if patch.touches_settings() {
        secrets.extend(patch.app_password.clone().flatten());
        let secret_refs: Vec<&str> = secrets.iter().map(String::as_str).collect();
        // The lookup carries no password, but its error is scrubbed of it all the same.
        let current = get(client, id_or_email, signal)
            .await
            .map_err(|e| scrub_error(e, &secret_refs))?;
        body.insert("settings".into(), new_settings(&current, &patch));
    }
    if body.is_empty() {
        return Err(Error::InvalidArgument(
            "update(idOrEmail, patch): the patch changes nothing; pass name, workspaceId, appPassword or policyId."
                .into(),
        ));
    }
    let call = Call {
        secrets,
        ..Call::new(Method::Patch, path).body(Value::Object(body))
    };
    data_of(client, call, signal).await
}

/// The account's current settings (snake_case, as the wire has them) with the patch applied. The email
/// is always re-sent, as the CLI does, because the whole object is replaced.
fn new_settings(current: &Value, patch: &Patch) -> Value {
    // Copied key by key rather than edited with `remove`: the wasm then links no B-tree removal.
    let mut settings = Map::new();
    if let Value::Object(map) = to_snake(current.get("settings").cloned().unwrap_or(json!({}))) {
        for (key, value) in map {
            let replaced = key == "app_password" || key == "email" || key == "policy_id";
            if !replaced || (key == "policy_id" && patch.policy_id.is_none()) {
                settings.insert(key, value);
            }
        }
    }
    settings.insert(
        "email".into(),
        current.get("email").cloned().unwrap_or(Value::Null),
    );
    if let Some(Some(policy)) = &patch.policy_id {
        settings.insert("policy_id".into(), json!(policy));
    }
    if let Some(Some(password)) = &patch.app_password {
        settings.insert("app_password".into(), json!(password));
    }
    Value::Object(settings)
}
