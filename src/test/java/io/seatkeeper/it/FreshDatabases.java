package io.seatkeeper.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Drops and creates the PostgreSQL databases the test servers use, so that every run of the
 * build's postgresql profile starts them on empty databases that only the migrations fill.
 * Run by the build before the servers start; the user needs the CREATEDB privilege.
 */
public final class FreshDatabases {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private FreshDatabases() {
    }

    /** Arguments: host, port, user, password, then the names of the databases. */
    public static void main(String[] args) throws SQLException {
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setServerNames(new String[] {args[0]});
        server.setPortNumbers(new int[] {Integer.parseInt(args[1])});
        server.setDatabaseName("postgres");
        server.setUser(args[2]);
        server.setPassword(args[3]);
        List<String> names = Arrays.asList(args).subList(4, args.length);
        try (Connection connection = server.getConnection();
                Statement statement = connection.createStatement()) {
            for (String name : names) {
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("Not a plain database name: " + name);
                }
                // FORCE: a server left running by an interrupted build must not keep it.
                statement.execute("drop database if exists " + name + " with (force)");
                statement.execute("create database " + name
                        + " encoding 'UTF8' template template0");
            }
        }
    }
}
