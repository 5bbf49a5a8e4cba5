package nl.schoolsupport.poortwachter.notice;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;

import nl.schoolsupport.poortwachter.jdbc.Database;
import nl.schoolsupport.poortwachter.jdbc.Sql;
import nl.schoolsupport.poortwachter.school.SchoolKey;

/** {@link NoticeStore} in table {@code pw_notice} (migration V3). */
public final class JdbcNoticeStore implements NoticeStore {

    private static final String COLUMNS = "notice_id, kind, severity, title_nl, title_en, body_nl, body_en, valid_from, "
            + "valid_until, school_key, retired_at, created_at, updated_at";

    private final Database db;
    private final Clock clock;

    @Inject
    public JdbcNoticeStore(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void create(Notice n) {
        Instant now = clock.instant();
        boolean inserted = db.run("create notice", c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into pw_notice (" + COLUMNS
                    + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, n.id());
                bindContent(ps, 2, n);
                Sql.setInstant(ps, 11, null);
                Sql.setInstant(ps, 12, now);
                Sql.setInstant(ps, 13, now);
                return Sql.insertUnlessDuplicate(c, ps);
            }
        });
        if (!inserted) {
            throw new NoticeException(NoticeErrorCode.DUPLICATE_NOTICE, "notice " + n.id()
                    + " exists already (perhaps retired); update it or choose another id");
        }
    }

    @Override
    public void update(Notice n) {
        Instant now = clock.instant();
        int updated = db.run("update notice", c -> {
            try (PreparedStatement ps = c.prepareStatement("update pw_notice set kind = ?, severity = ?, title_nl = ?, "
                    + "title_en = ?, body_nl = ?, body_en = ?, valid_from = ?, valid_until = ?, school_key = ?, updated_at = ? "
                    + "where notice_id = ? and retired_at is null")) {
                bindContent(ps, 1, n);
                Sql.setInstant(ps, 10, now);
                ps.setString(11, n.id());
                return ps.executeUpdate();
            }
        });
        if (updated != 1) {
            throw new NoticeException(NoticeErrorCode.UNKNOWN_NOTICE, "notice " + n.id()
                    + " is not stored or was retired; create it instead (a retired id cannot be reused)");
        }
    }

    /** Binds kind .. school_key (9 parameters) from {@code first} on. */
    private static void bindContent(PreparedStatement ps, int first, Notice n) throws SQLException {
        ps.setString(first, n.kind().name());
        ps.setString(first + 1, n.severity().name());
        ps.setString(first + 2, n.title().nl());
        ps.setString(first + 3, n.title().en());
        ps.setString(first + 4, n.body().nl());
        ps.setString(first + 5, n.body().en());
        Sql.setInstant(ps, first + 6, n.validFrom());
        Sql.setInstant(ps, first + 7, n.validUntil().orElse(null));
        ps.setString(first + 8, n.school().map(SchoolKey::asText).orElse(null));
    }

    @Override
    public boolean retire(String id, Instant at) {
        return db.run("retire notice", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update pw_notice set retired_at = ?, updated_at = ? where notice_id = ? and retired_at is null")) {
                Sql.setInstant(ps, 1, at);
                Sql.setInstant(ps, 2, clock.instant());
                ps.setString(3, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<StoredNotice> find(String id) {
        return db.run("find notice", c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from pw_notice where notice_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<StoredNotice>empty();
                }
            }
        });
    }

    @Override
    public List<StoredNotice> all() {
        return db.run("list notices", c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                    + " from pw_notice order by valid_from desc, notice_id")) {
                return readAll(ps);
            }
        });
    }

    @Override
    public List<Notice> active(Instant now, Optional<SchoolKey> school) {
        return db.run("list active notices", c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from pw_notice where retired_at is null "
                    + "and valid_from <= ? and (valid_until is null or valid_until > ?) "
                    + "and (school_key is null or school_key = ?) order by valid_from desc, notice_id")) {
                Sql.setInstant(ps, 1, now);
                Sql.setInstant(ps, 2, now);
                ps.setString(3, school.map(SchoolKey::asText).orElse(null));
                return readAll(ps).stream().map(StoredNotice::notice).toList();
            }
        });
    }

    private static List<StoredNotice> readAll(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<StoredNotice> result = new ArrayList<>();
            while (rs.next()) {
                result.add(read(rs));
            }
            return List.copyOf(result);
        }
    }

    private static StoredNotice read(ResultSet rs) throws SQLException {
        String school = rs.getString("school_key");
        Notice notice = new Notice(rs.getString("notice_id"), NoticeKind.valueOf(rs.getString("kind")),
                NoticeSeverity.valueOf(rs.getString("severity")),
                LocalizedText.of(rs.getString("title_nl"), rs.getString("title_en")),
                LocalizedText.of(rs.getString("body_nl"), rs.getString("body_en")),
                Sql.getInstant(rs, "valid_from"), Optional.ofNullable(Sql.getInstant(rs, "valid_until")),
                Optional.ofNullable(school).map(SchoolKey::parse));
        return new StoredNotice(notice, Optional.ofNullable(Sql.getInstant(rs, "retired_at")), Sql.getInstant(rs, "created_at"),
                Sql.getInstant(rs, "updated_at"));
    }
}
