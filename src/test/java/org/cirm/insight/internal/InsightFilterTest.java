package org.cirm.insight.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InsightFilterTest {

	@Test
	void aPeriodReadsItsWholeMonthsFromTheMonthRowsAndItsEdgesFromTheDayRows() {
		InsightFilter.Where where = period("2025-09-15", "2025-12-03").sums();
		assertThat(where.toString()).startsWith("(grain = 'M'");
		assertThat(where.params()).containsExactly(date("2025-10-01"), date("2025-12-01"), date("2025-09-15"),
				date("2025-10-01"), date("2025-12-01"), date("2025-12-03"));
	}

	@Test
	void aPeriodOfWholeMonthsReadsNoDays() {
		InsightFilter.Where where = period("2025-01-01", "2025-12-31").sums();
		assertThat(where.params()).containsExactly(date("2025-01-01"), date("2026-01-01"), date("2025-01-01"),
				date("2025-01-01"), date("2026-01-01"), date("2025-12-31"));
	}

	@Test
	void aPeriodWithinAMonthReadsDaysOnly() {
		InsightFilter.Where where = period("2025-09-02", "2025-09-30").sums();
		assertThat(where.toString()).isEqualTo("grain = 'D' and period >= ? and period <= ?");
		assertThat(where.params()).containsExactly(date("2025-09-02"), date("2025-09-30"));
	}

	@Test
	void theOtherConditionsNarrowEveryRow() {
		InsightFilter filter = new InsightFilter(date("2025-09-02"), date("2025-09-30"), "complaint", "dopa", null,
				null);
		assertThat(filter.sums().toString()).endsWith(" and service_code = ? and agency_code = ?");
	}

	private static InsightFilter period(String from, String to) {
		return new InsightFilter(date(from), date(to), null, null, null, null);
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
