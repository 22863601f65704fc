//! One write per request: the request's head is held until its body is written behind it.
//!
//! ureq writes a request in two transmissions, the head and then the body. Each is a `send` on
//! the socket (a TLS record each under TLS), and the server wakes up for each: it reads the head,
//! finds the body missing, and waits again. Over loopback that second wake-up is about a third of
//! the whole exchange. [`OneWrite`] wraps the transport of every connection (TCP or TLS) and holds
//! the first transmission of each request in the output buffer; the next transmission (the body)
//! is written after it and both go out in one. Nothing is held across a read: if the request has
//! no body, or ureq waits for an answer, the held head goes out first.

use ureq::unversioned::transport::{Buffers, ConnectionDetails, Connector, NextTimeout, Transport};

/// Wraps every transport the chain before it makes in [`OneWrite`].
#[derive(Debug, Default)]
pub(super) struct OneWriteConnector;

impl<In: Transport> Connector<In> for OneWriteConnector {
    type Out = OneWrite<In>;

    fn connect(&self, _: &ConnectionDetails, chained: Option<In>) -> Result<Option<Self::Out>, ureq::Error> {
        Ok(chained.map(|inner| self.connect_with(inner)))
    }
}

impl OneWriteConnector {
    fn connect_with<T>(&self, inner: T) -> OneWrite<T> {
        OneWrite { inner, head: Vec::new(), holding: true }
    }
}

/// A transport that sends a request's head together with the start of its body.
#[derive(Debug)]
pub(super) struct OneWrite<T> {
    inner: T,
    /// The held head, not yet transmitted (empty when nothing is held). Its capacity is kept for
    /// the connection's next request.
    head: Vec<u8>,
    /// Whether the next transmission starts a request (and may be held): true after a read.
    holding: bool,
}

impl<T: Transport> OneWrite<T> {
    /// Transmits the held head on its own.
    fn flush(&mut self, timeout: NextTimeout) -> Result<(), ureq::Error> {
        if !self.head.is_empty() {
            let output = self.inner.buffers().output();
            let len = self.head.len();
            output[..len].copy_from_slice(&self.head[..len]);
            self.head.clear();
            self.inner.transmit_output(len, timeout)?;
        }
        Ok(())
    }
}

impl<T: Transport> Transport for OneWrite<T> {
    fn buffers(&mut self) -> &mut dyn Buffers {
        self.inner.buffers()
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        if std::mem::take(&mut self.holding) && amount > 0 {
            self.head.clear();
            self.head.extend_from_slice(&self.inner.buffers().output()[..amount]);
            return Ok(());
        }
        if self.head.is_empty() {
            return self.inner.transmit_output(amount, timeout);
        }
        let held = self.head.len();
        let output = self.inner.buffers().output();
        if held + amount > output.len() {
            // No room for both: the head, then this.
            let body = output[..amount].to_vec();
            self.flush(timeout)?;
            self.inner.buffers().output()[..amount].copy_from_slice(&body);
            return self.inner.transmit_output(amount, timeout);
        }
        output.copy_within(..amount, held);
        output[..held].copy_from_slice(&self.head);
        self.head.clear();
        self.inner.transmit_output(held + amount, timeout)
    }

    fn maybe_await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        self.flush(timeout)?;
        self.holding = true;
        self.inner.maybe_await_input(timeout)
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        self.flush(timeout)?;
        self.holding = true;
        self.inner.await_input(timeout)
    }

    fn is_open(&mut self) -> bool {
        // A connection is pooled or taken between requests, when nothing is held; one that
        // still holds a head is in no state to be reused.
        self.head.is_empty() && self.inner.is_open()
    }

    fn is_tls(&self) -> bool {
        self.inner.is_tls()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ureq::unversioned::transport::LazyBuffers;

    /// A transport that records each transmission and each wait for input.
    #[derive(Debug)]
    struct Recording {
        buffers: LazyBuffers,
        sent: Vec<Vec<u8>>,
        reads: usize,
    }

    impl Transport for Recording {
        fn buffers(&mut self) -> &mut dyn Buffers {
            &mut self.buffers
        }

        fn transmit_output(&mut self, amount: usize, _: NextTimeout) -> Result<(), ureq::Error> {
            let sent = self.buffers.output()[..amount].to_vec();
            self.sent.push(sent);
            Ok(())
        }

        fn await_input(&mut self, _: NextTimeout) -> Result<bool, ureq::Error> {
            self.reads += 1;
            Ok(false)
        }

        fn is_open(&mut self) -> bool {
            true
        }
    }

    fn one_write(output_size: usize) -> OneWrite<Recording> {
        let inner = Recording { buffers: LazyBuffers::new(1024, output_size), sent: Vec::new(), reads: 0 };
        OneWriteConnector.connect_with(inner)
    }

    /// What ureq does: write into the output buffer, then ask for it to be transmitted.
    fn write(transport: &mut OneWrite<Recording>, bytes: &[u8]) {
        transport.buffers().output()[..bytes.len()].copy_from_slice(bytes);
        transport.transmit_output(bytes.len(), NextTimeout::default()).unwrap();
    }

    fn sent(transport: &OneWrite<Recording>) -> Vec<&[u8]> {
        transport.inner.sent.iter().map(Vec::as_slice).collect()
    }

    #[test]
    fn a_request_and_its_body_go_out_in_one_transmission() {
        let mut transport = one_write(1024);
        for round in 0..2 {
            write(&mut transport, b"POST /v1/x HTTP/1.1\r\ncontent-length: 7\r\n\r\n");
            write(&mut transport, b"{\"a\":1}");
            assert_eq!(sent(&transport).len(), round + 1, "nothing held back, nothing split");
            assert_eq!(
                sent(&transport)[round],
                b"POST /v1/x HTTP/1.1\r\ncontent-length: 7\r\n\r\n{\"a\":1}".as_slice()
            );
            // The answer is read; the next request is held again.
            transport.maybe_await_input(NextTimeout::default()).unwrap();
            assert!(transport.is_open());
        }
    }

    #[test]
    fn a_request_without_a_body_goes_out_before_the_answer_is_awaited() {
        let mut transport = one_write(1024);
        write(&mut transport, b"GET /v1/x HTTP/1.1\r\n\r\n");
        assert!(sent(&transport).is_empty());
        assert!(!transport.is_open(), "a held request is no connection to reuse");
        transport.await_input(NextTimeout::default()).unwrap();
        assert_eq!(sent(&transport), [b"GET /v1/x HTTP/1.1\r\n\r\n".as_slice()]);
        assert_eq!(transport.inner.reads, 1);
    }

    #[test]
    fn a_body_that_does_not_fit_beside_the_head_follows_it() {
        let mut transport = one_write(20);
        write(&mut transport, b"POST / HTTP/1.1\r\n");
        write(&mut transport, b"0123456789");
        assert_eq!(sent(&transport), [b"POST / HTTP/1.1\r\n".as_slice(), b"0123456789".as_slice()]);
        write(&mut transport, b"abc");
        assert_eq!(sent(&transport).len(), 3, "the rest of a body is never held");
    }
}
