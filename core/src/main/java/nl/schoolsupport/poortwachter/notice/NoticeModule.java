package nl.schoolsupport.poortwachter.notice;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

/**
 * Login-page notices on the shipped JDBC store: {@link NoticeService}, {@link ProductUpdateService}, the stores and
 * the two built-in sources (stored notices, licence notices). Needs {@code Database}, {@code Transactions} and a
 * {@code Clock}, i.e. {@code JdbcStoreModule} and {@code PoortwachterModule}. Add own sources with
 * {@link #noticeSources(Binder)}.
 */
public final class NoticeModule extends AbstractModule {

    /** The set of {@link NoticeSource}s, for modules that contribute one. */
    public static Multibinder<NoticeSource> noticeSources(Binder binder) {
        return Multibinder.newSetBinder(binder, NoticeSource.class);
    }

    @Override
    protected void configure() {
        bind(NoticeStore.class).to(JdbcNoticeStore.class).in(Singleton.class);
        bind(SchoolLicenceStore.class).to(JdbcSchoolLicenceStore.class).in(Singleton.class);
        bind(NoticeService.class).in(Singleton.class);
        bind(ProductUpdateService.class).in(Singleton.class);
        Multibinder<NoticeSource> sources = noticeSources(binder());
        sources.addBinding().to(StoredNoticeSource.class);
        sources.addBinding().to(LicenceNoticeSource.class);
    }
}
