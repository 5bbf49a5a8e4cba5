package nl.schoolsupport.poortwachter.entree;

import java.util.List;

import nl.schoolsupport.poortwachter.realm.LoginFailedException;

/** eduPersonAffiliation says neither student nor employee/staff/faculty. Code {@code PW-ENTREE-002}. */
public final class EntreeRoleNotSupportedException extends LoginFailedException {

    private static final long serialVersionUID = 1L;

    public EntreeRoleNotSupportedException(List<String> affiliations) {
        super(EntreeErrorCode.ROLE_NOT_SUPPORTED, "Entree eduPersonAffiliation: expected student, employee, staff or faculty, got "
                + affiliations);
    }
}
