package org.cirm.insight.internal.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cirm.insight.internal.prediction.PredictionLog;
import org.cirm.servicerequest.TrackingCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the facts of the requests {@link FactMarks} marked, oldest mark first, then
 * the sums of the days those facts count on ({@link FactSums}) and the request's
 * forecasts ({@link PredictionLog}), on every node: two nodes refreshing the same request
 * write the same rows, and a mark is removed only up to what was read before the refresh,
 * so a change during it is refreshed again. A request or a month that fails keeps its
 * marks and is tried on the next round.
 */
@Component
class FactWorker {

	private static final Logger log = LoggerFactory.getLogger(FactWorker.class);

	private static final int BATCH = 500;

	private final FactWriter writer;

	private final FactSums sums;

	private final PredictionLog predictions;

	private final JdbcClient jdbc;

	FactWorker(FactWriter writer, FactSums sums, PredictionLog predictions, JdbcClient jdbc) {
		this.writer = writer;
		this.sums = sums;
		this.predictions = predictions;
		this.jdbc = jdbc;
	}

	record Mark(String trackingCode, long upTo) {
	}

	record DayMark(LocalDate day, long upTo) {
	}

	@Scheduled(fixedDelayString = "${cirm.insight.refresh-interval:PT2S}")
	void scheduled() {
		while (drain() == BATCH) {
			// more waiting: go on at once
		}
		while (drainSums() == BATCH) {
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

	/**
	 * Recomputes the sums of one batch of marked days, and then of their months; returns
	 * how many days it read. A month that fails keeps its days' marks for the next round.
	 */
	int drainSums() {
		List<DayMark> marks = this.jdbc
			.sql("select period, max(id) from sum_pending group by period order by min(id) limit ?")
			.param(BATCH)
			.query((row, n) -> new DayMark(row.getObject(1, LocalDate.class), row.getLong(2)))
			.list();
		Map<LocalDate, List<DayMark>> byMonth = marks.stream()
			.collect(Collectors.groupingBy(mark -> mark.day().withDayOfMonth(1), TreeMap::new, Collectors.toList()));
		byMonth.forEach(this::recomputed);
		return marks.size();
	}

	private void recomputed(LocalDate month, List<DayMark> days) {
		try {
			days.forEach(mark -> this.sums.recomputeDay(mark.day()));
			this.sums.recomputeMonth(month);
			days.forEach(mark -> this.jdbc.sql("delete from sum_pending where period = ? and id <= ?")
				.params(mark.day(), mark.upTo())
				.update());
		}
		catch (DuplicateKeyException anotherNodeAtTheSameMoment) {
			// Another node recomputed the same sums at the same moment; its rows stand
			// and
			// this node's marks are worked off on its next round.
			log.info("Sums of {} recomputed by another node meanwhile; tried again later", month);
		}
		catch (RuntimeException failed) {
			log.warn("Sums of {} not recomputed, tried again later: {}", month, failed.toString());
		}
	}

	private boolean refreshed(Mark mark) {
		try {
			this.writer.write(new TrackingCode(mark.trackingCode()));
			this.jdbc.sql("delete from request_fact_pending where tracking_code = ? and id <= ?")
				.params(mark.trackingCode(), mark.upTo())
				.update();
		}
		catch (DuplicateKeyException anotherNodeAtTheSameMoment) {
			// Another node wrote the same facts at the same moment; its rows stand and
			// this node's mark is worked off on its next round.
			log.info("Facts of request {} refreshed by another node meanwhile; tried again later", mark.trackingCode());
			return false;
		}
		catch (RuntimeException failed) {
			log.warn("Facts of request {} not refreshed, tried again later: {}", mark.trackingCode(),
					failed.toString());
			return false;
		}
		try {
			this.predictions.update(mark.trackingCode());
		}
		catch (RuntimeException failed) {
			// A missed forecast is missed: the facts are what must not be lost.
			log.warn("Forecasts of request {} not kept: {}", mark.trackingCode(), failed.toString());
		}
		return true;
	}

}
