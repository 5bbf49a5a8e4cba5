package nl.schoolsupport.poortwachter.basispoort;

import nl.schoolsupport.poortwachter.basispoort.directory.BasispoortMapping;
import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortConnection;
import nl.schoolsupport.poortwachter.basispoort.rest.HttpSettings;

/** The Basispoort sync wired to a connection the test controls. */
final class TestConnectionModule extends AbstractBasispoortSyncModule {

    private final BasispoortConnection connection;

    TestConnectionModule(BasispoortConnection connection, HttpSettings http) {
        super(http, BasispoortMapping.DEFAULTS);
        this.connection = connection;
    }

    @Override
    protected void configureConnection() {
        bind(BasispoortConnection.class).toInstance(connection);
    }
}
