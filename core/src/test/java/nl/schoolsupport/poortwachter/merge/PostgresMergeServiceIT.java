package nl.schoolsupport.poortwachter.merge;

import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.testing.TestDatabases;

class PostgresMergeServiceIT extends MergeServiceContract {

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.postgres();
    }
}
