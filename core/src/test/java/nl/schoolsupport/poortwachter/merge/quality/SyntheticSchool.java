package nl.schoolsupport.poortwachter.merge.quality;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.schoolsupport.poortwachter.merge.matching.MatchAccount;

/**
 * One generated school: the legacy accounts (a school year old, noisy), the accounts imported from Basispoort
 * (now, official spelling) and the ground truth.
 *
 * @param truth         legacy id → imported id of the same person; absent for leavers and test accounts
 * @param phenomena     legacy id → what was done to it
 * @param hardNegatives "legacyId|importedId" pairs that look alike but are different people
 * @param usernames     legacy id → username (for the CSV)
 */
public record SyntheticSchool(String code, List<MatchAccount> legacy, List<MatchAccount> imported, Map<String, String> truth,
        Map<String, Set<Phenomenon>> phenomena, Set<String> hardNegatives, Map<String, String> usernames,
        Map<String, String> eckIds) {
}
