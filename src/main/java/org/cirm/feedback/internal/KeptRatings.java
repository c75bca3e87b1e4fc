package org.cirm.feedback.internal;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cirm.feedback.Ratings;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ratings and disputes {@link Feedback} kept, as the reports read them. */
@Component
class KeptRatings implements Ratings {

	private final JdbcClient jdbc;

	KeptRatings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Rated> ratingOf(String requestId) {
		return this.jdbc.sql("select id, rating from satisfaction_rating where request_id = ?")
			.param(requestId)
			.query((row, n) -> new Rated(row.getInt(2), stepsOf(row.getString(1))))
			.optional();
	}

	@Override
	public int disputesOf(String requestId) {
		return this.jdbc.sql("select count(*) from dispute where request_id = ?")
			.param(requestId)
			.query(Integer.class)
			.single();
	}

	private Map<String, Integer> stepsOf(String ratingId) {
		return this.jdbc.sql("select step, rating from step_rating where rating_id = ?")
			.param(ratingId)
			.query((row, n) -> Map.entry(row.getString(1), row.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
