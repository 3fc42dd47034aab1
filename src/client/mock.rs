//! A recording transport for native tests: answers from a FIFO script, records every request, and
//! keeps a fake clock that `sleep` advances, so retry and pacing delays are asserted, not waited for.

use super::transport::{HttpRequest, HttpResponse, RetryEvent, Transport, TransportError};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// Scripted answers in order; records what was sent.
#[derive(Default)]
pub struct MockTransport {
    script: RefCell<VecDeque<Result<HttpResponse, TransportError>>>,
    /// Every request sent, in order.
    pub requests: RefCell<Vec<HttpRequest>>,
    /// Every sleep, in order (pacing and retry delays).
    pub sleeps: RefCell<Vec<u64>>,
    /// Every retry announced.
    pub retries: RefCell<Vec<RetryEvent>>,
    clock_ms: Cell<f64>,
    /// When set, every sleep ends as if the caller's signal fired during it.
    pub abort_during_sleep: Cell<bool>,
}

impl MockTransport {
    /// A mock whose clock starts at 2026-01-01.
    pub fn new() -> Self {
        let mock = MockTransport::default();
        mock.clock_ms.set(1_767_225_600_000.0);
        mock
    }

    /// Queues a JSON answer.
    pub fn reply(&self, status: u16, body: serde_json::Value) -> &Self {
        self.reply_raw(status, &body.to_string(), &[])
    }

    /// Queues an answer with a raw body and headers.
    pub fn reply_raw(&self, status: u16, body: &str, headers: &[(&str, &str)]) -> &Self {
        let headers = headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        self.script.borrow_mut().push_back(Ok(HttpResponse {
            status,
            headers,
            body: body.to_string(),
        }));
        self
    }

    /// Queues a failure without a response.
    pub fn fail(&self, error: TransportError) -> &Self {
        self.script.borrow_mut().push_back(Err(error));
        self
    }

    /// `METHOD url` of every request.
    pub fn lines(&self) -> Vec<String> {
        self.requests
            .borrow()
            .iter()
            .map(|r| format!("{} {}", r.method.as_str(), r.url))
            .collect()
    }

    /// The JSON body of request `index`.
    pub fn body(&self, index: usize) -> serde_json::Value {
        let requests = self.requests.borrow();
        serde_json::from_str(requests[index].body.as_deref().unwrap_or("null")).unwrap()
    }

    /// Retry delays only (sleeps that followed a retry event).
    pub fn retry_delays(&self) -> Vec<u64> {
        self.retries.borrow().iter().map(|r| r.delay_ms).collect()
    }
}

impl Transport for MockTransport {
    type Signal = Cell<bool>;

    async fn send(
        &self,
        request: HttpRequest,
        _signal: Option<&Cell<bool>>,
    ) -> Result<HttpResponse, TransportError> {
        self.requests.borrow_mut().push(request);
        self.script
            .borrow_mut()
            .pop_front()
            .unwrap_or_else(|| panic!("the mock ran out of scripted answers"))
    }

    async fn sleep(&self, ms: u64, signal: Option<&Cell<bool>>) -> Result<(), TransportError> {
        self.sleeps.borrow_mut().push(ms);
        self.clock_ms.set(self.clock_ms.get() + ms as f64);
        match self.abort_during_sleep.get() {
            true => {
                if let Some(signal) = signal {
                    signal.set(true);
                }
                Err(TransportError::Aborted)
            }
            false => Ok(()),
        }
    }

    fn now_ms(&self) -> f64 {
        self.clock_ms.get()
    }

    fn is_aborted(&self, signal: Option<&Cell<bool>>) -> bool {
        signal.is_some_and(Cell::get)
    }

    fn on_retry(&self, event: &RetryEvent) {
        self.retries.borrow_mut().push(event.clone());
    }
}

/// Runs a future to completion on the test thread: every mock future is ready at once.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    use std::task::{Context, Poll, Waker};
    let mut future = std::pin::pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
}

/// A signer that returns fixed bytes: the signature itself is tested in `signing`.
pub struct FakeSigner;

impl super::signing::Signer for FakeSigner {
    async fn sign(&self, _pem: &str, _message: &[u8]) -> Result<Vec<u8>, crate::error::Error> {
        Ok(b"signature".to_vec())
    }
}

/// A client over a fresh mock with the given JSON options.
pub fn client(options: &str) -> super::Client<MockTransport, FakeSigner> {
    let options = super::options::ClientOptions::from_json(options).unwrap();
    super::Client::new(options, MockTransport::new(), FakeSigner)
}
