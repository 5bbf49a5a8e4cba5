package nl.schoolsupport.poortwachter.notice;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.store.Transactions;

/**
 * Editing the stored notices (product updates, maintenance) for an admin screen or a deploy step: create,
 * update, retire, list, and import a {@link NoticeFile}. Every change shows on this node's login page at once.
 */
public final class ProductUpdateService {

    private static final Logger LOG = LoggerFactory.getLogger(ProductUpdateService.class);

    private final NoticeStore store;
    private final Transactions transactions;
    private final NoticeService notices;
    private final Clock clock;

    @Inject
    public ProductUpdateService(NoticeStore store, Transactions transactions, NoticeService notices, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.transactions = Objects.requireNonNull(transactions);
        this.notices = Objects.requireNonNull(notices);
        this.clock = Objects.requireNonNull(clock);
    }

    /** @throws NoticeException DUPLICATE_NOTICE when the id exists */
    public Notice create(Notice notice) {
        store.create(notice);
        notices.invalidate();
        LOG.info("Notice {} created ({}, {})", notice.id(), notice.kind(), notice.severity());
        return notice;
    }

    /** @throws NoticeException UNKNOWN_NOTICE when the id is not stored or retired */
    public Notice update(Notice notice) {
        store.update(notice);
        notices.invalidate();
        LOG.info("Notice {} updated", notice.id());
        return notice;
    }

    /** Takes a notice off every page for good. @throws NoticeException UNKNOWN_NOTICE when not stored or retired */
    public void retire(String id) {
        if (!store.retire(id, clock.instant())) {
            throw new NoticeException(NoticeErrorCode.UNKNOWN_NOTICE, "notice " + id + " is not stored or already retired");
        }
        notices.invalidate();
        LOG.info("Notice {} retired", id);
    }

    public Optional<StoredNotice> find(String id) {
        return store.find(id);
    }

    /** Every stored notice, retired ones included. */
    public List<StoredNotice> list() {
        return store.all();
    }

    /** Reads and imports a notice file; see {@link #importNotices}. */
    public ImportResult importFile(Path file) {
        ImportResult result = importNotices(NoticeFile.read(file));
        LOG.info("Notice file {} imported: {}", file.getFileName(), result);
        return result;
    }

    /**
     * Creates new notices and updates changed ones, in one transaction; importing the same notices again changes
     * nothing. Retired notices stay retired (an admin took them down on purpose): give a notice a new id to
     * publish it again.
     */
    public ImportResult importNotices(List<Notice> imported) {
        ImportResult result = transactions.inTransaction(() -> {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int retired = 0;
            for (Notice notice : imported) {
                Optional<StoredNotice> existing = store.find(notice.id());
                if (existing.isEmpty()) {
                    store.create(notice);
                    created++;
                } else if (existing.get().isRetired()) {
                    retired++;
                } else if (existing.get().notice().equals(notice)) {
                    unchanged++;
                } else {
                    store.update(notice);
                    updated++;
                }
            }
            return new ImportResult(created, updated, unchanged, retired);
        });
        notices.invalidate();
        return result;
    }

    /** What an import did. {@code skippedRetired}: ids in the file that were retired and left alone. */
    public record ImportResult(int created, int updated, int unchanged, int skippedRetired) {
    }
}
