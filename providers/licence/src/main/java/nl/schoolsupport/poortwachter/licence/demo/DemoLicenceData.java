package nl.schoolsupport.poortwachter.licence.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.schoolsupport.poortwachter.licence.api.ApiContact;
import nl.schoolsupport.poortwachter.licence.api.ApiLicence;
import nl.schoolsupport.poortwachter.licence.api.ApiSchool;
import nl.schoolsupport.poortwachter.licence.api.ApiUser;

/**
 * The fixed data of the DEMO licence service: Flemish demo schools, their administrators, licences whose dates are
 * relative to today (so the renewal notice always shows), and teachers for every outcome. Invented people and
 * schools; e-mail addresses under the reserved {@code .example} domain.
 */
final class DemoLicenceData {

    static final String PRODUCT = "BAREKA";
    static final String PRODUCT_NAME = "Bareka";

    static final String REGENBOOG_PASSWORD = "Regenboog-2026";
    static final String KLAVERTJE_PASSWORD = "Klavertje-2026";
    static final String ZONNEBLOEM_PASSWORD = "Zonnebloem-2026";

    /** The logins, in the order the README lists them. */
    static final List<DemoCredential> CREDENTIALS = List.of(
            new DemoCredential("an.peeters", REGENBOOG_PASSWORD,
                    "Flemish teacher (ICT coordinator) of VBS De Regenboog; licence ends within 60 days and renews "
                            + "automatically: renewal notice"),
            new DemoCredential("tom.maes", REGENBOOG_PASSWORD, "second teacher of VBS De Regenboog"),
            new DemoCredential("kris.wouters", KLAVERTJE_PASSWORD, "teacher of GBS Het Klavertje: licence expired"),
            new DemoCredential("lien.claes", ZONNEBLOEM_PASSWORD, "teacher of BS De Zonnebloem: no licence for Bareka"),
            new DemoCredential("piet.geblokkeerd", REGENBOOG_PASSWORD, "blocked account"));

    record Account(String username, String password, ApiUser user, String schoolCode, boolean blocked) {
    }

    record SchoolEntry(ApiSchool school, ApiContact administrator, Map<String, ApiLicence> licences) {

        Optional<ApiLicence> licence(String product) {
            return Optional.ofNullable(licences.get(product));
        }
    }

    private final Map<String, Account> accounts;
    private final Map<String, SchoolEntry> schools;

    DemoLicenceData(LocalDate today) {
        LocalDate regenboogEnd = today.plusDays(45);
        SchoolEntry regenboog = new SchoolEntry(
                new ApiSchool("VL-031856", "Vrije Basisschool De Regenboog", "BE", "031856", null),
                new ApiContact("Els Vermeulen", "els.vermeulen@regenboog.example"),
                Map.of(PRODUCT, new ApiLicence(PRODUCT, PRODUCT_NAME, "active", regenboogEnd.minusYears(1).plusDays(1),
                        regenboogEnd, true, regenboogEnd.plusDays(1))));
        LocalDate klavertjeEnd = today.minusDays(20);
        SchoolEntry klavertje = new SchoolEntry(
                new ApiSchool("VL-027318", "Gemeentelijke Basisschool Het Klavertje", "BE", "027318", null),
                new ApiContact("Bart De Smet", "bart.desmet@klavertje.example"),
                Map.of(PRODUCT, new ApiLicence(PRODUCT, PRODUCT_NAME, "expired", klavertjeEnd.minusYears(1).plusDays(1),
                        klavertjeEnd, false, null)));
        SchoolEntry zonnebloem = new SchoolEntry(
                new ApiSchool("SSP-4711", "Basisschool De Zonnebloem", "BE", null, null),
                new ApiContact("Sofie Claes", "sofie.claes@zonnebloem.example"),
                Map.of("REKENTUIN", new ApiLicence("REKENTUIN", "Rekentuin", "active", today.minusDays(100), today.plusDays(265),
                        true, today.plusDays(266))));
        this.schools = Map.of(regenboog.school().code(), regenboog, klavertje.school().code(), klavertje,
                zonnebloem.school().code(), zonnebloem);
        this.accounts = Map.of(
                "an.peeters", new Account("an.peeters", REGENBOOG_PASSWORD,
                        new ApiUser("LB-100231", "An", null, "Peeters", "teacher", List.of("ict_coordinator")),
                        "VL-031856", false),
                "tom.maes", new Account("tom.maes", REGENBOOG_PASSWORD,
                        new ApiUser("LB-100232", "Tom", null, "Maes", "teacher", List.of()), "VL-031856", false),
                "piet.geblokkeerd", new Account("piet.geblokkeerd", REGENBOOG_PASSWORD,
                        new ApiUser("LB-100233", "Piet", "de", "Wilde", "teacher", List.of()), "VL-031856", true),
                "kris.wouters", new Account("kris.wouters", KLAVERTJE_PASSWORD,
                        new ApiUser("LB-200417", "Kris", null, "Wouters", "teacher", List.of()), "VL-027318", false),
                "lien.claes", new Account("lien.claes", ZONNEBLOEM_PASSWORD,
                        new ApiUser("LB-300052", "Lien", null, "Claes", "teacher", List.of()), "SSP-4711", false));
    }

    Optional<Account> account(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    Optional<SchoolEntry> school(String code) {
        return Optional.ofNullable(schools.get(code));
    }
}
