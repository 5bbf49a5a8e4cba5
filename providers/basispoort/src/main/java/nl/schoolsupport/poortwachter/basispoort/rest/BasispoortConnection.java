package nl.schoolsupport.poortwachter.basispoort.rest;

import java.net.URI;

/**
 * Where Basispoort is and how to prove who we are. Asked once, at the first call (after the lifecycle started):
 * files are read in {@code start()}, and the demo service only has a port and certificates once it runs.
 */
public interface BasispoortConnection {

    /** The base URL, e.g. {@code https://rest.basispoort.nl}; paths like {@code /rest/v2/instellingen/} are added. */
    URI baseUrl();

    TlsMaterial tls();
}
