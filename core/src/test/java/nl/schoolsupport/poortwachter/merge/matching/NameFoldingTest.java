package nl.schoolsupport.poortwachter.merge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.PersonName;

class NameFoldingTest {

    @Test
    void foldsCaseWhitespaceDiacriticsAndIjButKeepsLetters() {
        assertThat(NameFolding.fold("  ZOË  ")).isEqualTo("zoe");
        assertThat(NameFolding.fold("Yılmaz")).isEqualTo(NameFolding.fold("Yilmaz")).isEqualTo("yilmaz");
        assertThat(NameFolding.fold("İlayda Öztürk")).isEqualTo("ilayda ozturk");
        assertThat(NameFolding.fold("Çağla Şahin")).isEqualTo("cagla sahin");
        assertThat(NameFolding.fold("Søren Groß")).isEqualTo("soren gross");
        assertThat(NameFolding.fold("Meijer")).isEqualTo(NameFolding.fold("Meyer"));
        assertThat(NameFolding.fold("Dijk")).isEqualTo(NameFolding.fold("DYK"));
        assertThat(NameFolding.fold("'t Hart")).isEqualTo("t hart");
        assertThat(NameFolding.fold("Jansen-van Dijk")).isEqualTo("jansen van dyk");
        assertThat(NameFolding.fold("Loïs")).isEqualTo("lois");
        assertThat(NameFolding.fold(null)).isEmpty();
    }

    @Test
    void parsesTussenvoegselsWhereverTheyWereTyped() {
        ParsedName official = ParsedName.parse(PersonName.of("Daan", "van den", "Berg"));
        for (PersonName written : new PersonName[] {PersonName.of("Daan", "", "van den Berg"), PersonName.of("Daan", "", "Berg, van den"),
            PersonName.of("Daan", "Van Den", "Berg"), PersonName.of("Daan", "", "Vandenberg"), PersonName.of("Daan van den", "", "Berg"),
            PersonName.of("", "", "Berg, Daan van den")}) {
            ParsedName p = ParsedName.parse(written);
            assertThat(p.given()).as(written.toString()).isEqualTo("daan");
            assertThat(p.surnameCompact()).as(written.toString()).isEqualTo(official.surnameCompact());
        }
        assertThat(official.surnameCore()).isEqualTo("berg");
        assertThat(ParsedName.parse(PersonName.of("Daan", "", "Vandenberg")).deglued()).isEqualTo("berg");
        assertThat(ParsedName.parse(PersonName.of("Amira", "", "Elamrani")).deglued()).isEqualTo("amrani");
        assertThat(ParsedName.parse(PersonName.of("Sara", "", "Jansen van Dijk")).coreTokens()).containsExactly("jansen", "dyk");
    }

    @Test
    void titlesAndTestAccountsAreRecognised() {
        ParsedName juf = ParsedName.parse(PersonName.of("Juf", "", "Marieke"));
        assertThat(juf.titled()).isTrue();
        assertThat(juf.given()).isEqualTo("marieke");
        assertThat(juf.hasSurname()).isFalse();
        assertThat(ParsedName.parse(PersonName.of("Meester Bram", "", "")).given()).isEqualTo("bram");
        assertThat(ParsedName.parse(PersonName.of("Juf Anouk", "", "de Vries")).surnameCore()).isEqualTo("vries");
        assertThat(ParsedName.parse(PersonName.of("Test", "", "Leerling")).testLike()).isTrue();
        assertThat(ParsedName.parse(PersonName.of("Leerling", "", "12")).testLike()).isTrue();
        assertThat(ParsedName.parse(PersonName.of("Daan", "", "Testerink")).testLike()).isFalse();
    }

    @Test
    void groupsAreReadLeniently() {
        assertThat(GroupYears.parse("groep 5b")).contains(new GroupYears(5, 5));
        assertThat(GroupYears.parse("5B")).contains(new GroupYears(5, 5));
        assertThat(GroupYears.parse("Groep 1/2 A")).contains(new GroupYears(1, 2));
        assertThat(GroupYears.parse("combinatiegroep 4-5")).contains(new GroupYears(4, 5));
        assertThat(GroupYears.parse("kleuters")).contains(new GroupYears(1, 2));
        assertThat(GroupYears.parse("onbekend")).isEmpty();
        assertThat(GroupYears.fit(GroupYears.parse("groep 4a"), GroupYears.parse("groep 5b"))).isEqualTo(GroupYears.GroupFit.EXPECTED);
        assertThat(GroupYears.fit(GroupYears.parse("4"), GroupYears.parse("4"))).isEqualTo(GroupYears.GroupFit.REPEATED_OR_SKIPPED);
        assertThat(GroupYears.fit(GroupYears.parse("4"), GroupYears.parse("6"))).isEqualTo(GroupYears.GroupFit.REPEATED_OR_SKIPPED);
        assertThat(GroupYears.fit(GroupYears.parse("6"), GroupYears.parse("3"))).isEqualTo(GroupYears.GroupFit.INCOMPATIBLE);
        assertThat(GroupYears.fit(GroupYears.parse("1/2"), GroupYears.parse("groep 3"))).isEqualTo(GroupYears.GroupFit.EXPECTED);
        assertThat(GroupYears.fit(GroupYears.parse(""), GroupYears.parse("groep 3"))).isEqualTo(GroupYears.GroupFit.UNKNOWN);
    }
}
