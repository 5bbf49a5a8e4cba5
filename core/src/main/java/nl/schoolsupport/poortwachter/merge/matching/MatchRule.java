package nl.schoolsupport.poortwachter.merge.matching;

/** The evidence a decision rests on, strongest first; stored in the merge audit record. */
public enum MatchRule {
    /** Both accounts carry the same ECK iD. */
    ECK_ID,
    /** Both accounts carry the same identity at a provider. */
    PROVIDER_IDENTITY,
    /** The same name (after normalisation) on one account on each side, with a compatible group. */
    UNIQUE_NAME,
    /** Names look alike: a suggestion for the coordinator. */
    NAME_SIMILARITY,
    /** Chosen by the ICT coordinator. */
    MANUAL
}
