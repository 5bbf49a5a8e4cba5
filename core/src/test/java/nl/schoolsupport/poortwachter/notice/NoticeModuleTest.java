package nl.schoolsupport.poortwachter.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;

import nl.schoolsupport.poortwachter.guice.JdbcStoreModule;
import nl.schoolsupport.poortwachter.guice.PoortwachterModule;
import nl.schoolsupport.poortwachter.lifecycle.Lifecycle;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.testing.TestDatabases;
import nl.schoolsupport.poortwachter.testing.TestKeys;

class NoticeModuleTest {

    @Test
    void injectorWiresServiceStoresAndBothBuiltInSources() {
        Injector injector = Guice.createInjector(new PoortwachterModule(),
                new JdbcStoreModule(TestDatabases.h2(), TestKeys.dataKey()), new NoticeModule());

        Set<NoticeSource> sources = injector.getInstance(Key.get(new TypeLiteral<Set<NoticeSource>>() { }));
        assertThat(sources).extracting(NoticeSource::id).containsExactlyInAnyOrder("stored", "licence");
        assertThat(injector.getInstance(NoticeService.class)).isSameAs(injector.getInstance(NoticeService.class));

        try (Lifecycle lifecycle = injector.getInstance(Lifecycle.class).start()) {
            SchoolKey school = SchoolKey.flemishInstitution("031856");
            LocalDate today = LocalDate.now(LicenceNoticeSource.LICENCE_ZONE);
            injector.getInstance(SchoolLicenceStore.class).save(new SchoolLicence(school, "VBS De Regenboog", "BAREKA", "Bareka",
                    LicenceStatus.ACTIVE, today.plusDays(20), false, Optional.empty(), Optional.empty(), Instant.now()));

            assertThat(injector.getInstance(NoticeService.class).forSchool(school))
                    .extracting(Notice::kind).containsExactly(NoticeKind.LICENCE_EXPIRING);
            assertThat(injector.getInstance(ProductUpdateService.class).list()).isEmpty();
        }
    }
}
