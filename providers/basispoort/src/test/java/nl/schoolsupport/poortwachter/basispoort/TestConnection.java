package nl.schoolsupport.poortwachter.basispoort;

import java.net.URI;
import java.util.function.Supplier;

import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortConnection;
import nl.schoolsupport.poortwachter.basispoort.rest.TlsMaterial;

/** A connection a test puts together (the demo server's URL with a certificate from another CA, say). */
final class TestConnection implements BasispoortConnection {

    private final Supplier<URI> baseUrl;
    private final Supplier<TlsMaterial> tls;

    TestConnection(Supplier<URI> baseUrl, Supplier<TlsMaterial> tls) {
        this.baseUrl = baseUrl;
        this.tls = tls;
    }

    @Override
    public URI baseUrl() {
        return baseUrl.get();
    }

    @Override
    public TlsMaterial tls() {
        return tls.get();
    }
}
