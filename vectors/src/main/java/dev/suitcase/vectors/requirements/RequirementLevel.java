package dev.suitcase.vectors.requirements;

/** The BCP 14 keyword of a normative statement. */
public enum RequirementLevel {
    MUST,
    SHOULD,
    MAY
}
