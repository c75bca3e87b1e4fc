package org.cirm.servicerequest.internal.intake;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cirm.servicerequest.TooManyAttemptsException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after five failed look-ups within fifteen minutes, by one client
 * or for one code, further look-ups are refused for the rest of the window, on every
 * node.
 */
@Component
class TrackingLimiter {

	static final int FAILURES = 5;

	private static final Duration WINDOW = TooManyAttemptsException.WINDOW;

	private final JdbcClient jdbc;

	TrackingLimiter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether any of these (a client, a code) failed too often: one query for all. */
	boolean blocked(String... subjects) {
		return !this.jdbc
			.sql("select count(*) from tracking_failure where subject in (:subjects) and failed_at > :since"
					+ " group by subject having count(*) >= :failures")
			.param("subjects", List.of(subjects))
			.param("since", Timestamp.from(Instant.now().minus(WINDOW)))
			.param("failures", FAILURES)
			.query(Integer.class)
			.list()
			.isEmpty();
	}

	void failed(String subject) {
		this.jdbc.sql("insert into tracking_failure (subject, failed_at) values (?, ?)")
			.params(subject, Timestamp.from(Instant.now()))
			.update();
	}

	/**
	 * Forgets failures that no longer count, everyone's, and tracking links past their
	 * time: on every node, now and then (harmless when two nodes do it at once).
	 */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	void purge() {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("delete from tracking_failure where failed_at < ?")
			.param(Timestamp.from(Instant.now().minus(WINDOW)))
			.update();
		this.jdbc.sql("delete from tracking_link where expires_at < ?").param(now).update();
	}

}
