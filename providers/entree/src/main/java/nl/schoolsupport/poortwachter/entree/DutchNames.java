package nl.schoolsupport.poortwachter.entree;

import java.util.List;

import nl.schoolsupport.poortwachter.account.PersonName;

/**
 * Entree's {@code sn} usually carries the tussenvoegsel ("van der Berg"); Dutch school lists sort on the part
 * after it. When no separate tussenvoegsel attribute came, a leading lower-case tussenvoegsel is split off.
 * Capitalised prefixes ("Van Dijk" as a Belgian surname) and anything unknown stay in the surname.
 */
final class DutchNames {

    /** Longest first, so "van der" wins over "van". */
    private static final List<String> INFIXES = List.of(
            "van de la", "van der", "van den", "van de", "van het", "van 't", "in het", "in 't", "in de", "in den",
            "op het", "op 't", "op de", "op den", "uit het", "uit de", "uit den", "aan het", "aan de", "aan den",
            "bij het", "bij de", "voor de", "voor den", "onder de", "over de", "de la", "de le", "de los", "van", "von",
            "de", "den", "der", "des", "het", "'t", "te", "ten", "ter", "la", "le", "du", "da", "di", "del", "dos", "d'", "l'");

    private DutchNames() {
    }

    static PersonName of(String first, String infix, String surname) {
        if (!infix.isBlank() || surname.isBlank()) {
            return PersonName.of(first, infix, surname);
        }
        String cleaned = surname.strip().replaceAll("\\s+", " ");
        for (String candidate : INFIXES) {
            boolean apostrophe = candidate.endsWith("'");
            String prefix = apostrophe ? candidate : candidate + " ";
            if (cleaned.startsWith(prefix) && cleaned.length() > prefix.length()) {
                return PersonName.of(first, candidate, cleaned.substring(prefix.length()).strip());
            }
        }
        return PersonName.of(first, "", cleaned);
    }
}
