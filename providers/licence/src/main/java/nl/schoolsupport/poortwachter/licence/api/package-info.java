/**
 * The wire format of the licence service contract ({@code docs/licence-api.md}, {@code docs/licence-api.openapi.yaml}):
 * JSON records shared by the client and the built-in demo service, so both speak exactly the same contract.
 */
package nl.schoolsupport.poortwachter.licence.api;
