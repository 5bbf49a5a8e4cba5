package nl.schoolsupport.poortwachter.error;

/**
 * A stable identifier for one kind of failure. Codes are part of the public contract: they appear in
 * logs, on error pages (as the reference the helpdesk asks for) and in documentation, so a code never
 * changes meaning once released. Each module keeps its codes in an enum implementing this interface.
 */
public interface ErrorCode {

    /** The code as shown to people and machines, e.g. {@code PW-LOGIN-001}. */
    String code();
}
