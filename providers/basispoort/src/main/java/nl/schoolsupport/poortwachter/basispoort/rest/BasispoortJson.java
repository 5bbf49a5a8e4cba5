package nl.schoolsupport.poortwachter.basispoort.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON of Basispoort's institutions service ("Instellingen V2"), field names as Basispoort sends them.
 * Source: the public basispoort-sync-client crate, which tracks the real API (docs/basispoort.md lists what is
 * assumed). Unknown fields are ignored, so additions on Basispoort's side do not break the sync; every field may
 * be missing (null) and the mapping decides what is required.
 */
public final class BasispoortJson {

    private BasispoortJson() {
    }

    /** Lenient reading (unknown fields ignored), dates as ISO text, nulls left out when writing. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** {@code metaResult}: when the data last changed and when this answer was made (UTC). */
    public record MetaResult(String mutationTimestamp, String generationTimestamp) {
    }

    /** {@code GET /rest/v2/instellingen/{id}/details}. */
    public record InstitutionDetails(String naam, String straat, String huisnummer, String huisnummertoevoeging,
            String postcode, String woonplaats, String brincode, String dependancecode, String schoolkey,
            String instellingRef, String bestuurscode, Boolean actief, Long gefuseerdNaar, MetaResult metaResult) {
    }

    public record Group(String lasKey, String naam, String jaargroep, String omschrijving) {
    }

    /** {@code GET /rest/v2/instellingen/{id}/groepen}. */
    public record Groups(List<Group> groepen, List<Group> subgroepen, MetaResult metaResult) {
    }

    /** {@code persoonsgegevens}: {@code voorvoegsel} is the Dutch infix (tussenvoegsel). */
    public record PersonalData(String achternaam, String voornaam, String voorvoegsel, String voorletters) {
    }

    public record Pupil(Long id, String eckid, String lasKey, PersonalData persoonsgegevens, String jaargroep, String groep,
            List<String> subgroepen) {
    }

    /** {@code GET /rest/v2/instellingen/{id}/leerlingen}. */
    public record Pupils(List<Pupil> leerlingen, MetaResult metaResult) {
    }

    /** {@code rollen}: Leerkracht, ICTCoordinator, IBRTer, Stagiair, Inval. */
    public record StaffMember(Long id, String eckid, String lasKey, PersonalData persoonsgegevens, String emailadres,
            LocalDate einddatum, Set<String> rollen, List<String> groepen, List<String> subgroepen) {
    }

    /** {@code GET /rest/v2/instellingen/{id}/staf}. */
    public record Staff(List<StaffMember> medewerkers, MetaResult metaResult) {
    }

    /** {@code GET /rest/v2/instellingen/{id}/uitgever/synchronizationpermission?request-permission=false}. */
    public record SynchronizationPermission(Boolean hasSynchronizationPermission) {
    }
}
