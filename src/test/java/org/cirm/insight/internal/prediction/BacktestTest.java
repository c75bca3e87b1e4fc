package org.cirm.insight.internal.prediction;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BacktestTest {

	private static final ZoneId UTC = ZoneOffset.UTC;

	@Test
	void aLogExportedFromAProcessMiningToolIsRead() {
		String csv = """
				case:concept:name,concept:name,time:timestamp,org:resource
				c1,Register,2011-10-01 00:38:44.546000+02:00,Pete
				c1,Decide,2011-10-03T09:00:00Z,Sue
				c2,Register,2011-10-02 10:00:00+0700,
				""";
		EventLog log = EventLogCsv.read(new StringReader(csv), EventLogCsv.Columns.standard(), UTC);

		assertThat(log.cases()).hasSize(2);
		EventLog.Case first = log.cases().get(0);
		assertThat(first.events()).extracting(EventLog.Event::activity).containsExactly("Register", "Decide");
		assertThat(first.started()).isEqualTo(Instant.parse("2011-09-30T22:38:44.546Z"));
		assertThat(first.ended()).isEqualTo(Instant.parse("2011-10-03T09:00:00Z"));
		assertThat(first.events().get(0).resource()).isEqualTo("Pete");
		assertThat(log.cases().get(1).started()).isEqualTo(Instant.parse("2011-10-02T03:00:00Z"));
		assertThat(log.cases().get(1).events().get(0).resource()).isNull();
	}

	@Test
	void aTimestampWithoutOffsetIsReadInTheZoneGiven() {
		String csv = "case,activity,done\nc1,A,2025-04-01 08:30\n";
		EventLog log = EventLogCsv.read(new StringReader(csv), columns(), ZoneId.of("Asia/Bangkok"));

		assertThat(log.cases().get(0).ended()).isEqualTo(Instant.parse("2025-04-01T01:30:00Z"));
	}

	@Test
	void whatCannotBeReadIsNamedWithItsLine() {
		assertThatThrownBy(
				() -> EventLogCsv.read(new StringReader("case,activity,done\nc1,A,yesterday\n"), columns(), UTC))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Line 1, column 'done': 'yesterday'");
		assertThatThrownBy(
				() -> EventLogCsv.read(new StringReader("id,activity,done\nc1,A,2025-04-01\n"), columns(), UTC))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no column 'case'");
	}

	@Test
	void thePredictorBeatsItsBaselinesWhereTheStateTellsTheWay() {
		// A then B (2 days) or C (5 days), one case every 7 hours for 200 cases, as CSV
		// with
		// start times and a deadline of 4 days.
		StringBuilder csv = new StringBuilder("case,activity,start,done,deadline\n");
		DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Asia/Bangkok"));
		for (int i = 0; i < 200; i++) {
			EventLog.Case kase = RemainingTimeTest.kase("c" + i, RemainingTimeTest.T0.plus(Duration.ofHours(7L * i)),
					i % 2 == 0 ? "B" : "C", i % 2 == 0 ? 2 : 5);
			for (EventLog.Event event : kase.events()) {
				csv.append(String.join(",", kase.id(), event.activity(), iso.format(event.start()),
						iso.format(event.end()), iso.format(kase.deadline())))
					.append('\n');
			}
		}
		EventLogCsv.Columns columns = new EventLogCsv.Columns("case", "activity", "done", "start", null, null, null,
				"deadline");
		EventLog log = EventLogCsv.read(new StringReader(csv.toString()), columns, UTC);

		List<Backtest.Row> rows = Backtest.run(log, RemainingTimeTest.CALENDAR_DAYS, 0.7, 5);

		Backtest.Row all = rows.get(rows.size() - 1);
		Backtest.Row second = rows.stream().filter(row -> row.prefix() == 2).findFirst().orElseThrow();
		assertThat(all.prefix()).isZero();
		// In B or C the rest is known exactly; at A it is 3 or 6 days, 1.5 off the
		// median.
		assertThat(second.mae()).isCloseTo(0, within(1e-9));
		assertThat(all.mae()).isLessThan(all.zeroMae()).isLessThan(all.medianMae()).isLessThan(all.deadlineMae());
		assertThat(all.coverage()).isEqualTo(1.0);
		assertThat(all.normalisedMae()).isCloseTo(all.mae() / 4.5, within(0.05));
	}

	@Test
	void aLogTooShortToSplitIsRefused() {
		String csv = "case,activity,done\nc1,A,2025-04-01T08:30:00Z\n";
		EventLog log = EventLogCsv.read(new StringReader(csv), columns(), UTC);

		assertThatThrownBy(() -> Backtest.run(log, RemainingTimeTest.CALENDAR_DAYS, 0.7, 5))
			.hasMessageContaining("too short to split");
	}

	private static EventLogCsv.Columns columns() {
		return new EventLogCsv.Columns("case", "activity", "done", null, null, null, null, null);
	}

}
