package nl.schoolsupport.poortwachter.app.licence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.app.web.TeacherHomeServlet.TeacherHomeContribution;
import nl.schoolsupport.poortwachter.licence.LicenceConfig;
import nl.schoolsupport.poortwachter.notice.SchoolLicenceStore;
import nl.schoolsupport.poortwachter.shiro.AccountPrincipal;

/**
 * The teacher home shows the school's licence for this product as the licence system last reported it, and the
 * administrator (contact person) from that same report, which is fresher than the school record.
 */
final class LicenceStatusContribution implements TeacherHomeContribution {

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Brussels");

    private final SchoolLicenceStore licences;
    private final LicenceConfig config;
    private final Clock clock;

    @Inject
    LicenceStatusContribution(SchoolLicenceStore licences, LicenceConfig config, Clock clock) {
        this.licences = licences;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public void contribute(AccountPrincipal teacher, Map<String, Object> model) {
        licences.find(teacher.school(), config.product()).ifPresent(licence -> {
            model.put("licence", licence);
            LocalDate today = LocalDate.now(clock.withZone(SCHOOL_ZONE));
            model.put("licenceStatusNl", licence.statusText(Locale.forLanguageTag("nl"), today));
            model.put("licenceStatusEn", licence.statusText(Locale.ENGLISH, today));
            model.put("licenceExpired", licence.isExpiredOn(today));
            licence.contact().ifPresent(contact -> model.put("administrator", contact));
        });
    }

}
