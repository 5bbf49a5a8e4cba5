package nl.schoolsupport.poortwachter.notice;

import java.util.List;
import java.util.Objects;

import jakarta.inject.Inject;

/** Built-in source of the editable notices (product updates, maintenance) in the {@link NoticeStore}. */
public final class StoredNoticeSource implements NoticeSource {

    private final NoticeStore store;

    @Inject
    public StoredNoticeSource(NoticeStore store) {
        this.store = Objects.requireNonNull(store);
    }

    @Override
    public String id() {
        return "stored";
    }

    @Override
    public List<Notice> notices(NoticeQuery query) {
        return store.active(query.now(), query.school());
    }
}
