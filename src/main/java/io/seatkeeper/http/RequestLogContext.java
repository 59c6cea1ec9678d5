package io.seatkeeper.http;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Marks the log records that the current thread writes with a request's id, through Open
 * Liberty's {@code LogRecordContext}: in Liberty's JSON logs each record of the request
 * carries the field {@code ext_requestId}, whoever wrote it (Seatkeeper, Hibernate, the
 * runtime). The API is Liberty's own, so it is looked up rather than linked: on another
 * runtime the records go unmarked and nothing else changes.
 */
final class RequestLogContext implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RequestLogContext.class.getName());
    private static final String API = "com.ibm.websphere.logging.hpel.LogRecordContext";
    private static final String KEY = "requestId";
    private static final MethodHandle ADD = lookUp("addExtension",
            MethodType.methodType(void.class, String.class, String.class));
    private static final MethodHandle REMOVE = lookUp("removeExtension",
            MethodType.methodType(boolean.class, String.class));
    private static final RequestLogContext UNMARKED = new RequestLogContext(false);

    private final boolean marked;

    private RequestLogContext(boolean marked) {
        this.marked = marked;
    }

    /** Marks this thread's log records with the id until the result is closed. */
    static RequestLogContext mark(String requestId) {
        if (ADD == null || REMOVE == null) {
            return UNMARKED;
        }
        try {
            ADD.invokeExact(KEY, requestId);
            return new RequestLogContext(true);
        } catch (Throwable e) {
            throw new IllegalStateException("Could not mark the log records of a request", e);
        }
    }

    @Override
    public void close() {
        if (!marked) {
            return;
        }
        try {
            REMOVE.invoke(KEY);
        } catch (Throwable e) {
            throw new IllegalStateException("Could not unmark the log records of a request", e);
        }
    }

    private static MethodHandle lookUp(String method, MethodType type) {
        try {
            Class<?> api = Class.forName(API, true, RequestLogContext.class.getClassLoader());
            return MethodHandles.publicLookup().findStatic(api, method, type);
        } catch (ReflectiveOperationException e) {
            LOG.log(Level.CONFIG, "Log records carry no request id: {0} is not available", API);
            return null;
        }
    }
}
