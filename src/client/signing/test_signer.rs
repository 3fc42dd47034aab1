//! A native [`Signer`] for tests, made with the `rsa` crate (a dev-dependency): real RSASSA-PKCS1-v1_5
//! / SHA-256 signatures, so tests can check them against the Node SDK's and the emulator's verifier.
#![cfg(not(target_arch = "wasm32"))] // the native crates standing in for WebCrypto

use super::{private_key_pkcs8_der, Signer};
use crate::Error;
use rsa::pkcs1v15::SigningKey;
use rsa::pkcs8::DecodePrivateKey;
use rsa::signature::{SignatureEncoding, Signer as _};
use rsa::RsaPrivateKey;
use sha2::Sha256;

/// The throwaway RSA-2048 key under `tests/fixtures/` (generated once for tests; not a credential).
pub(crate) const TEST_KEY_PKCS8: &str =
    include_str!("../../../tests/fixtures/test-only-rsa-key.pem");
/// The same key in PKCS#1 form.
pub(crate) const TEST_KEY_PKCS1: &str =
    include_str!("../../../tests/fixtures/test-only-rsa-key.pkcs1.pem");

/// Signs with the `rsa` crate, reading the key through [`private_key_pkcs8_der`] exactly as the
/// WebCrypto signer does (so a PKCS#1 key exercises the hand-written PKCS#8 wrapping).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct RsaSigner;

impl Signer for RsaSigner {
    async fn sign(&self, pem: &str, message: &[u8]) -> Result<Vec<u8>, Error> {
        let der = private_key_pkcs8_der(pem)?;
        let key = RsaPrivateKey::from_pkcs8_der(&der)
            .map_err(|_| Error::Signing("the test key is not an RSA PKCS#8 key".into()))?;
        let signature = SigningKey::<Sha256>::new(key).sign(message);
        Ok(signature.to_vec())
    }
}

/// Runs a future that never waits (every future in these tests is ready at its first poll).
pub(crate) fn ready<F: std::future::Future>(future: F) -> F::Output {
    use std::task::{Context, Poll, Waker};
    let mut future = std::pin::pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(value) => value,
        Poll::Pending => panic!("the future was not ready at its first poll"),
    }
}
