package nl.schoolsupport.poortwachter.jdbc;

import nl.schoolsupport.poortwachter.testing.TestDatabases;

class H2AccountStoreTest extends AccountStoreContract {

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.h2();
    }
}
