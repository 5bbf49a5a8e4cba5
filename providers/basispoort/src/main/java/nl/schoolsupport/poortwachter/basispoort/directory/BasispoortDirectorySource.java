package nl.schoolsupport.poortwachter.basispoort.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortErrorCode;
import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortException;
import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortJson;
import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortRestClient;
import nl.schoolsupport.poortwachter.error.InvalidInputException;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.sync.DirectoryGroup;
import nl.schoolsupport.poortwachter.sync.DirectorySchool;
import nl.schoolsupport.poortwachter.sync.DirectorySnapshot;
import nl.schoolsupport.poortwachter.sync.DirectorySource;
import nl.schoolsupport.poortwachter.sync.DirectoryUser;
import nl.schoolsupport.poortwachter.sync.PermissionChanges;
import nl.schoolsupport.poortwachter.sync.SyncSettings;

/**
 * Basispoort as a {@link DirectorySource}: the permission feeds, and per school {@code details}, {@code groepen},
 * {@code leerlingen} and {@code staf} under {@code /rest/v2/instellingen}. The school key is BRIN +
 * dependancecode (BRIN6); the subject of a user is the Basispoort user id; staff are teachers, ICT coordinators
 * get the flag; staff whose {@code einddatum} has passed are left out (they depart). Subgroups are not used.
 */
public final class BasispoortDirectorySource implements DirectorySource {

    /** The realm id of Basispoort logins and synced identities. */
    public static final String REALM = "basispoort";

    static final String BASE = "/rest/v2/instellingen";
    private static final Pattern INSTITUTION_ID = Pattern.compile("-?[0-9]{1,19}");

    private final BasispoortRestClient client;
    private final BasispoortMapping mapping;
    private final SyncSettings settings;
    private final Clock clock;

    @Inject
    public BasispoortDirectorySource(BasispoortRestClient client, BasispoortMapping mapping, SyncSettings settings, Clock clock) {
        this.client = Objects.requireNonNull(client);
        this.mapping = Objects.requireNonNull(mapping);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public String realmId() {
        return REALM;
    }

    @Override
    public PermissionChanges permissionChangesSince(LocalDate since) {
        List<Long> granted = client.getList(BASE + "/synchronizationpermission/toegekend/" + since, Long.class);
        List<Long> withdrawn = client.getList(BASE + "/synchronizationpermission/ingetrokken/" + since, Long.class);
        return new PermissionChanges(ids(granted, "toegekend"), ids(withdrawn, "ingetrokken"));
    }

    private static Set<String> ids(List<Long> ids, String feed) {
        Set<String> result = new TreeSet<>();
        for (Long id : ids) {
            if (id == null) {
                throw new BasispoortException(BasispoortErrorCode.INVALID_DATA, "the " + feed + " feed lists an empty "
                        + "institution id");
            }
            result.add(String.valueOf(id));
        }
        return result;
    }

    @Override
    public boolean hasPermission(String sourceSchoolId) {
        BasispoortJson.SynchronizationPermission answer = client.get(path(sourceSchoolId,
                "/uitgever/synchronizationpermission?request-permission=false"), BasispoortJson.SynchronizationPermission.class);
        if (answer == null || answer.hasSynchronizationPermission() == null) {
            throw new BasispoortException(BasispoortErrorCode.INVALID_DATA, "institution " + sourceSchoolId
                    + ": the permission answer has no hasSynchronizationPermission");
        }
        return answer.hasSynchronizationPermission();
    }

    @Override
    public DirectorySchool describeSchool(String sourceSchoolId) {
        BasispoortJson.InstitutionDetails details = client.get(path(sourceSchoolId, "/details"),
                BasispoortJson.InstitutionDetails.class);
        return school(sourceSchoolId, details);
    }

    @Override
    public DirectorySnapshot fetchSchool(String sourceSchoolId) {
        DirectorySchool school = describeSchool(sourceSchoolId);
        BasispoortJson.Groups groups = client.get(path(sourceSchoolId, "/groepen"), BasispoortJson.Groups.class);
        BasispoortJson.Pupils pupils = client.get(path(sourceSchoolId, "/leerlingen"), BasispoortJson.Pupils.class);
        BasispoortJson.Staff staff = client.get(path(sourceSchoolId, "/staf"), BasispoortJson.Staff.class);
        try {
            return new DirectorySnapshot(school, groups(groups), pupils(sourceSchoolId, pupils), staff(sourceSchoolId, staff));
        } catch (InvalidInputException e) {
            // e.g. a name longer than we store: the message names the field and its length, not the value
            throw new BasispoortException(BasispoortErrorCode.INVALID_DATA, "institution " + sourceSchoolId + ": "
                    + e.getMessage(), e);
        }
    }

    private static String path(String sourceSchoolId, String suffix) {
        if (!INSTITUTION_ID.matcher(sourceSchoolId).matches()) {
            throw new BasispoortException(BasispoortErrorCode.INVALID_DATA, "expected a numeric Basispoort institution id, "
                    + "got " + sourceSchoolId.length() + " other characters");
        }
        return BASE + "/" + sourceSchoolId + suffix;
    }

    DirectorySchool school(String id, BasispoortJson.InstitutionDetails details) {
        if (details == null || details.brincode() == null || details.brincode().isBlank()) {
            throw new BasispoortException(BasispoortErrorCode.INVALID_DATA, "institution " + id + " has no brincode; "
                    + "it cannot be stored under a BRIN");
        }
        String brin = details.brincode().strip().toUpperCase(Locale.ROOT);
        String dependance = details.dependancecode() == null ? "" : details.dependancecode().strip();
        if (dependance.length() == 1 && Character.isDigit(dependance.charAt(0))) {
            dependance = "0" + dependance;
        }
        String key;
        if (brin.length() == 6) {
            key = brin;
        } else if (!dependance.isEmpty()) {
            key = brin + dependance;
        } else {
            key = mapping.missingDependancecode() == BasispoortMapping.MissingDependancecode.BRIN4 ? brin : brin + "00";
        }
        SchoolKey schoolKey;
        try {
            schoolKey = SchoolKey.brin(key);
        } catch (InvalidInputException e) {
            throw new BasispoortException(BasispoortErrorCode.INVALID_DATA, "institution " + id + ": brincode + "
                    + "dependancecode do not form a BRIN (" + e.getMessage() + ")", e);
        }
        boolean active = !Boolean.FALSE.equals(details.actief()) && details.gefuseerdNaar() == null;
        return new DirectorySchool(id, schoolKey, details.naam(), active);
    }

    private static List<DirectoryGroup> groups(BasispoortJson.Groups groups) {
        List<DirectoryGroup> result = new ArrayList<>();
        if (groups == null || groups.groepen() == null) {
            return result;
        }
        for (BasispoortJson.Group group : groups.groepen()) {
            if (group != null && group.lasKey() != null && !group.lasKey().isBlank()) {
                result.add(new DirectoryGroup(group.lasKey(), group.naam(), Optional.ofNullable(group.jaargroep())));
            }
        }
        return result;
    }

    private List<DirectoryUser> pupils(String id, BasispoortJson.Pupils pupils) {
        if (pupils == null || pupils.leerlingen() == null) {
            throw new BasispoortException(BasispoortErrorCode.INVALID_DATA, "institution " + id + ": the leerlingen answer "
                    + "has no leerlingen list; refusing to treat that as \"every pupil left\"");
        }
        List<DirectoryUser> result = new ArrayList<>();
        int index = 0;
        for (BasispoortJson.Pupil pupil : pupils.leerlingen()) {
            Long userId = pupil == null ? null : pupil.id();
            if (userId == null) {
                throw missingId(id, "leerlingen", index);
            }
            result.add(new DirectoryUser(String.valueOf(userId), EckId.ofNullable(pupil.eckid()), Role.PUPIL, Set.of(),
                    name(pupil.persoonsgegevens()), Optional.ofNullable(pupil.groep())));
            index++;
        }
        return result;
    }

    private List<DirectoryUser> staff(String id, BasispoortJson.Staff staff) {
        if (staff == null || staff.medewerkers() == null) {
            throw new BasispoortException(BasispoortErrorCode.INVALID_DATA, "institution " + id + ": the staf answer has no "
                    + "medewerkers list; refusing to treat that as \"every teacher left\"");
        }
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        List<DirectoryUser> result = new ArrayList<>();
        int index = 0;
        for (BasispoortJson.StaffMember member : staff.medewerkers()) {
            Long userId = member == null ? null : member.id();
            if (userId == null) {
                throw missingId(id, "medewerkers", index);
            }
            index++;
            if (member.einddatum() != null && member.einddatum().isBefore(today)) {
                continue;
            }
            Set<String> roles = member.rollen() == null ? Set.of() : member.rollen();
            Set<AccountFlag> flags = roles.stream().anyMatch(mapping.ictCoordinatorRoles()::contains)
                    ? EnumSet.of(AccountFlag.ICT_COORDINATOR) : EnumSet.noneOf(AccountFlag.class);
            result.add(new DirectoryUser(String.valueOf(userId), EckId.ofNullable(member.eckid()), Role.TEACHER, flags,
                    name(member.persoonsgegevens()), Optional.empty()));
        }
        return result;
    }

    private static BasispoortException missingId(String id, String list, int index) {
        return new BasispoortException(BasispoortErrorCode.INVALID_DATA, "institution " + id + ": " + list + "[" + index
                + "] has no id");
    }

    /** voornaam, else the initials; voorvoegsel is the infix ("van der"). */
    private static PersonName name(BasispoortJson.PersonalData data) {
        if (data == null) {
            return PersonName.of("", "", "");
        }
        String first = data.voornaam() == null || data.voornaam().isBlank() ? data.voorletters() : data.voornaam();
        return PersonName.of(first, data.voorvoegsel(), data.achternaam());
    }
}
