package nl.schoolsupport.poortwachter.realm;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/** The school switched this login route off (e.g. withdrew Basispoort synchronisation permission). */
public class RealmBlockedForSchoolException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    public RealmBlockedForSchoolException(String realmId, SchoolKey school) {
        super(LoginErrorCode.REALM_BLOCKED_FOR_SCHOOL, "realm " + realmId + " is blocked for school " + school.asText());
    }
}
