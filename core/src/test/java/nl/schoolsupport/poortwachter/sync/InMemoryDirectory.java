package nl.schoolsupport.poortwachter.sync;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import nl.schoolsupport.poortwachter.account.AccountFlag;
import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;
import nl.schoolsupport.poortwachter.privacy.EckId;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * A directory held in memory, for the core sync tests (the real Basispoort client is tested against a real
 * HTTPS server in providers/basispoort). Schools, permission events and failures can be changed between runs.
 */
final class InMemoryDirectory implements DirectorySource {

    final Map<String, SchoolData> schools = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();
    final List<LocalDate> feedQueries = new CopyOnWriteArrayList<>();
    final Map<String, Supplier<? extends Throwable>> failures = new ConcurrentHashMap<>();
    volatile Supplier<RuntimeException> feedFailure;

    static final class SchoolData {
        final String id;
        String brin;
        String name;
        boolean active = true;
        boolean permission;
        LocalDate grantedOn;
        LocalDate withdrawnOn;
        final Map<String, DirectoryGroup> groups = new LinkedHashMap<>();
        final Map<String, DirectoryUser> users = new LinkedHashMap<>();

        SchoolData(String id, String brin, String name) {
            this.id = id;
            this.brin = brin;
            this.name = name;
        }

        SchoolData group(String key, String name) {
            groups.put(key, new DirectoryGroup(key, name, Optional.empty()));
            return this;
        }

        SchoolData pupil(String subject, String first, String infix, String last, String groupKey, String eck) {
            users.put(subject, new DirectoryUser(subject, EckId.ofNullable(eck), Role.PUPIL, Set.of(),
                    PersonName.of(first, infix, last), Optional.ofNullable(groupKey)));
            return this;
        }

        SchoolData staff(String subject, String first, String infix, String last, boolean ict, String eck) {
            users.put(subject, new DirectoryUser(subject, EckId.ofNullable(eck), Role.TEACHER,
                    ict ? Set.of(AccountFlag.ICT_COORDINATOR) : Set.of(), PersonName.of(first, infix, last), Optional.empty()));
            return this;
        }

        SchoolData remove(String subject) {
            users.remove(subject);
            return this;
        }
    }

    SchoolData school(String id, String brin, String name, LocalDate grantedOn) {
        SchoolData data = new SchoolData(id, brin, name);
        data.permission = true;
        data.grantedOn = grantedOn;
        schools.put(id, data);
        return data;
    }

    void withdraw(String id, LocalDate on) {
        schools.get(id).permission = false;
        schools.get(id).withdrawnOn = on;
    }

    void grant(String id, LocalDate on) {
        schools.get(id).permission = true;
        schools.get(id).grantedOn = on;
    }

    int fetchCount(String id) {
        return fetches.getOrDefault(id, new AtomicInteger()).get();
    }

    @Override
    public String realmId() {
        return "basispoort";
    }

    @Override
    public PermissionChanges permissionChangesSince(LocalDate since) {
        feedQueries.add(since);
        if (feedFailure != null) {
            throw feedFailure.get();
        }
        Set<String> granted = schools.values().stream().filter(s -> s.grantedOn != null && !s.grantedOn.isBefore(since))
                .map(s -> s.id).collect(Collectors.toSet());
        Set<String> withdrawn = schools.values().stream().filter(s -> s.withdrawnOn != null && !s.withdrawnOn.isBefore(since))
                .map(s -> s.id).collect(Collectors.toSet());
        return new PermissionChanges(granted, withdrawn);
    }

    @Override
    public boolean hasPermission(String sourceSchoolId) {
        return schools.get(sourceSchoolId).permission;
    }

    @Override
    public DirectorySchool describeSchool(String id) {
        SchoolData s = schools.get(id);
        return new DirectorySchool(id, SchoolKey.brin(s.brin), s.name, s.active);
    }

    @Override
    public DirectorySnapshot fetchSchool(String id) {
        fetches.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        Supplier<? extends Throwable> failure = failures.get(id);
        if (failure != null) {
            Throwable t = failure.get();
            if (t instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) t;
        }
        SchoolData s = schools.get(id);
        List<DirectoryUser> pupils = new ArrayList<>();
        List<DirectoryUser> staff = new ArrayList<>();
        for (DirectoryUser u : s.users.values()) {
            (u.role() == Role.PUPIL ? pupils : staff).add(u);
        }
        return new DirectorySnapshot(describeSchool(id), new ArrayList<>(s.groups.values()), pupils, staff);
    }
}
