package nl.schoolsupport.poortwachter.notice;

import nl.schoolsupport.poortwachter.jdbc.DatabaseConfig;
import nl.schoolsupport.poortwachter.testing.TestDatabases;

class PostgresNoticeStoreIT extends NoticeStoreContract {

    @Override
    protected DatabaseConfig config() {
        return TestDatabases.postgres();
    }
}
