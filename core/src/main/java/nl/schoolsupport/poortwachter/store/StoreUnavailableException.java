package nl.schoolsupport.poortwachter.store;

import nl.schoolsupport.poortwachter.error.CoreErrorCode;
import nl.schoolsupport.poortwachter.error.PoortwachterException;

/** The database failed (down, timeout, constraint we did not expect). The transaction was rolled back. */
public class StoreUnavailableException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String operation, Throwable cause) {
        super(CoreErrorCode.STORE_UNAVAILABLE, "database failed during " + operation + " (SQLState "
                + sqlState(cause) + "); nothing was changed", cause);
    }

    private static String sqlState(Throwable cause) {
        return cause instanceof java.sql.SQLException sql ? String.valueOf(sql.getSQLState()) : "-";
    }
}
