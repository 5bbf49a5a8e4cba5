package nl.schoolsupport.poortwachter.merge;

import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.testing.TestDatabases;

class H2MergeServiceTest extends MergeServiceContract {

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.h2();
    }
}
