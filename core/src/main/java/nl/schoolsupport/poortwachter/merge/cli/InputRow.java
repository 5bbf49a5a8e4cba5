package nl.schoolsupport.poortwachter.merge.cli;

import nl.schoolsupport.poortwachter.merge.matching.MatchAccount;

/** One validated CSV row: which file, which school, the account, and where it was (for duplicate-id errors). */
record InputRow(boolean legacy, String school, MatchAccount account, long line) {
}
