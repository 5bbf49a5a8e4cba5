package nl.schoolsupport.poortwachter.basispoort.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortException;
import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortJson;
import nl.schoolsupport.poortwachter.basispoort.rest.HttpSettings;
import nl.schoolsupport.poortwachter.basispoort.rest.BasispoortRestClient;
import nl.schoolsupport.poortwachter.school.SchoolKey;
import nl.schoolsupport.poortwachter.sync.SyncSettings;

/** How institution details become a school key (no network: the mapping alone). */
class BasispoortDirectorySourceTest {

    private static BasispoortDirectorySource source(BasispoortMapping mapping) {
        BasispoortRestClient unused = new BasispoortRestClient(new nl.schoolsupport.poortwachter.basispoort.rest.BasispoortConnection() {
            @Override
            public java.net.URI baseUrl() {
                throw new AssertionError("no network in this test");
            }

            @Override
            public nl.schoolsupport.poortwachter.basispoort.rest.TlsMaterial tls() {
                throw new AssertionError("no network in this test");
            }
        }, HttpSettings.DEFAULTS);
        return new BasispoortDirectorySource(unused, mapping, SyncSettings.DEFAULTS, Clock.systemUTC());
    }

    private static BasispoortJson.InstitutionDetails details(String brin, String dependance, Boolean active, Long mergedInto) {
        return new BasispoortJson.InstitutionDetails("OBS De Regenboog", null, null, null, null, null, brin, dependance, null,
                null, null, active, mergedInto, null);
    }

    @Test
    void brinAndDependancecodeMakeABrin6() {
        BasispoortDirectorySource source = source(BasispoortMapping.DEFAULTS);

        assertThat(source.school("1", details("12ab", "00", true, null)).key()).isEqualTo(SchoolKey.brin("12AB00"));
        assertThat(source.school("1", details("12AB", "1", true, null)).key()).isEqualTo(SchoolKey.brin("12AB01"));
        assertThat(source.school("1", details("12AB03", null, true, null)).key()).isEqualTo(SchoolKey.brin("12AB03"));
        assertThat(source.school("1", details("12AB", null, true, null)).key()).isEqualTo(SchoolKey.brin("12AB"));
        assertThat(source(new BasispoortMapping(BasispoortMapping.MissingDependancecode.MAIN_LOCATION, Set.of()))
                .school("1", details("12AB", " ", true, null)).key()).isEqualTo(SchoolKey.brin("12AB00"));
        assertThat(source.school("1", details("12AB", "00", true, null)).name()).isEqualTo("OBS De Regenboog");
    }

    @Test
    void inactiveOrMergedInstitutionsAreMarkedInactive() {
        BasispoortDirectorySource source = source(BasispoortMapping.DEFAULTS);

        assertThat(source.school("1", details("12AB", "00", null, null)).active()).isTrue();
        assertThat(source.school("1", details("12AB", "00", false, null)).active()).isFalse();
        assertThat(source.school("1", details("12AB", "00", true, 77L)).active()).isFalse();
    }

    @Test
    void institutionsWithoutAUsableBrinAreRefused() {
        BasispoortDirectorySource source = source(BasispoortMapping.DEFAULTS);

        assertThatThrownBy(() -> source.school("5", details(null, "00", true, null)))
                .isInstanceOf(BasispoortException.class).hasMessageContaining("PW-BASISPOORT-010").hasMessageContaining("5");
        assertThatThrownBy(() -> source.school("5", details("12-AB", "00", true, null)))
                .isInstanceOf(BasispoortException.class).hasMessageContaining("PW-BASISPOORT-010");
    }
}
