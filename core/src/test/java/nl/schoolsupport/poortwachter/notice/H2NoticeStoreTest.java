package nl.schoolsupport.poortwachter.notice;

import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.testing.TestDatabases;

class H2NoticeStoreTest extends NoticeStoreContract {

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.h2();
    }
}
