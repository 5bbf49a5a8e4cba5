package nl.schoolsupport.poortwachter.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.schoolsupport.poortwachter.school.SchoolKey;

/**
 * Collects the active notices of every {@link NoticeSource}: for the login page (everyone, plus the school the
 * browser remembered) and for a teacher's home page (their school). Most severe first, then newest.
 *
 * <p>The login page is the most visited page of a school product (a whole class logs in at 9:00), so answers
 * are cached for a short time per audience; {@link ProductUpdateService} clears the cache on every change on
 * this node, other nodes catch up within the time to live. A failing source is skipped, never fatal.
 */
public final class NoticeService {

    /** Default time to live of cached answers. */
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(NoticeService.class);
    private static final int MAX_CACHED_AUDIENCES = 10_000;
    private static final Comparator<Notice> ORDER = Comparator.comparing(Notice::severity).reversed()
            .thenComparing(Comparator.comparing(Notice::validFrom).reversed())
            .thenComparing(Notice::id);

    private final List<NoticeSource> sources;
    private final Clock clock;
    private final Duration cacheTtl;
    private final Map<Optional<SchoolKey>, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    public NoticeService(Set<NoticeSource> sources, Clock clock) {
        this(sources, clock, DEFAULT_CACHE_TTL);
    }

    public NoticeService(Set<NoticeSource> sources, Clock clock, Duration cacheTtl) {
        this.sources = sources.stream().sorted(Comparator.comparing(NoticeSource::id)).toList();
        this.clock = Objects.requireNonNull(clock);
        this.cacheTtl = Objects.requireNonNull(cacheTtl);
    }

    /**
     * Notices for the login page.
     *
     * @param rememberedSchool the school of the last login in this browser, if the web layer keeps it
     */
    public List<Notice> forLoginPage(Optional<SchoolKey> rememberedSchool) {
        return active(rememberedSchool);
    }

    /** Notices for a page of one school (the teacher home page): the general ones and the school's own. */
    public List<Notice> forSchool(SchoolKey school) {
        return active(Optional.of(school));
    }

    /** Forgets cached answers, so a change shows at once on this node. */
    public void invalidate() {
        cache.clear();
    }

    private List<Notice> active(Optional<SchoolKey> audience) {
        Instant now = clock.instant();
        Cached cached = cache.get(audience);
        if (cached == null || !now.isBefore(cached.expiresAt())) {
            cached = new Cached(collect(new NoticeQuery(now, audience)), now.plus(cacheTtl));
            if (cache.size() >= MAX_CACHED_AUDIENCES) {
                cache.clear();
            }
            cache.put(audience, cached);
        }
        // a cached notice may have ended since it was collected
        return cached.notices().stream().filter(n -> n.isActiveAt(now)).toList();
    }

    private List<Notice> collect(NoticeQuery query) {
        Map<String, Notice> byId = new LinkedHashMap<>();
        for (NoticeSource source : sources) {
            List<Notice> found;
            try {
                found = source.notices(query);
            } catch (RuntimeException e) {
                LOG.warn("Notice source '{}' failed, its notices are left out: {}", source.id(), e.toString());
                continue;
            }
            for (Notice n : found) {
                if (n.isActiveAt(query.now()) && n.isFor(query.school())) {
                    byId.putIfAbsent(n.id(), n);
                }
            }
        }
        List<Notice> result = new ArrayList<>(byId.values());
        result.sort(ORDER);
        return List.copyOf(result);
    }

    private record Cached(List<Notice> notices, Instant expiresAt) {
    }
}
