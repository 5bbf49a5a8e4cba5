package nl.schoolsupport.poortwachter.basispoort;

import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.testing.TestDatabases;

class H2BasispoortSyncIT extends BasispoortSyncContract {

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.h2();
    }
}
