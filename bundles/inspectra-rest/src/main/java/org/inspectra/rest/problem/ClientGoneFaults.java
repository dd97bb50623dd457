package org.inspectra.rest.problem;

import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a client that hung up out of CXF's warnings. When writing an answer fails because the client closed the
 * connection (Jetty's {@code EofException}, a reset or broken pipe), CXF's interceptor chain logs the fault at WARN
 * with its whole stack: under load, thousands of them, for something no operator can act on. CXF asks the endpoint's
 * {@link FaultListener} before it logs a fault: this one logs a client that went at DEBUG and lets CXF log every
 * other fault as it always does.
 */
public final class ClientGoneFaults implements FaultListener {

    private static final Logger LOG = LoggerFactory.getLogger(ClientGoneFaults.class);

    @Override
    public boolean faultOccurred(Exception exception, String description, Message message) {
        if (FailureKind.of(exception) == FailureKind.CLIENT_GONE) {
            LOG.debug("The client closed the connection while {}was answered", description, exception);
            return false;
        }
        return true;
    }
}
