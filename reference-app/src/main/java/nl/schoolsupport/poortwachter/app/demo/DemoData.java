package nl.schoolsupport.poortwachter.app.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.account.Account;
import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.NewAccount;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.pupilcode.PupilCodeService;
import nl.schoolsupport.poortwachter.pupilcode.PupilCredentialStore;
import nl.schoolsupport.poortwachter.school.ContactPerson;
import nl.schoolsupport.poortwachter.school.Country;
import nl.schoolsupport.poortwachter.school.School;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.store.AccountStore;

/**
 * Demo data for the embedded default, created once on first start: a school, an ICT-coordinator teacher and
 * pupils with known codes (printed in the log and the README) so a new user can log in at once. Only ever
 * used with the embedded H2 database ({@code demo.data}).
 */
public final class DemoData {

    public static final SchoolKey DEMO_SCHOOL = SchoolKey.brin("12AB00");

    /** The demo pupils and their codes; documented in README.md. */
    public static final List<DemoPupil> PUPILS = List.of(
            new DemoPupil(PersonName.of("Zoë", "", "Çelik"), "groep 5b", "zoe.celik", "tijger417boom"),
            new DemoPupil(PersonName.of("Daan", "van der", "Berg"), "groep 5b", "daan.vanderberg", "appel203vis"),
            new DemoPupil(PersonName.of("Sem", "", "Bakker"), "groep 6a", "sem.bakker", "raket815zon"));

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final AccountStore store;
    private final PupilCodeService codes;
    private final PupilCredentialStore credentials;

    @Inject
    public DemoData(AccountStore store, PupilCodeService codes, PupilCredentialStore credentials) {
        this.store = store;
        this.codes = codes;
        this.credentials = credentials;
    }

    public void createIfMissing() {
        if (store.findSchool(DEMO_SCHOOL).isEmpty()) {
            store.saveSchool(new School(DEMO_SCHOOL, "OBS De Regenboog (demo)", Country.NL,
                    Optional.of(ContactPerson.of("Marieke de Boer", "beheer@regenboog.example.nl"))));
            store.createAccount(NewAccount.teacher(DEMO_SCHOOL, PersonName.of("Marieke", "de", "Boer"),
                    Set.of(AccountFlag.ICT_COORDINATOR, AccountFlag.SCHOOL_ADMINISTRATOR)));
            for (DemoPupil pupil : PUPILS) {
                Account account = store.createAccount(NewAccount.pupil(DEMO_SCHOOL, pupil.name(), pupil.group()));
                codes.issueWithPassword(account.id(), pupil.username(), pupil.password().toCharArray());
            }
            LOG.info("Demo data created: school {}", DEMO_SCHOOL.asText());
        }
        for (DemoPupil pupil : PUPILS) {
            if (credentials.findByUsername(pupil.username()).isPresent()) {
                LOG.info("Demo pupil login: {} / {} ({})", pupil.username(), pupil.password(), pupil.name().displayName());
            }
        }
    }

    /** A demo pupil with a fixed, published code: demo only. */
    public record DemoPupil(PersonName name, String group, String username, String password) {
    }
}
