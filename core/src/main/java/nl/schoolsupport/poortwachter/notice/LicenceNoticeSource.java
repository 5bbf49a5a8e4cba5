package nl.schoolsupport.poortwachter.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;

/**
 * Built-in notices computed from the licence facts in {@link SchoolLicenceStore}:
 * <ul>
 * <li>for a school: its licence has expired (critical); ends within {@value #WINDOW_DAYS} days without renewing
 * (warning); renews automatically unless cancelled before a date that is within {@value #WINDOW_DAYS} days (info);</li>
 * <li>for everyone: "licences for product P renew automatically unless cancelled before D", for every such date
 * within {@value #WINDOW_DAYS} days that some school's licence has; it names no school.</li>
 * </ul>
 * The texts name neither the school nor its contact person: the login page is public and the remembered school
 * comes from a cookie. The teacher home page shows the contact person itself.
 */
public final class LicenceNoticeSource implements NoticeSource {

    /** How many days ahead of an end or cancel-before date the notice appears. */
    public static final int WINDOW_DAYS = 60;

    /** Licence dates are Belgian/Dutch calendar days. */
    public static final ZoneId LICENCE_ZONE = ZoneId.of("Europe/Brussels");

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-BE"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SchoolLicenceStore store;

    @Inject
    public LicenceNoticeSource(SchoolLicenceStore store) {
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public String id() {
        return "licence";
    }

    @Override
    public List<Notice> notices(NoticeQuery query) {
        LocalDate today = query.now().atZone(LICENCE_ZONE).toLocalDate();
        List<Notice> result = new ArrayList<>();
        for (SchoolLicenceStore.RenewalDeadline deadline : store.renewalDeadlines(today.plusDays(1), today.plusDays(WINDOW_DAYS))) {
            result.add(generalRenewal(deadline));
        }
        query.school().ifPresent(school -> store.ofSchool(school).forEach(l -> forSchool(l, today).ifPresent(result::add)));
        return result;
    }

    private static Notice generalRenewal(SchoolLicenceStore.RenewalDeadline d) {
        return new Notice("licence:renewal:" + d.product() + ":" + d.cancelBefore(), NoticeKind.LICENCE_AUTO_RENEWAL,
                NoticeSeverity.INFO,
                LocalizedText.of("Licenties worden automatisch verlengd",
                        "Licences renew automatically"),
                LocalizedText.of("Licenties voor " + d.productName() + " worden automatisch verlengd voor het nieuwe schooljaar. "
                                + "Wil uw school de licentie opzeggen? Laat de licentiecontactpersoon dat dan doen vóór "
                                + DUTCH.format(d.cancelBefore()) + ".",
                        "Licences for " + d.productName() + " renew automatically for the new school year. If your school "
                                + "wants to cancel, its licence contact person must do so before "
                                + ENGLISH.format(d.cancelBefore()) + "."),
                startOf(d.cancelBefore().minusDays(WINDOW_DAYS)), Optional.of(startOf(d.cancelBefore())), Optional.empty());
    }

    private static Optional<Notice> forSchool(SchoolLicence l, LocalDate today) {
        String idPrefix = "licence:" + l.school().asText() + ":" + l.product() + ":";
        if (l.isExpiredOn(today)) {
            return Optional.of(new Notice(idPrefix + "expired", NoticeKind.LICENCE_EXPIRED, NoticeSeverity.CRITICAL,
                    LocalizedText.of("Licentie verlopen", "Licence expired"),
                    LocalizedText.of("De licentie van uw school voor " + l.productName() + " is verlopen op "
                                    + DUTCH.format(l.validUntil()) + ". Inloggen lukt weer zodra de licentie is verlengd. "
                                    + "Vraag de licentiecontactpersoon van uw school om de licentie te verlengen.",
                            "Your school's licence for " + l.productName() + " expired on " + ENGLISH.format(l.validUntil())
                                    + ". Logging in works again once the licence is renewed. Ask your school's licence "
                                    + "contact person to renew it."),
                    startOf(l.validUntil().plusDays(1).isAfter(today) ? today : l.validUntil().plusDays(1)),
                    Optional.empty(), Optional.of(l.school())));
        }
        if (l.renewsAutomatically()) {
            LocalDate deadline = l.cancelBefore().orElse(l.validUntil().plusDays(1));
            if (!today.isBefore(deadline) || ChronoUnit.DAYS.between(today, deadline) > WINDOW_DAYS) {
                return Optional.empty();
            }
            return Optional.of(new Notice(idPrefix + "renewal:" + deadline, NoticeKind.LICENCE_AUTO_RENEWAL,
                    NoticeSeverity.INFO,
                    LocalizedText.of("Uw licentie wordt automatisch verlengd", "Your licence renews automatically"),
                    LocalizedText.of("De licentie van uw school voor " + l.productName() + " loopt tot en met "
                                    + DUTCH.format(l.validUntil()) + " en wordt daarna automatisch verlengd, tenzij de "
                                    + "licentiecontactpersoon van uw school vóór " + DUTCH.format(deadline) + " opzegt.",
                            "Your school's licence for " + l.productName() + " runs until " + ENGLISH.format(l.validUntil())
                                    + " and then renews automatically, unless your school's licence contact person cancels "
                                    + "it before " + ENGLISH.format(deadline) + "."),
                    startOf(deadline.minusDays(WINDOW_DAYS)), Optional.of(startOf(deadline)), Optional.of(l.school())));
        }
        if (ChronoUnit.DAYS.between(today, l.validUntil()) > WINDOW_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new Notice(idPrefix + "expiring:" + l.validUntil(), NoticeKind.LICENCE_EXPIRING,
                NoticeSeverity.WARNING,
                LocalizedText.of("Licentie verloopt binnenkort", "Licence expires soon"),
                LocalizedText.of("De licentie van uw school voor " + l.productName() + " loopt af op "
                                + DUTCH.format(l.validUntil()) + " en wordt niet automatisch verlengd. Vraag de "
                                + "licentiecontactpersoon van uw school om de licentie op tijd te verlengen, zodat u daarna "
                                + "kunt blijven inloggen.",
                        "Your school's licence for " + l.productName() + " ends on " + ENGLISH.format(l.validUntil())
                                + " and does not renew automatically. Ask your school's licence contact person to renew it "
                                + "in time, so that you can keep logging in."),
                startOf(l.validUntil().minusDays(WINDOW_DAYS)), Optional.of(startOf(l.validUntil().plusDays(1))),
                Optional.of(l.school())));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(LICENCE_ZONE).toInstant();
    }
}
