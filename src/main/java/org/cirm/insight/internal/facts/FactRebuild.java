package org.cirm.insight.internal.facts;

import java.io.PrintStream;
import java.util.List;
import java.util.function.IntConsumer;

import org.cirm.servicerequest.RequestHistory;
import org.cirm.servicerequest.TrackingCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the whole read model, facts and sums, from what the modules kept (the request
 * records, the process history, the SLA clocks, the ratings): after a change of what a
 * fact holds, or to check that the live refresh missed nothing. Requests filed meanwhile
 * are marked and refreshed as usual.
 */
@Component
public class FactRebuild {

	private static final int PAGE = 1000;

	private final RequestHistory requests;

	private final FactWriter writer;

	private final FactWorker worker;

	private final JdbcClient jdbc;

	FactRebuild(RequestHistory requests, FactWriter writer, FactWorker worker, JdbcClient jdbc) {
		this.requests = requests;
		this.writer = writer;
		this.worker = worker;
		this.jdbc = jdbc;
	}

	/**
	 * Writes every request's facts anew; returns how many requests it wrote.
	 * @param progress told the running count after each page
	 */
	public int rebuild(IntConsumer progress) {
		this.jdbc.sql("delete from step_fact").update();
		this.jdbc.sql("delete from request_fact").update();
		this.jdbc.sql("delete from step_sum").update();
		this.jdbc.sql("delete from request_sum").update();
		int written = 0;
		TrackingCode after = null;
		for (List<TrackingCode> page = this.requests.codesAfter(null, PAGE); !page.isEmpty(); page = this.requests
			.codesAfter(after, PAGE)) {
			for (TrackingCode code : page) {
				written += this.writer.write(code) ? 1 : 0;
			}
			after = page.get(page.size() - 1);
			progress.accept(written);
		}
		while (this.worker.drainSums() > 0) {
			// every day the facts count on, summed again
		}
		return written;
	}

	/** The rebuild with a line of progress for a person at a terminal. */
	int rebuild(PrintStream out) {
		int total = rebuild(count -> out.print("\rRequests written: " + count));
		out.println();
		return total;
	}

}
