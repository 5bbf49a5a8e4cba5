package nl.schoolsupport.poortwachter.store;

import nl.schoolsupport.poortwachter.error.CoreErrorCode;
import nl.schoolsupport.poortwachter.error.PoortwachterException;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/** No school with this key. */
public class UnknownSchoolException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public UnknownSchoolException(SchoolKey key) {
        super(CoreErrorCode.UNKNOWN_SCHOOL, "no school with key " + key.asText() + "; create it first");
    }
}
