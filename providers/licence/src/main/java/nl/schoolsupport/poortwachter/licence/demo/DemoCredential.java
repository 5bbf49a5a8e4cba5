package nl.schoolsupport.poortwachter.licence.demo;

/** A fixed login of the demo licence service, with what it demonstrates; printed by the reference app and README. */
public record DemoCredential(String username, String password, String demonstrates) {
}
