package nl.schoolsupport.poortwachter.sync;

/** Whether a school currently lets us synchronise it (the publisher toggle in Basispoort). */
public enum PermissionState {
    GRANTED,
    WITHDRAWN
}
