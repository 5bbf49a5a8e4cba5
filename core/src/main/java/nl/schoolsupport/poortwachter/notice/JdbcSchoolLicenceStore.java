package nl.schoolsupport.poortwachter.notice;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.jdbc.Sql;
import nl.schoolsupport.poortwachter.school.ContactPerson;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/** {@link SchoolLicenceStore} in table {@code pw_school_licence} (migration V3). */
public final class JdbcSchoolLicenceStore implements SchoolLicenceStore {

    private static final String COLUMNS = "school_key, school_name, product, product_name, status, valid_until, auto_renewal, "
            + "cancel_before, contact_name, contact_email, observed_at";

    private final Database db;

    @Inject
    public JdbcSchoolLicenceStore(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    @Override
    public void save(SchoolLicence licence) {
        db.run("save school licence", c -> {
            if (updateIfNotNewer(c, licence) == 1) {
                return null;
            }
            try (PreparedStatement insert = c.prepareStatement("insert into pw_school_licence (" + COLUMNS
                    + ") values (?,?,?,?,?,?,?,?,?,?,?)")) {
                bind(insert, licence);
                if (!Sql.insertUnlessDuplicate(c, insert)) {
                    // inserted meanwhile by another login of the same school: the newer observation wins
                    updateIfNotNewer(c, licence);
                }
            }
            return null;
        });
    }

    private static int updateIfNotNewer(Connection c, SchoolLicence licence) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update pw_school_licence set school_name = ?, product_name = ?, "
                + "status = ?, valid_until = ?, auto_renewal = ?, cancel_before = ?, contact_name = ?, contact_email = ?, "
                + "observed_at = ? where school_key = ? and product = ? and observed_at <= ?")) {
            update.setString(1, licence.schoolName());
            update.setString(2, licence.productName());
            update.setString(3, licence.status().name());
            update.setDate(4, Date.valueOf(licence.validUntil()));
            update.setBoolean(5, licence.autoRenewal());
            update.setDate(6, licence.cancelBefore().map(Date::valueOf).orElse(null));
            update.setString(7, licence.contact().map(ContactPerson::name).orElse(null));
            update.setString(8, licence.contact().flatMap(ContactPerson::email).orElse(null));
            Sql.setInstant(update, 9, licence.observedAt());
            update.setString(10, licence.school().asText());
            update.setString(11, licence.product());
            Sql.setInstant(update, 12, licence.observedAt());
            return update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, SchoolLicence licence) throws SQLException {
        ps.setString(1, licence.school().asText());
        ps.setString(2, licence.schoolName());
        ps.setString(3, licence.product());
        ps.setString(4, licence.productName());
        ps.setString(5, licence.status().name());
        ps.setDate(6, Date.valueOf(licence.validUntil()));
        ps.setBoolean(7, licence.autoRenewal());
        ps.setDate(8, licence.cancelBefore().map(Date::valueOf).orElse(null));
        ps.setString(9, licence.contact().map(ContactPerson::name).orElse(null));
        ps.setString(10, licence.contact().flatMap(ContactPerson::email).orElse(null));
        Sql.setInstant(ps, 11, licence.observedAt());
    }

    @Override
    public Optional<SchoolLicence> find(SchoolKey school, String product) {
        return db.run("find school licence", c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                    + " from pw_school_licence where school_key = ? and product = ?")) {
                ps.setString(1, school.asText());
                ps.setString(2, product);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<SchoolLicence>empty();
                }
            }
        });
    }

    @Override
    public List<SchoolLicence> ofSchool(SchoolKey school) {
        return db.run("list school licences", c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                    + " from pw_school_licence where school_key = ? order by product")) {
                ps.setString(1, school.asText());
                try (ResultSet rs = ps.executeQuery()) {
                    List<SchoolLicence> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(read(rs));
                    }
                    return List.copyOf(result);
                }
            }
        });
    }

    @Override
    public List<RenewalDeadline> renewalDeadlines(LocalDate from, LocalDate to) {
        return db.run("list renewal deadlines", c -> {
            try (PreparedStatement ps = c.prepareStatement("select product, min(product_name), cancel_before "
                    + "from pw_school_licence where auto_renewal = ? and status in (?, ?) "
                    + "and cancel_before >= ? and cancel_before <= ? "
                    + "group by product, cancel_before order by cancel_before, product")) {
                ps.setBoolean(1, true);
                ps.setString(2, LicenceStatus.ACTIVE.name());
                ps.setString(3, LicenceStatus.TRIAL.name());
                ps.setDate(4, Date.valueOf(from));
                ps.setDate(5, Date.valueOf(to));
                try (ResultSet rs = ps.executeQuery()) {
                    List<RenewalDeadline> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(new RenewalDeadline(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate()));
                    }
                    return List.copyOf(result);
                }
            }
        });
    }

    private static SchoolLicence read(ResultSet rs) throws SQLException {
        String contactName = rs.getString("contact_name");
        String contactEmail = rs.getString("contact_email");
        Date cancelBefore = rs.getDate("cancel_before");
        return new SchoolLicence(SchoolKey.parse(rs.getString("school_key")), rs.getString("school_name"),
                rs.getString("product"), rs.getString("product_name"), LicenceStatus.valueOf(rs.getString("status")),
                rs.getDate("valid_until").toLocalDate(), rs.getBoolean("auto_renewal"),
                Optional.ofNullable(cancelBefore).map(Date::toLocalDate),
                Optional.ofNullable(contactName).map(n -> ContactPerson.of(n, contactEmail)),
                Sql.getInstant(rs, "observed_at"));
    }
}
