//! `createEmulator`'s options as the native binary's flags: one parser (clap's, in
//! `nylas_emulator::config`) with one set of defaults and checks for both hosts.

use nylas_emulator::config::Args;
use nylas_emulator::signing::ServiceAccount;
use serde_json::Value;

/// Options that only mean something to a process with a port and files.
const NATIVE_ONLY: [&str; 9] = [
    "port",
    "state",
    "serviceAccountOut",
    "serviceAccount",
    "maxConnections",
    "headerTimeoutMs",
    "bodyTimeoutMs",
    "verbose",
    "testHooks",
];

/// `{apiKey, domains: [..], faultRate, autoConnector: true, …}` → `Args`, as
/// `--api-key … --domain … --fault-rate … --auto-connector` would give, and the service accounts of
/// `serviceAccounts` (credentials objects: what `--service-account FILE` reads from a file). The test
/// hooks are always on: they are the emulator object's methods.
pub fn args(options_json: &str) -> Result<(Args, Vec<ServiceAccount>), String> {
    let options: serde_json::Map<String, Value> = match serde_json::from_str(options_json) {
        Ok(Value::Object(map)) => map,
        Ok(Value::Null) | Err(_) if options_json.trim().is_empty() => Default::default(),
        _ => return Err("createEmulator takes an options object".into()),
    };
    let mut flags = vec!["nylas-emulator".to_string(), "--test-hooks".to_string()];
    let mut accounts = Vec::new();
    for (key, value) in &options {
        if key == "serviceAccounts" {
            let list = value.as_array().cloned().unwrap_or_default();
            for credentials in list {
                accounts.push(serde_json::from_value(credentials).map_err(|e| {
                    format!("serviceAccounts holds credentials objects as Nylas issues them: {e}")
                })?);
            }
            continue;
        }
        if NATIVE_ONLY.contains(&key.as_str()) {
            return Err(format!(
                "option {key} is for the nylas-emulator binary, not the in-process emulator"
            ));
        }
        let flag = format!("--{}", flag_name(key));
        match value {
            Value::Null | Value::Bool(false) => {}
            Value::Bool(true) => flags.push(flag),
            Value::Array(items) => {
                for item in items {
                    flags.push(flag.clone());
                    flags.push(scalar(key, item)?);
                }
            }
            other => {
                flags.push(flag);
                flags.push(scalar(key, other)?);
            }
        }
    }
    Ok((Args::from_flags(flags)?, accounts))
}

fn scalar(key: &str, value: &Value) -> Result<String, String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        _ => Err(format!("option {key} must be a string, number or boolean")),
    }
}

/// `faultKinds` → `fault-kinds`; the list options are named in the plural, their flags in the singular.
fn flag_name(key: &str) -> String {
    match key {
        "domains" => return "domain".into(),
        "allowOrigins" => return "allow-origin".into(),
        _ => {}
    }
    let mut out = String::new();
    for c in key.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}
