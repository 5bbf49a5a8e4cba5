package nl.schoolsupport.poortwachter.shiro;

import java.util.LinkedHashSet;
import java.util.Set;

import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.Role;

/**
 * Role and permission names for Shiro ({@code @RequiresRoles}, {@code @RequiresPermissions}, URL filters
 * such as {@code roles[teacher]} or {@code perms[accounts:merge]}). Permissions are about the user's own
 * school; services check the school of the target themselves.
 */
public final class PoortwachterPermissions {

    public static final String ROLE_TEACHER = "teacher";
    public static final String ROLE_PUPIL = "pupil";
    public static final String ROLE_ICT_COORDINATOR = "ict-coordinator";
    public static final String ROLE_SCHOOL_ADMINISTRATOR = "school-administrator";

    /** Create, reset and deactivate pupil logins; see the school's groups and pupils. */
    public static final String MANAGE_PUPILS = "pupils:manage";
    /** Merge and un-merge accounts of the own school. */
    public static final String MERGE_ACCOUNTS = "accounts:merge";
    /** See the Basispoort synchronisation status of the own school. */
    public static final String VIEW_SYNC_STATUS = "sync:view";
    /** Take tests and practise. */
    public static final String TAKE_TESTS = "tests:take";

    private PoortwachterPermissions() {
    }

    public static Set<String> rolesOf(AccountPrincipal principal) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(principal.role() == Role.TEACHER ? ROLE_TEACHER : ROLE_PUPIL);
        if (principal.role() == Role.TEACHER && principal.has(AccountFlag.ICT_COORDINATOR)) {
            roles.add(ROLE_ICT_COORDINATOR);
        }
        if (principal.role() == Role.TEACHER && principal.has(AccountFlag.SCHOOL_ADMINISTRATOR)) {
            roles.add(ROLE_SCHOOL_ADMINISTRATOR);
        }
        return roles;
    }

    public static Set<String> permissionsOf(AccountPrincipal principal) {
        Set<String> permissions = new LinkedHashSet<>();
        if (principal.role() == Role.PUPIL) {
            permissions.add(TAKE_TESTS);
            return permissions;
        }
        permissions.add(MANAGE_PUPILS);
        if (principal.has(AccountFlag.ICT_COORDINATOR)) {
            permissions.add(MERGE_ACCOUNTS);
            permissions.add(VIEW_SYNC_STATUS);
        }
        if (principal.has(AccountFlag.SCHOOL_ADMINISTRATOR)) {
            permissions.add(VIEW_SYNC_STATUS);
        }
        return permissions;
    }
}
