package nl.schoolsupport.poortwachter.realm;

/** No registered {@link LoginRealm} has the requested id. */
public class UnknownRealmException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    public UnknownRealmException(String realmId, java.util.Collection<String> known) {
        super(LoginErrorCode.UNKNOWN_REALM, "no login realm with id '" + realmId + "'; registered: " + known);
    }
}
