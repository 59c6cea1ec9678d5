package io.seatkeeper.it;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Two Seatkeeper servers on one database, as a deployment behind a load balancer runs them.
 * They are started for the first test that asks for them and stopped when the run ends.
 */
public final class TwoNodes implements ParameterResolver {

    /** The running pair and the database they share. */
    public static final class Running implements ExtensionContext.Store.CloseableResource {
        private final SharedDatabase database = new SharedDatabase();
        private final ServerProcess nodeA = ServerProcess.nodeA();
        private final ServerProcess nodeB = ServerProcess.nodeB();

        Running() {
            database.start();
            try {
                // One after the other: the first migrates the schema, the second finds it done.
                nodeA.start();
                try {
                    nodeB.start();
                } catch (RuntimeException e) {
                    nodeA.stop();
                    throw e;
                }
            } catch (RuntimeException e) {
                database.stop();
                throw e;
            }
        }

        ServerProcess nodeA() {
            return nodeA;
        }

        ServerProcess nodeB() {
            return nodeB;
        }

        SharedDatabase database() {
            return database;
        }

        @Override
        public void close() {
            try {
                nodeA.stop();
                nodeB.stop();
            } finally {
                database.stop();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> new Running(), Running.class);
    }
}
