package nl.schoolsupport.poortwachter.merge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolsupport.poortwachter.account.PersonName;
import nl.schoolsupport.poortwachter.account.Role;

/** One test per name phenomenon and per hard negative; names are rare unless a test is about common names. */
class MatchingEngineTest {

    private final MatchingEngine engine = new MatchingEngine();

    private static MatchAccount pupil(String id, String first, String infix, String last, String group) {
        return MatchAccount.of(id, Role.PUPIL, PersonName.of(first, infix, last), group);
    }

    private static MatchAccount teacher(String id, String first, String infix, String last) {
        return MatchAccount.of(id, Role.TEACHER, PersonName.of(first, infix, last), null);
    }

    /** A school around the pair: a few unrelated pupils on both sides, so the block is not trivially small. */
    private SchoolMatch school(List<MatchAccount> legacy, List<MatchAccount> imported) {
        List<MatchAccount> l = new ArrayList<>(legacy);
        List<MatchAccount> i = new ArrayList<>(imported);
        String[][] others = {{"Hidde", "Westerbroek", "3"}, {"Pien", "Molenkamp", "6"}, {"Ravi", "Sluiswijk", "7"},
            {"Marit", "Hofstede", "2"}};
        for (String[] o : others) {
            l.add(pupil("LO-" + o[0], o[0], "", o[1], "groep " + o[2]));
            i.add(pupil("IO-" + o[0], o[0], "", o[1], "groep " + (Integer.parseInt(o[2]) + 1)));
        }
        return engine.match(l, i);
    }

    private SchoolMatch pair(MatchAccount legacy, MatchAccount imported) {
        return school(List.of(legacy), List.of(imported));
    }

    private static MatchDecision only(SchoolMatch m, String legacyId) {
        List<MatchDecision> rows = m.decisions().stream().filter(d -> d.legacyId().equals(legacyId)).toList();
        assertThat(rows).as("decisions of " + legacyId).isNotEmpty();
        return rows.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            case and whitespace        |  '  WESSEL '      |            | ' hoogeveen  '        | Wessel   |         | Hoogeveen
            diacritics lost            | Chloe             |            | Brinkhorst            | Chloë    |         | Brinkhorst
            diacritics added           | Noë               |            | Brinkhörst            | Noe      |         | Brinkhorst
            Turkish dotless i          | Ilayda            |            | Yildirimoglu          | İlayda   |         | Yıldırımoğlu
            infix in last name         | Jorik             |            | van der Steenhoven    | Jorik    | van der | Steenhoven
            infix after a comma        | Jorik             |            | 'Steenhoven, van der' | Jorik    | van der | Steenhoven
            infix capitalised          | Jorik             | Van Der    | Steenhoven            | Jorik    | van der | Steenhoven
            infix glued                | Jorik             |            | Vandersteenhoven      | Jorik    | van der | Steenhoven
            infix dropped              | Jorik             |            | Steenhoven            | Jorik    | van der | Steenhoven
            infix in first-name field  | Jorik van der     |            | Steenhoven            | Jorik    | van der | Steenhoven
            ij and y                   | Fenne             |            | Wynbergen             | Fenne    |         | Wijnbergen
            nickname Liv               | Liv               |            | Brinkhorst            | Olivia   |         | Brinkhorst
            nickname Joost             | Joost             |            | Hazewinkel            | Johannes |         | Hazewinkel
            nickname Fie               | Fie               |            | Molenaarsveld         | Sophie   |         | Molenaarsveld
            spelling Mohammed          | Mohammed          |            | Ouarrakki             | Mohamed  |         | Ouarrakki
            spelling Oemer             | Oemer             |            | Kayalioglu            | Ömer     |         | Kayalıoğlu
            El glued                   | Yasmina           |            | Elouarrak             | Yasmina  |         | El Ouarrak
            El dropped                 | Yasmina           |            | Ouarrak               | Yasmina  |         | El Ouarrak
            El glued and dropped       | Yasmina           |            | Elouarrak             | Yasmina  |         | Ouarrak
            first and last swapped     | Brinkhorst        |            | Chloë                 | Chloë    |         | Brinkhorst
            """)
    void equivalentSpellingsOfARareNameMergeAutomatically(String phenomenon, String lf, String li, String ll, String f, String i,
            String l) {
        SchoolMatch m = pair(pupil("L", lf, li, ll, "groep 4a"), pupil("B", f, i, l, "groep 5b"));
        MatchDecision d = only(m, "L");
        assertThat(d.decision()).as(phenomenon).isEqualTo(MatchDecision.Decision.AUTO);
        assertThat(d.importedId()).isEqualTo("B");
        assertThat(d.rule()).isEqualTo(MatchRule.UNIQUE_NAME);
        assertThat(m.decisions().stream().filter(x -> x.legacyId().equals("L"))).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            typo in surname            | Jorik   |  | Steenhovem       | Jorik     | van der | Steenhoven      | NAME_ONLY_SIMILAR
            typo in first name         | Jorrik  |  | Steenhoven       | Jorik     |         | Steenhoven      | NAME_ONLY_SIMILAR
            double surname shortened   | Fenne   |  | Brinkhorst       | Fenne     |         | Brinkhorst-Wolters | NAME_ONLY_SIMILAR
            """)
    void resemblancesAreSuggestedFirstButNotMerged(String phenomenon, String lf, String li, String ll, String f, String i, String l,
            HoldReason reason) {
        SchoolMatch m = pair(pupil("L", lf, li, ll, "groep 4"), pupil("B", f, i, l, "groep 5"));
        MatchDecision d = only(m, "L");
        assertThat(d.decision()).as(phenomenon).isEqualTo(MatchDecision.Decision.SUGGEST);
        assertThat(d.importedId()).isEqualTo("B");
        assertThat(d.rank()).isEqualTo(1);
        assertThat(d.score()).isGreaterThan(0.8);
        assertThat(m.held().get("L")).isEqualTo(reason);
    }

    @Test
    void teacherNamedByTitleIsSuggestedByFirstName() {
        SchoolMatch m = engine.match(List.of(teacher("L", "Juf", "", "Marieke")),
                List.of(teacher("B", "Marieke", "de", "Boer"), teacher("C", "Anouk", "", "Smit"), teacher("D", "Bram", "", "Mares")));
        MatchDecision d = only(m, "L");
        assertThat(d.decision()).isEqualTo(MatchDecision.Decision.SUGGEST);
        assertThat(d.importedId()).isEqualTo("B");
        assertThat(m.held().get("L")).isEqualTo(HoldReason.NO_SURNAME);
    }

    @Test
    void groepEightLeaversAndMismatchingGroupsWaitForTheCoordinator() {
        SchoolMatch left = pair(pupil("L", "Jorik", "", "Steenhoven", "groep 8"), pupil("B", "Jorik", "", "Steenhoven", "groep 8"));
        assertThat(only(left, "L").decision()).isEqualTo(MatchDecision.Decision.SUGGEST);
        assertThat(left.held().get("L")).isEqualTo(HoldReason.EXPECTED_LEFT);

        SchoolMatch down = pair(pupil("L", "Jorik", "", "Steenhoven", "groep 6"), pupil("B", "Jorik", "", "Steenhoven", "groep 3"));
        assertThat(only(down, "L").decision()).isEqualTo(MatchDecision.Decision.SUGGEST);
        assertThat(only(down, "L").score()).isLessThan(0.8);
        assertThat(down.held().get("L")).isEqualTo(HoldReason.GROUP_MISMATCH);

        SchoolMatch repeated = pair(pupil("L", "Jorik", "", "Steenhoven", "groep 6a"), pupil("B", "Jorik", "", "Steenhoven", "6B"));
        assertThat(only(repeated, "L").decision()).as("a rare name repeating a year").isEqualTo(MatchDecision.Decision.AUTO);

        SchoolMatch gone = pair(pupil("L", "Sietse", "", "Kloosterboer", "groep 8"), pupil("B", "Jorik", "", "Steenhoven", "groep 3"));
        assertThat(gone.held().get("L")).isEqualTo(HoldReason.EXPECTED_LEFT);
        assertThat(gone.decisions().stream().filter(d -> d.legacyId().equals("L"))).isEmpty();
    }

    @Test
    void testAccountsAndDuplicatesAreNeverMergedAutomatically() {
        SchoolMatch test = pair(pupil("L", "Test", "", "Leerling", "groep 4"), pupil("B", "Test", "", "Leerling", "groep 5"));
        assertThat(test.held().get("L")).isEqualTo(HoldReason.TEST_ACCOUNT);
        assertThat(test.automatic()).noneMatch(d -> d.legacyId().equals("L"));

        SchoolMatch duplicate = school(List.of(pupil("L1", "Jorik", "", "Steenhoven", "groep 4"),
                pupil("L2", "jorik", "", "steenhoven", "4")), List.of(pupil("B", "Jorik", "", "Steenhoven", "groep 5")));
        assertThat(duplicate.held()).containsEntry("L1", HoldReason.AMBIGUOUS).containsEntry("L2", HoldReason.AMBIGUOUS);
        assertThat(only(duplicate, "L1").importedId()).isEqualTo("B");
        assertThat(only(duplicate, "L2").importedId()).isEqualTo("B");
    }

    @Test
    void twinsWithSimilarNamesAreLeftToTheCoordinatorButRankedRight() {
        SchoolMatch m = school(List.of(pupil("L-Tim", "Tim", "", "Kuiperink", "groep 2"), pupil("L-Tom", "Tom", "", "Kuiperink", "groep 2")),
                List.of(pupil("B-Tim", "Tim", "", "Kuiperink", "groep 3"), pupil("B-Tom", "Tom", "", "Kuiperink", "groep 3")));
        assertThat(m.automatic()).noneMatch(d -> d.legacyId().equals("L-Tim") || d.legacyId().equals("L-Tom"));
        assertThat(only(m, "L-Tim").importedId()).isEqualTo("B-Tim");
        assertThat(only(m, "L-Tom").importedId()).isEqualTo("B-Tom");
    }

    @Test
    void siblingsAndTwinsWithDifferentNamesEachGoToTheirOwnAccount() {
        SchoolMatch m = school(List.of(pupil("LD", "Jorik", "", "Wolffenbuttel", "groep 4"),
                pupil("LS", "Sietse", "", "Wolffenbuttel", "groep 4"), pupil("LB", "Marijn", "", "Wolffenbuttel", "groep 7")),
                List.of(pupil("BD", "Jorik", "", "Wolffenbuttel", "groep 5"), pupil("BS", "Sietse", "", "Wolffenbuttel", "groep 5"),
                        pupil("BB", "Marijn", "", "Wolffenbuttel", "groep 8")));
        assertThat(m.automatic()).extracting(d -> d.legacyId() + ">" + d.importedId()).contains("LD>BD", "LS>BS", "LB>BB");
    }

    @Test
    void theSameFullNameTwiceInASchoolIsNeverMergedAutomatically() {
        SchoolMatch m = school(List.of(pupil("L1", "Jorik", "", "Steenhoven", "groep 3"), pupil("L2", "Jorik", "", "Steenhoven", "groep 6")),
                List.of(pupil("B1", "Jorik", "", "Steenhoven", "groep 4"), pupil("B2", "Jorik", "", "Steenhoven", "groep 7")));
        assertThat(m.automatic()).noneMatch(d -> d.legacyId().equals("L1") || d.legacyId().equals("L2"));
        assertThat(only(m, "L1").importedId()).as("the group still ranks the likelier one first").isEqualTo("B1");
        assertThat(only(m, "L2").importedId()).isEqualTo("B2");
    }

    @Test
    void aCommonNameThatMayBeANewcomerIsLeftToTheCoordinator() {
        // a pupil who left and a newcomer called the same: indistinguishable by name and group
        SchoolMatch m = pair(pupil("L", "Emma", "de", "Jong", "groep 4"), pupil("B", "Emma", "de", "Jong", "groep 5"));
        assertThat(only(m, "L").decision()).isEqualTo(MatchDecision.Decision.SUGGEST);
        assertThat(m.held().get("L")).isEqualTo(HoldReason.COMMON_NAME);
        SchoolMatch local = school(List.of(pupil("L", "Hiba", "", "Ouarrakki", "groep 4")), Arrays.asList(
                pupil("B", "Hiba", "", "Ouarrakki", "groep 5"), pupil("B2", "Hiba", "", "Bakkali", "groep 2"),
                pupil("B3", "Hiba", "", "Ziani", "groep 7"), pupil("B4", "Hiba", "", "Tahiri", "groep 1/2")));
        assertThat(local.held().get("L")).as("a first name frequent in this school").isEqualTo(HoldReason.COMMON_NAME);
    }

    @Test
    void eckIdDecidesBeforeNamesAndTwoDifferentEckIdsNeverPair() {
        MatchAccount old = pupil("L", "Daan", "", "Jansen", "groep 4").withEckKey("eck-1");
        SchoolMatch m = school(List.of(old), List.of(pupil("B", "Daniel", "", "Janssen-Mulder", "groep 5").withEckKey("eck-1"),
                pupil("C", "Daan", "", "Jansen", "groep 5").withEckKey("eck-2")));
        MatchDecision d = only(m, "L");
        assertThat(d.decision()).isEqualTo(MatchDecision.Decision.AUTO);
        assertThat(d.rule()).isEqualTo(MatchRule.ECK_ID);
        assertThat(d.importedId()).isEqualTo("B");
        assertThat(d.score()).isEqualTo(1.0);

        SchoolMatch other = pair(pupil("L", "Jorik", "", "Steenhoven", "groep 4").withEckKey("eck-7"),
                pupil("B", "Jorik", "", "Steenhoven", "groep 5").withEckKey("eck-8"));
        assertThat(other.decisions()).noneMatch(x -> x.legacyId().equals("L"));
    }

    @Test
    void pupilsAndTeachersAreNeverMatchedToEachOther() {
        SchoolMatch m = engine.match(List.of(teacher("L", "Jorik", "", "Steenhoven")),
                List.of(pupil("B", "Jorik", "", "Steenhoven", "groep 5")));
        assertThat(m.decisions()).isEmpty();
        assertThat(engine.pairScore(teacher("L", "Jorik", "", "Steenhoven"), pupil("B", "Jorik", "", "Steenhoven", "5"))).isZero();
    }

    @Test
    void atMostThreeSuggestionsBestFirst() {
        List<MatchAccount> imported = new ArrayList<>();
        for (String first : new String[] {"Jorik", "Joris", "Jorim", "Jorn", "Jorian"}) {
            imported.add(pupil("B-" + first, first, "", "Steenhoven", "groep 5"));
        }
        SchoolMatch m = school(List.of(pupil("L", "Jorrik", "", "Steenhoven", "groep 4")), imported);
        List<MatchDecision> rows = m.suggestionsFor("L");
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(MatchDecision::rank).containsExactly(1, 2, 3);
        assertThat(rows).extracting(MatchDecision::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(rows.get(0).importedId()).isEqualTo("B-Jorik");
    }
}
