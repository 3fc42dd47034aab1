//! The domain object every entry takes and `client.domains.list()` returns (`matchDomain` and
//! `preflightCreateAccount` read its `domainAddress` and flags, as `crate::RegisteredDomain`).
#![allow(dead_code)] // read by ts-rs only

use super::Stamps;
use ts_rs::TS;

/// A domain as `client.domains.list()` returns it (the snake_case wire form is accepted too).
#[derive(TS)]
#[ts(rename_all = "camelCase")]
pub struct Domain {
    /// Nylas's id of the domain.
    #[ts(optional)]
    id: Option<String>,
    /// Its display name.
    #[ts(optional)]
    name: Option<String>,
    /// The domain itself, e.g. `acme.com` or `acme.nylas.email`.
    domain_address: String,
    /// The Nylas organization that owns it.
    #[ts(optional)]
    organization_id: Option<String>,
    /// Whether it is branded (sends under your brand).
    #[ts(optional)]
    branded: Option<bool>,
    /// The data region it lives in.
    #[ts(optional, type = "Region")]
    region: Option<()>,
    /// Whether the ownership (TXT) record is verified. A custom domain needs it to match.
    #[ts(optional)]
    verified_ownership: Option<bool>,
    /// Whether the MX record is verified. A custom domain needs it to receive mail and to match.
    #[ts(optional)]
    verified_mx: Option<bool>,
    /// Whether the SPF record is verified.
    #[ts(optional)]
    verified_spf: Option<bool>,
    /// Whether the DKIM record is verified.
    #[ts(optional)]
    verified_dkim: Option<bool>,
    /// Whether the feedback (bounce) record is verified.
    #[ts(optional)]
    verified_feedback: Option<bool>,
    /// Whether the DMARC record is verified.
    #[ts(optional)]
    verified_dmarc: Option<bool>,
    /// Whether the ARC record is verified.
    #[ts(optional)]
    verified_arc: Option<bool>,
    /// When it was registered and last changed.
    #[ts(flatten)]
    stamps: Stamps,
}
