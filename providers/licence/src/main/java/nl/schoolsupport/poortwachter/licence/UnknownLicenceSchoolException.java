package nl.schoolsupport.poortwachter.licence;

import nl.schoolsupport.poortwachter.error.PoortwachterException;

/** A licence look-up for a school code the licence service does not know (or that has no licence for the product). */
public class UnknownLicenceSchoolException extends PoortwachterException {

    private static final long serialVersionUID = 1L;

    public UnknownLicenceSchoolException(String detail) {
        super(LicenceErrorCode.UNKNOWN_SCHOOL, detail);
    }
}
