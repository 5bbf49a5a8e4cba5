package nl.schoolsupport.poortwachter.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work on a connection that belongs to the current transaction. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
