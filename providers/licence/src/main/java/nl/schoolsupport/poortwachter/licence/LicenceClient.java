package nl.schoolsupport.poortwachter.licence;

import nl.schoolsupport.poortwachter.licence.api.AuthenticateResponse;
import nl.schoolsupport.poortwachter.licence.api.SchoolLicenceResponse;
import nl.schoolsupport.poortwachter.realm.ClientInfo;

/**
 * The licence service as {@link LicenceRealm} needs it. The shipped implementation is {@link HttpLicenceClient}
 * (the documented HTTP/JSON contract); an embedder whose licence system speaks another protocol can bind an
 * adapter instead, returning the same wire records and throwing the same exceptions.
 */
public interface LicenceClient {

    /**
     * Checks a teacher's credentials for the configured product ({@code POST /v1/authenticate}). Never retried.
     *
     * @return the answer of a successful authentication, not yet checked for completeness (see {@link LicenceAnswers})
     * @throws LicenceCredentialsRejectedException wrong username or password
     * @throws LicenceExpiredException             the school's licence has expired
     * @throws ProductNotLicensedException         the school has no licence for the product
     * @throws LicenceAccountBlockedException      the account is blocked
     * @throws LicenceRateLimitedException         the service wants no more attempts for now
     * @throws LicenceServiceUnavailableException  no usable answer (down, slow, garbage, oversized, refused our request)
     */
    AuthenticateResponse authenticate(String username, char[] password, ClientInfo client);

    /**
     * The licence of one school for the configured product, without a password
     * ({@code GET /v1/schools/{code}/licences/{product}}); idempotent, so retried with backoff when safe.
     *
     * @throws UnknownLicenceSchoolException      the service does not know the school (or it has no such licence)
     * @throws LicenceServiceUnavailableException no usable answer
     */
    SchoolLicenceResponse lookup(String schoolCode);
}
