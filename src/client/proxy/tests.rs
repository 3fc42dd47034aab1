//! Tests of the server handler.
