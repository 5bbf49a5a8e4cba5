package nl.schoolsupport.poortwachter.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    @Test
    void delayDoublesAfterTheFreeFailuresThenLocks() {
        ThrottlePolicy p = ThrottlePolicy.PER_ACCOUNT;
        assertThat(p.penaltyAfter(5)).isZero();
        assertThat(p.penaltyAfter(6)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.penaltyAfter(7)).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.penaltyAfter(9)).isEqualTo(Duration.ofSeconds(8));
        assertThat(p.penaltyAfter(10)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void throttleBlocksUntilThePenaltyIsOverAndForgetsAfterSuccess() {
        MutableClock clock = new MutableClock();
        LoginThrottle throttle = new LoginThrottle(clock, 1000);
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("k", ThrottlePolicy.PER_ACCOUNT);
        }
        assertThat(throttle.waitRequired("k")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitRequired("k")).isEmpty();
        throttle.recordSuccess("k");
        throttle.recordFailure("k", ThrottlePolicy.PER_ACCOUNT);
        assertThat(throttle.waitRequired("k")).isEmpty();
    }

    @Test
    void oldFailuresAreForgotten() {
        MutableClock clock = new MutableClock();
        LoginThrottle throttle = new LoginThrottle(clock, 1000);
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("k", ThrottlePolicy.PER_ACCOUNT);
        }
        clock.advance(Duration.ofHours(1));
        throttle.recordFailure("k", ThrottlePolicy.PER_ACCOUNT);
        assertThat(throttle.waitRequired("k")).as("count restarted at 1").isEmpty();
    }

    @Test
    void failuresLeakAwaySoTyposSpreadOverADayNeverAddUp() {
        MutableClock clock = new MutableClock();
        LoginThrottle throttle = new LoginThrottle(clock, 1000);
        for (int i = 0; i < 50; i++) {
            throttle.recordFailure("k", ThrottlePolicy.PER_ACCOUNT);
            clock.advance(ThrottlePolicy.PER_ACCOUNT.leakInterval());
        }
        assertThat(throttle.waitRequired("k")).isEmpty();
    }

    @Test
    void aSchoolBehindOneAddressIsDelayedButNeverLockedOut() {
        MutableClock clock = new MutableClock();
        LoginThrottle throttle = new LoginThrottle(clock, 1000);
        for (int i = 0; i < 5000; i++) {
            throttle.recordFailure("client", ThrottlePolicy.PER_CLIENT);
        }
        assertThat(throttle.waitRequired("client")).hasValueSatisfying(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(10)));
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.waitRequired("client")).isEmpty();
    }

    @Test
    void aFloodOfDistinctKeysStaysBoundedButKeepsLocks() {
        MutableClock clock = new MutableClock();
        LoginThrottle throttle = new LoginThrottle(clock, 100);
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("victim", ThrottlePolicy.PER_ACCOUNT);
        }
        for (int i = 0; i < 1000; i++) {
            throttle.recordFailure("spray-" + i, ThrottlePolicy.PER_ACCOUNT);
        }
        assertThat(throttle.trackedKeys()).isLessThanOrEqualTo(101);
        assertThat(throttle.waitRequired("victim")).isPresent();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-09-01T08:30:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
