package nl.schoolsupport.poortwachter.sync;

import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.testing.TestDatabases;

class PostgresSyncJobIT extends SyncJobContract {

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.postgres();
    }
}
