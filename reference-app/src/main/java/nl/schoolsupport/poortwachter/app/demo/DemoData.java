package nl.schoolsupport.poortwachter.app.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.account.Account;
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
 * Demo data for the embedded default, created once on first start: the "old" local accounts of OBS De Regenboog
 * as a school has them before its first Basispoort login — pupils a school year younger, with own codes (printed
 * in the log and the README) and years of test results, a teacher named like "Juf Ingrid" — so that after the
 * demo Basispoort synchronisation the ICT coordinator has real merging to do: some automatic, some by hand.
 * Only ever used with the embedded H2 database ({@code demo.data}).
 */
public final class DemoData {

    public static final SchoolKey DEMO_SCHOOL = SchoolKey.brin("12AB00");

    /** The demo pupils and their codes; documented in README.md. */
    public static final List<DemoPupil> PUPILS = List.of(
            new DemoPupil(PersonName.of("Zoë", "", "Çelik"), "groep 4b", "zoe.celik", "tijger417boom"),
            new DemoPupil(PersonName.of("Daan", "", "v.d. Berg"), "groep 4b", "daan.vanderberg", "appel203vis"),
            new DemoPupil(PersonName.of("Sem", "", "Bakker"), "groep 5a", "sem.bakker", "raket815zon"));

    /** Old accounts without an own code: they only carry results (spelling variants for the merge screen). */
    static final List<DemoPupil> RESULTS_ONLY = List.of(
            new DemoPupil(PersonName.of("Mohamed", "", "El Amrani"), "groep 5a", null, null),
            new DemoPupil(PersonName.of("Fleur", "de", "Vries"), "groep 5a", null, null),
            new DemoPupil(PersonName.of("Lotte", "", "Van 't Hoff"), "groep 7", null, null));

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final AccountStore store;
    private final PupilCodeService codes;
    private final PupilCredentialStore credentials;
    private final TestResults results;

    @Inject
    public DemoData(AccountStore store, PupilCodeService codes, PupilCredentialStore credentials, TestResults results) {
        this.store = store;
        this.codes = codes;
        this.credentials = credentials;
        this.results = results;
    }

    public void createIfMissing() {
        if (store.findSchool(DEMO_SCHOOL).isEmpty()) {
            store.saveSchool(new School(DEMO_SCHOOL, "OBS De Regenboog (demo)", Country.NL,
                    Optional.of(ContactPerson.of("Marieke de Boer", "beheer@regenboog.example.nl"))));
            store.createAccount(NewAccount.teacher(DEMO_SCHOOL, PersonName.of("Juf", "", "Ingrid"), Set.of()));
            int tests = 6;
            for (DemoPupil pupil : PUPILS) {
                Account account = store.createAccount(NewAccount.pupil(DEMO_SCHOOL, pupil.name(), pupil.group()));
                codes.issueWithPassword(account.id(), pupil.username(), pupil.password().toCharArray());
                results.recordHistory(account.id(), tests++);
            }
            for (DemoPupil pupil : RESULTS_ONLY) {
                Account account = store.createAccount(NewAccount.pupil(DEMO_SCHOOL, pupil.name(), pupil.group()));
                results.recordHistory(account.id(), tests++);
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
