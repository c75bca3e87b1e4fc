package org.cirm.insight.internal.facts;

import java.util.List;

import org.cirm.servicerequest.TrackingCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the facts of the requests {@link FactMarks} marked, oldest mark first, on
 * every node: two nodes refreshing the same request write the same rows, and a mark is
 * removed only up to what was read before the refresh, so a change during it is refreshed
 * again. A request that fails keeps its mark and is tried on the next round.
 */
@Component
class FactWorker {

	private static final Logger log = LoggerFactory.getLogger(FactWorker.class);

	private static final int BATCH = 500;

	private final FactWriter writer;

	private final JdbcClient jdbc;

	FactWorker(FactWriter writer, JdbcClient jdbc) {
		this.writer = writer;
		this.jdbc = jdbc;
	}

	record Mark(String trackingCode, long upTo) {
	}

	@Scheduled(fixedDelayString = "${cirm.insight.refresh-interval:PT2S}")
	void scheduled() {
		while (drain() == BATCH) {
			// more waiting: go on at once
		}
	}

	/** Refreshes one batch of marked requests; returns how many it refreshed. */
	int drain() {
		List<Mark> marks = this.jdbc
			.sql("select tracking_code, max(id) from request_fact_pending group by tracking_code order by min(id)"
					+ " limit ?")
			.param(BATCH)
			.query((row, n) -> new Mark(row.getString(1), row.getLong(2)))
			.list();
		return (int) marks.stream().filter(this::refreshed).count();
	}

	private boolean refreshed(Mark mark) {
		try {
			this.writer.write(new TrackingCode(mark.trackingCode()));
			this.jdbc.sql("delete from request_fact_pending where tracking_code = ? and id <= ?")
				.params(mark.trackingCode(), mark.upTo())
				.update();
			return true;
		}
		catch (RuntimeException failed) {
			log.warn("Facts of request {} not refreshed, tried again later: {}", mark.trackingCode(),
					failed.toString());
			return false;
		}
	}

}
