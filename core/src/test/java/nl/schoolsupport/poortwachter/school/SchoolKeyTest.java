package nl.schoolsupport.poortwachter.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.error.InvalidInputException;

class SchoolKeyTest {

    @Test
    void brinIsNormalisedToUpperCaseAndKnowsItsBrin4() {
        SchoolKey key = SchoolKey.brin(" 12ab00 ");
        assertThat(key.value()).isEqualTo("12AB00");
        assertThat(key.brin4()).contains("12AB");
        assertThat(key.asText()).isEqualTo("BRIN:12AB00");
    }

    @Test
    void textFormRoundTripsForEveryType() {
        for (SchoolKey key : new SchoolKey[] {SchoolKey.brin("12AB"), SchoolKey.flemishInstitution("123456"),
                SchoolKey.licenceCode("SS-00042")}) {
            assertThat(SchoolKey.parse(key.asText())).isEqualTo(key);
        }
        assertThat(SchoolKey.parse("12AB00")).isEqualTo(SchoolKey.brin("12AB00"));
    }

    @Test
    void invalidValuesAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> SchoolKey.brin("12AB0")).isInstanceOf(InvalidInputException.class).hasMessageContaining("PW-CORE-001");
        assertThatThrownBy(() -> SchoolKey.flemishInstitution("12345A")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SchoolKey.licenceCode("x'; drop table")).isInstanceOf(InvalidInputException.class)
                .message().doesNotContain("drop");
        assertThatThrownBy(() -> SchoolKey.parse("FOO:1")).isInstanceOf(InvalidInputException.class).hasMessageContaining("FOO");
    }
}
