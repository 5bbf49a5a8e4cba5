package nl.schoolsupport.poortwachter.basispoort.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortJson;

/**
 * DEMO ONLY: the data behind the built-in Basispoort REST service: institutions, their groups, pupils and staff,
 * and the permission events (toggle on/off) the feeds report. Thread-safe; change it while the service runs to
 * show a pupil leaving or a school withdrawing.
 */
public final class DemoDirectory {

    /** One institution as Basispoort holds it. */
    public static final class Institution {
        final long id;
        final String brincode;
        final String dependancecode;
        final String name;
        final String city;
        boolean active = true;
        boolean permission;
        final Map<String, BasispoortJson.Group> groups = new LinkedHashMap<>();
        final Map<Long, BasispoortJson.Pupil> pupils = new LinkedHashMap<>();
        final Map<Long, BasispoortJson.StaffMember> staff = new LinkedHashMap<>();

        Institution(long id, String brincode, String dependancecode, String name, String city) {
            this.id = id;
            this.brincode = brincode;
            this.dependancecode = dependancecode;
            this.name = name;
            this.city = city;
        }
    }

    private record PermissionEvent(long institution, boolean granted, LocalDate on) {
    }

    private final Map<Long, Institution> institutions = new LinkedHashMap<>();
    private final List<PermissionEvent> events = new ArrayList<>();

    // ---------------------------------------------------------------- ready-made data

    /**
     * Three schools: OBS De Regenboog (12AB00, toggle on a week ago) and CBS Het Kompas (34CD01, on a month ago)
     * with pupils and staff, and Basisschool 't Schrijvertje (56EF00) whose toggle is off: the "tile not visible" case.
     */
    public static DemoDirectory sample(LocalDate today) {
        DemoDirectory d = new DemoDirectory();
        d.addInstitution(1001, "12AB", "00", "OBS De Regenboog", "Utrecht");
        d.addGroup(1001, "G5B", "groep 5b", "5");
        d.addGroup(1001, "G6A", "groep 6a", "6");
        d.addGroup(1001, "G8", "groep 8", "8");
        d.addPupil(1001, 1001501, "Zoë", null, "Çelik", "G5B", true);
        d.addPupil(1001, 1001502, "Daan", "van der", "Berg", "G5B", true);
        d.addPupil(1001, 1001503, "Fleur", "de", "Vries", "G6A", true);
        d.addPupil(1001, 1001504, "Mohammed", null, "El Amrani", "G6A", true);
        d.addPupil(1001, 1001505, "Lotte", "van 't", "Hoff", "G8", false);
        d.addPupil(1001, 1001506, "Anaïs", null, "Dubois-Smit", "G8", true);
        d.addStaff(1001, 1001601, "Ingrid", null, "Bakker", Set.of("Leerkracht"), List.of("G5B"), null);
        d.addStaff(1001, 1001602, "Joris", "de", "Jong", Set.of("Leerkracht", "ICTCoordinator"), List.of("G8"), null);
        d.addStaff(1001, 1001603, "Fatma", null, "Yılmaz", Set.of("Leerkracht"), List.of("G6A"), null);
        d.addStaff(1001, 1001604, "Kees", null, "Smit", Set.of("Inval"), List.of(), null);
        d.addStaff(1001, 1001605, "Anouk", null, "Visser", Set.of("Stagiair"), List.of("G5B"), today.minusMonths(2));
        d.grant(1001, today.minusDays(7));

        d.addInstitution(1002, "34CD", "01", "CBS Het Kompas", "Amersfoort");
        d.addGroup(1002, "K3", "groep 3", "3");
        d.addGroup(1002, "K4", "groep 4", "4");
        d.addPupil(1002, 1002501, "Noor", null, "Jansen", "K3", true);
        d.addPupil(1002, 1002502, "Sem", "de", "Boer", "K3", true);
        d.addPupil(1002, 1002503, "Julia", "van", "Leeuwen", "K4", true);
        d.addPupil(1002, 1002504, "Björn", null, "Ægidius", "K4", false);
        d.addStaff(1002, 1002601, "Piet", null, "Pietersen", Set.of("Leerkracht", "ICTCoordinator"), List.of("K3"), null);
        d.addStaff(1002, 1002602, "Marieke", "van den", "Broek", Set.of("Leerkracht", "IBRTer"), List.of("K4"), null);
        d.grant(1002, today.minusDays(30));

        d.addInstitution(1003, "56EF", "00", "Basisschool 't Schrijvertje", "Zwolle");
        d.addGroup(1003, "S7", "groep 7", "7");
        d.addPupil(1003, 1003501, "Emma", null, "de Graaf", "S7", true);
        d.addStaff(1003, 1003601, "Hans", null, "Mulder", Set.of("Leerkracht", "ICTCoordinator"), List.of("S7"), null);
        return d;
    }

    private static final String[] FIRST = {"Zoë", "Daan", "Fleur", "Mohammed", "Lotte", "Anaïs", "Noor", "Sem", "Julia",
        "Björn", "Emma", "Liam", "Saar", "Finn", "Yara", "Luuk", "Mila", "Bram", "Nova", "Thijs", "Eline", "Özgür", "Chloë"};
    private static final String[] INFIX = {null, null, null, "van", "de", "van der", "van den", "van 't", "ter", "el"};
    private static final String[] LAST = {"Çelik", "Berg", "Vries", "Jansen", "Boer", "Leeuwen", "Bakker", "Visser", "Smit",
        "Meijer", "Mulder", "Dekker", "Yılmaz", "Hoff", "Graaf", "Brouwer", "Dijk", "Kramer", "Šimić", "Nguyen"};

    /**
     * {@code schools} generated schools of {@code usersPerSchool} users each (about 1 staff member per 20 pupils, 8
     * groups), all with permission since {@code grantedOn}; BRINs {@code 0000}..{@code 9999} with vestiging
     * {@code 00}, institution ids from 100000. Deterministic for a seed: for benchmarks and load tests.
     */
    public static DemoDirectory generated(int schools, int usersPerSchool, long seed, LocalDate grantedOn) {
        DemoDirectory d = new DemoDirectory();
        Random random = new Random(seed);
        int staffCount = Math.max(1, usersPerSchool / 20);
        for (int s = 0; s < schools; s++) {
            long id = 100_000L + s;
            d.addInstitution(id, String.format("%04d", s % 10_000).replace('0', 'A').substring(0, 2)
                    + String.format("%02d", s % 100), String.format("%02d", (s / 100) % 100), "Generated school " + s, "Demo");
            for (int g = 1; g <= 8; g++) {
                d.addGroup(id, "G" + g, "groep " + g, String.valueOf(g));
            }
            for (int u = 0; u < usersPerSchool; u++) {
                long userId = id * 10_000 + u;
                String first = FIRST[random.nextInt(FIRST.length)];
                String infix = INFIX[random.nextInt(INFIX.length)];
                String last = LAST[random.nextInt(LAST.length)];
                if (u < staffCount) {
                    d.addStaff(id, userId, first, infix, last, u == 0 ? Set.of("Leerkracht", "ICTCoordinator")
                            : Set.of("Leerkracht"), List.of("G" + (1 + u % 8)), null);
                } else {
                    d.addPupil(id, userId, first, infix, last, "G" + (1 + u % 8), random.nextInt(10) < 8);
                }
            }
            d.grant(id, grantedOn);
        }
        return d;
    }

    // ---------------------------------------------------------------- changing the data

    public synchronized void addInstitution(long id, String brincode, String dependancecode, String name, String city) {
        institutions.put(id, new Institution(id, brincode, dependancecode, name, city));
    }

    public synchronized void addGroup(long institution, String lasKey, String name, String yearGroup) {
        get(institution).groups.put(lasKey, new BasispoortJson.Group(lasKey, name, yearGroup, name));
    }

    /** A pupil; {@code withEckId} gives a deterministic ECK iD derived from the id (demo, not a real one). */
    public synchronized void addPupil(long institution, long id, String first, String infix, String last, String group,
            boolean withEckId) {
        BasispoortJson.Group g = get(institution).groups.get(group);
        get(institution).pupils.put(id, new BasispoortJson.Pupil(id, withEckId ? eckId(id) : null, "LL" + id,
                new BasispoortJson.PersonalData(last, first, infix, first.substring(0, 1) + "."),
                g == null ? null : g.jaargroep(), group, List.of()));
    }

    public synchronized void addStaff(long institution, long id, String first, String infix, String last, Set<String> roles,
            List<String> groups, LocalDate endDate) {
        get(institution).staff.put(id, new BasispoortJson.StaffMember(id, eckId(id), "MW" + id,
                new BasispoortJson.PersonalData(last, first, infix, first.substring(0, 1) + "."),
                first.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "." + id + "@school.example",
                endDate, new TreeSet<>(roles), List.copyOf(groups), List.of()));
    }

    /** The pupil or staff member leaves the school (disappears from Basispoort). */
    public synchronized boolean removeUser(long institution, long id) {
        Institution i = get(institution);
        return i.pupils.remove(id) != null | i.staff.remove(id) != null;
    }

    /** The pupil moves to another group. */
    public synchronized void movePupil(long institution, long id, String group) {
        BasispoortJson.Pupil p = get(institution).pupils.get(id);
        BasispoortJson.Group g = get(institution).groups.get(group);
        get(institution).pupils.put(id, new BasispoortJson.Pupil(p.id(), p.eckid(), p.lasKey(), p.persoonsgegevens(),
                g == null ? null : g.jaargroep(), group, p.subgroepen()));
    }

    /** The school's administrator turns the toggle for the publisher on. */
    public synchronized void grant(long institution, LocalDate on) {
        get(institution).permission = true;
        events.add(new PermissionEvent(institution, true, on));
    }

    /** ... or off. */
    public synchronized void withdraw(long institution, LocalDate on) {
        get(institution).permission = false;
        events.add(new PermissionEvent(institution, false, on));
    }

    public synchronized void setActive(long institution, boolean active) {
        get(institution).active = active;
    }

    // ---------------------------------------------------------------- what the service serves

    synchronized List<Long> institutionIds() {
        return List.copyOf(institutions.keySet());
    }

    /** Institutions with an event of the kind on or after {@code since} (a school may be in both feeds). */
    synchronized List<Long> permissionFeed(boolean granted, LocalDate since) {
        return events.stream().filter(e -> e.granted == granted && !e.on.isBefore(since)).map(PermissionEvent::institution)
                .distinct().sorted().toList();
    }

    synchronized Optional<Institution> institution(long id) {
        return Optional.ofNullable(institutions.get(id));
    }

    synchronized boolean hasPermission(long id) {
        return get(id).permission;
    }

    synchronized BasispoortJson.InstitutionDetails details(long id, BasispoortJson.MetaResult meta) {
        Institution i = get(id);
        return new BasispoortJson.InstitutionDetails(i.name, "Schoolstraat", String.valueOf(id % 100), null, "3500 AA", i.city,
                i.brincode, i.dependancecode, "LAS-" + id, java.util.UUID.nameUUIDFromBytes(("ref" + id)
                        .getBytes(StandardCharsets.UTF_8)).toString(), "B" + (id % 1000), i.active, null, meta);
    }

    synchronized BasispoortJson.Groups groups(long id, BasispoortJson.MetaResult meta) {
        return new BasispoortJson.Groups(List.copyOf(get(id).groups.values()), List.of(), meta);
    }

    synchronized BasispoortJson.Pupils pupils(long id, BasispoortJson.MetaResult meta) {
        return new BasispoortJson.Pupils(List.copyOf(get(id).pupils.values()), meta);
    }

    synchronized BasispoortJson.Staff staff(long id, BasispoortJson.MetaResult meta) {
        return new BasispoortJson.Staff(List.copyOf(get(id).staff.values()), meta);
    }

    /**
     * One pupil or staff member as the demo directory holds them, with their school: what a demo IdP needs to assert
     * for them (the Basispoort login side) and what a demo portal page shows.
     *
     * @param institutionId  Basispoort institution id
     * @param brincode       the institution's BRIN (4 characters here)
     * @param dependancecode the vestiging ({@code 00}, {@code 01})
     * @param permission     whether the school's toggle for the publisher is on now
     * @param userId         Basispoort user id (the synced identity's subject)
     * @param eckId          ECK iD, if the user has one
     * @param staff          a staff member (else a pupil)
     * @param roles          staff roles ({@code rollen}); empty for pupils
     * @param group          a pupil's group name ("groep 5b"), if any
     * @param endDate        a staff member's {@code einddatum}, if any
     */
    public record Person(long institutionId, String brincode, String dependancecode, String schoolName, boolean permission,
            long userId, Optional<String> eckId, boolean staff, Set<String> roles, String firstName, Optional<String> infix,
            String lastName, Optional<String> group, Optional<LocalDate> endDate) {

        public Person {
            roles = Set.copyOf(roles);
        }
    }

    /** Every pupil and staff member of every institution, institution by institution, pupils first (a snapshot). */
    public synchronized List<Person> people() {
        List<Person> result = new ArrayList<>();
        for (Institution i : institutions.values()) {
            for (BasispoortJson.Pupil p : i.pupils.values()) {
                BasispoortJson.Group g = i.groups.get(p.groep());
                result.add(new Person(i.id, i.brincode, i.dependancecode, i.name, i.permission, p.id(),
                        Optional.ofNullable(p.eckid()), false, Set.of(), p.persoonsgegevens().voornaam(),
                        Optional.ofNullable(p.persoonsgegevens().voorvoegsel()), p.persoonsgegevens().achternaam(),
                        Optional.ofNullable(g).map(BasispoortJson.Group::naam), Optional.empty()));
            }
            for (BasispoortJson.StaffMember m : i.staff.values()) {
                result.add(new Person(i.id, i.brincode, i.dependancecode, i.name, i.permission, m.id(),
                        Optional.ofNullable(m.eckid()), true, m.rollen(), m.persoonsgegevens().voornaam(),
                        Optional.ofNullable(m.persoonsgegevens().voorvoegsel()), m.persoonsgegevens().achternaam(),
                        Optional.empty(), Optional.ofNullable(m.einddatum())));
            }
        }
        return List.copyOf(result);
    }

    /** Users of one institution, for demo pages and tests. */
    public synchronized int userCount(long institution) {
        return get(institution).pupils.size() + get(institution).staff.size();
    }

    private Institution get(long id) {
        Institution i = institutions.get(id);
        if (i == null) {
            throw new IllegalArgumentException("no demo institution " + id);
        }
        return i;
    }

    /** A stable fake ECK iD of the documented shape ({@code https://ketenid.nl/201703/<hex>}). */
    static String eckId(long userId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("demo-eck-" + userId).getBytes(StandardCharsets.UTF_8));
            return "https://ketenid.nl/201703/" + HexFormat.of().formatHex(hash, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
