package nl.schoolsupport.poortwachter.pupilcode;

import nl.schoolsupport.poortwachter.account.AccountId;

/**
 * A freshly issued pupil login, shown once to the teacher (login card) and never stored in clear.
 * {@link #toString()} hides the password.
 */
public record IssuedPupilCode(AccountId account, String username, String password) {

    @Override
    public String toString() {
        return "IssuedPupilCode[account=" + account + ", username=" + username + "]";
    }
}
