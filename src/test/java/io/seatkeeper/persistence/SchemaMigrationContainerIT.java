package io.seatkeeper.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged application, started on a server's own database, made its schema with the
 * migrations it carries: each one is on record in Flyway's history as applied.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationContainerIT {

    @Deployment
    public static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/seatkeeper.war"));
    }

    @Test
    void everyMigrationTheApplicationCarriesWasApplied() throws Exception {
        List<String> applied = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                // Flyway quotes its lower-case names, which H2 then keeps as they are.
                ResultSet rows = statement.executeQuery("select \"version\", \"success\""
                        + " from \"flyway_schema_history\" where \"version\" is not null"
                        + " order by \"installed_rank\"")) {
            while (rows.next()) {
                applied.add(rows.getString(1) + (rows.getBoolean(2) ? " applied" : " failed"));
            }
        }

        assertEquals(List.of("1 applied", "2 applied"), applied);
    }

    private static DataSource dataSource() throws NamingException {
        return (DataSource) new InitialContext().lookup("jdbc/seatkeeper");
    }
}
