package nl.schoolsupport.poortwachter.realm;

/**
 * One login attempt as it reaches a {@link LoginRealm}: either a username and password typed into a
 * form, or the callback of a redirect protocol (SAML POST to the ACS).
 */
public sealed interface LoginRequest permits PasswordLogin, ProtocolCallback {

    /** The {@link LoginRealm#id()} this request is for. */
    String realmId();

    ClientInfo client();
}
