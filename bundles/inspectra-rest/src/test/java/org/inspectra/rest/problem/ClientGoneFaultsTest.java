package org.inspectra.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.apache.cxf.bus.managers.PhaseManagerImpl;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CXF's own interceptor chain, failing as it does when a client hangs up mid-answer, and when something else fails. */
class ClientGoneFaultsTest {

    private final Logger chainLog = Logger.getLogger(PhaseInterceptorChain.class.getName());
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        chainLog.addHandler(capture);
    }

    @AfterEach
    void stop() {
        chainLog.removeHandler(capture);
    }

    @Test
    void aClientThatHungUpIsNoWarning() {
        writeFailsWith(new FailureKindTest.EofException(), new ClientGoneFaults());
        writeFailsWith(new java.io.IOException("Broken pipe"), new ClientGoneFaults());
        assertThat(warnings).isEmpty();
    }

    @Test
    void anyOtherFaultIsStillAWarning() {
        writeFailsWith(new IllegalStateException("a defect"), new ClientGoneFaults());
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getThrown()).hasRootCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutTheListenerCxfWarnsOfAHangUp() {
        writeFailsWith(new FailureKindTest.EofException(), null);
        assertThat(warnings).hasSize(1);
    }

    private static void writeFailsWith(Exception cause, FaultListener listener) {
        PhaseInterceptorChain chain = new PhaseInterceptorChain(new PhaseManagerImpl().getOutPhases());
        chain.add(new AbstractPhaseInterceptor<Message>(Phase.WRITE) {
            @Override
            public void handleMessage(Message message) {
                throw new Fault(cause);
            }
        });
        Message message = new MessageImpl();
        Exchange exchange = new ExchangeImpl();
        message.setExchange(exchange);
        exchange.setOutMessage(message);
        if (listener != null) {
            message.put(FaultListener.class.getName(), listener);
        }
        assertThat(chain.doIntercept(message)).isFalse();
    }
}
