package nl.schoolsupport.poortwachter.sync;

import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.testing.TestDatabases;

class H2SyncJobTest extends SyncJobContract {

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.h2();
    }
}
