package nl.schoolsupport.poortwachter.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.error.InvalidInputException;

class PersonNameTest {

    @Test
    void partsAreTrimmedButCaseAndDiacriticsKept() {
        PersonName name = PersonName.of("  Zoë ", null, " Çelik  ");
        assertThat(name.first()).isEqualTo("Zoë");
        assertThat(name.infix()).isEmpty();
        assertThat(name.displayName()).isEqualTo("Zoë Çelik");
    }

    @Test
    void dutchSortNamePutsTheInfixAfterTheFirstName() {
        PersonName daan = PersonName.of("Daan", "van der", "Berg");
        assertThat(daan.displayName()).isEqualTo("Daan van der Berg");
        assertThat(daan.sortName()).isEqualTo("Berg, Daan van der");
    }

    @Test
    void oversizedAndControlCharactersAreRefused() {
        assertThatThrownBy(() -> PersonName.of("a".repeat(201), "", "b")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("first name");
        assertThatThrownBy(() -> PersonName.of("a\u0000b", "", "c")).isInstanceOf(InvalidInputException.class);
    }
}
