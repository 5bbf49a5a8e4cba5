package nl.schoolsupport.poortwachter.notice;

/** What a notice is about; lets the web layer pick an icon and lets admins filter. */
public enum NoticeKind {
    /** The school's licence has expired. Computed from licence facts. */
    LICENCE_EXPIRED,
    /** The school's licence ends soon and will not renew by itself. Computed from licence facts. */
    LICENCE_EXPIRING,
    /** The licence renews automatically unless cancelled before a date. Computed from licence facts. */
    LICENCE_AUTO_RENEWAL,
    /** News about the product: new tests, improvements. Edited by an admin or loaded from a file. */
    PRODUCT_UPDATE,
    /** Planned maintenance or a known disruption. Edited by an admin or loaded from a file. */
    SERVICE
}
