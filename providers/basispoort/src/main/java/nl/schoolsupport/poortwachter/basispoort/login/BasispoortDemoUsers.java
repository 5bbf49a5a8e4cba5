package nl.schoolsupport.poortwachter.basispoort.login;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.basispoort.demo.DemoDirectory;
import nl.schoolsupport.poortwachter.saml.SamlRealmConfig;
import nl.schoolsupport.poortwachter.saml.demo.DemoIdentityProvider;
import nl.schoolsupport.poortwachter.saml.demo.DemoUser;
import nl.schoolsupport.poortwachter.saml.demo.PostForm;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * DEMO ONLY: Basispoort-shaped users for the built-in demo IdP, exactly the pupils and staff of a {@link DemoDirectory}
 * (the demo REST service's data), so that after a demo sync every tile login finds the account the sync made. Their
 * attributes have the names the default mapping reads ({@link BasispoortAttributeMapping#DEFAULTS}): the Basispoort
 * user id as {@code basispoortId} (and as NameID), {@code instellingId}, {@code brincode} + {@code dependancecode},
 * {@code rol}, {@code voornaam}/{@code voorvoegsel}/{@code achternaam}, {@code eckId} when the user has one.
 *
 * <p>A demo "Basispoort portal" page lists {@link #portal} (name, school, role, and what a tile click will do) with a
 * Bareka tile per user; the tile posts {@link #tileLogin} (an unsolicited response) to our ACS.
 */
public final class BasispoortDemoUsers {

    /** Where the app serves the demo IdP: entity id {@code {base}/demo-idp/basispoort}, SSO {@code {base}/demo-idp/basispoort/sso}. */
    public static final String DEMO_IDP_PATH = "/demo-idp/basispoort";
    public static final String DEMO_SSO_PATH = DEMO_IDP_PATH + "/sso";

    private BasispoortDemoUsers() {
    }

    /** The built-in demo Basispoort IdP for an app at {@code publicBaseUrl} (fresh signing key; keep one per app run). */
    public static DemoIdentityProvider identityProvider(String publicBaseUrl, DemoDirectory directory) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return new DemoIdentityProvider(base + DEMO_IDP_PATH, base + DEMO_SSO_PATH, users(directory));
    }

    /** One demo user per person in {@code directory}; the id is the Basispoort user id. */
    public static List<DemoUser> users(DemoDirectory directory) {
        List<DemoUser> users = new ArrayList<>();
        for (DemoDirectory.Person p : directory.people()) {
            String id = String.valueOf(p.userId());
            Map<String, List<String>> attributes = new LinkedHashMap<>();
            attributes.put("basispoortId", List.of(id));
            attributes.put("instellingId", List.of(String.valueOf(p.institutionId())));
            attributes.put("brincode", List.of(p.brincode()));
            attributes.put("dependancecode", List.of(p.dependancecode()));
            attributes.put("rol", p.staff() ? p.roles().stream().sorted().toList() : List.of("Leerling"));
            attributes.put("voornaam", List.of(p.firstName()));
            p.infix().ifPresent(infix -> attributes.put("voorvoegsel", List.of(infix)));
            attributes.put("achternaam", List.of(p.lastName()));
            p.eckId().ifPresent(eck -> attributes.put("eckId", List.of(eck)));
            users.add(new DemoUser(id, (p.staff() ? "Medewerker " : "Leerling ") + name(p).displayName() + " (" + p.schoolName()
                    + ")", id, attributes));
        }
        return List.copyOf(users);
    }

    /** What clicking the tile will do for a demo user, after a demo synchronisation. */
    public enum TileOutcome {
        /** Logs in to the account the sync made. */
        LOGS_IN("Logt in", "Logs in"),
        /** The school's toggle for the publisher is off: not synchronised, the "not synchronised yet" page. */
        SCHOOL_TOGGLE_OFF("Schuifje van de school staat uit: melding 'nog niet gesynchroniseerd'",
                "School's toggle is off: 'not synchronised yet' page"),
        /** A staff member whose end date has passed: the sync left them out, the "we do not know you yet" page. */
        LEFT_SCHOOL("Einddatum verstreken: niet gesynchroniseerd", "End date passed: not synchronised");

        private final String dutch;
        private final String english;

        TileOutcome(String dutch, String english) {
            this.dutch = dutch;
            this.english = english;
        }

        public String text(Locale locale) {
            return "nl".equals(locale.getLanguage()) ? dutch : english;
        }
    }

    /**
     * One line of the demo portal.
     *
     * @param userId        the demo user id for {@link #tileLogin} (the Basispoort user id)
     * @param displayName   "Daan van der Berg"
     * @param schoolName    "OBS De Regenboog"
     * @param school        the school key ({@code BRIN:12AB00})
     * @param role          PUPIL or TEACHER (staff)
     * @param basispoortRoles the staff roles as Basispoort names them ({@code Leerkracht}, {@code ICTCoordinator}, ...)
     * @param group         a pupil's group ("groep 5b")
     * @param outcome       what a tile click does after a demo synchronisation
     */
    public record PortalEntry(String userId, String displayName, String schoolName, SchoolKey school, Role role,
            List<String> basispoortRoles, Optional<String> group, TileOutcome outcome) {

        public PortalEntry {
            Objects.requireNonNull(userId, "userId");
            basispoortRoles = List.copyOf(basispoortRoles);
        }

        /** "Leerling, groep 5b" / "Leerkracht, ICT-coördinator" (Dutch) or English. */
        public String roleLabel(Locale locale) {
            boolean dutch = "nl".equals(locale.getLanguage());
            if (role == Role.PUPIL) {
                String pupil = dutch ? "Leerling" : "Pupil";
                return group.map(g -> pupil + ", " + g).orElse(pupil);
            }
            List<String> labels = basispoortRoles.stream().map(r -> staffRole(r, dutch)).toList();
            return labels.isEmpty() ? (dutch ? "Medewerker" : "Staff") : String.join(", ", labels);
        }

        private static String staffRole(String basispoortRole, boolean dutch) {
            return switch (basispoortRole) {
                case "Leerkracht" -> dutch ? "Leerkracht" : "Teacher";
                case "ICTCoordinator" -> dutch ? "ICT-co\u00f6rdinator" : "ICT coordinator";
                case "IBRTer" -> dutch ? "IB'er/RT'er" : "Special needs coordinator";
                case "Stagiair" -> dutch ? "Stagiair" : "Trainee";
                case "Inval" -> dutch ? "Invaller" : "Supply teacher";
                default -> basispoortRole;
            };
        }
    }

    /** The demo portal's lines: every person of {@code directory}, in directory order, with the outcome as of {@code today}. */
    public static List<PortalEntry> portal(DemoDirectory directory, LocalDate today) {
        List<PortalEntry> entries = new ArrayList<>();
        for (DemoDirectory.Person p : directory.people()) {
            TileOutcome outcome;
            if (!p.permission()) {
                outcome = TileOutcome.SCHOOL_TOGGLE_OFF;
            } else if (p.endDate().map(end -> end.isBefore(today)).orElse(false)) {
                outcome = TileOutcome.LEFT_SCHOOL;
            } else {
                outcome = TileOutcome.LOGS_IN;
            }
            entries.add(new PortalEntry(String.valueOf(p.userId()), name(p).displayName(), p.schoolName(),
                    SchoolKey.brin(p.brincode() + p.dependancecode()), p.staff() ? Role.TEACHER : Role.PUPIL,
                    p.roles().stream().sorted().toList(), p.group(), outcome));
        }
        return List.copyOf(entries);
    }

    /**
     * The Bareka tile of the demo portal: an unsolicited (IdP-initiated) signed response for {@code userId}, as the
     * form to auto-post to our ACS ({@link PostForm#autoSubmitHtml}).
     *
     * @throws IllegalArgumentException for a user the demo IdP does not know
     */
    public static PostForm tileLogin(DemoIdentityProvider idp, String userId, SamlRealmConfig realm) {
        return idp.respond(Optional.empty(), userId, realm.acsUrl(), realm.spEntityId(), Optional.empty());
    }

    private static PersonName name(DemoDirectory.Person p) {
        return PersonName.of(p.firstName(), p.infix().orElse(""), p.lastName());
    }
}
