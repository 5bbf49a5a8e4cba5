package nl.schoolsupport.poortwachter.jdbc;

import nl.schoolsupport.poortwachter.testing.TestDatabases;

class PostgresAccountStoreIT extends AccountStoreContract {

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.postgres();
    }
}
