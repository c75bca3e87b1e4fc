package org.cirm.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text made safe to log: national IDs masked, and where an exception's text is kept,
 * addresses and phone numbers hidden too.
 */
class LogSafeTest {

	/** Valid by its check digit. */
	private static final String ID = "1500200998874";

	@Test
	void masksNationalIdsWrittenTogetherOrGrouped() {
		assertThat(LogSafe.mask("CAST('" + ID + "' AS CHAR(13))")).isEqualTo("CAST('[national-id]' AS CHAR(13))");
		assertThat(LogSafe.mask("Key (national_id)=(1-5002-00998-87-4) already exists"))
			.isEqualTo("Key (national_id)=([national-id]) already exists");
		assertThat(LogSafe.mask("ids " + ID + " and " + ID)).isEqualTo("ids [national-id] and [national-id]");
	}

	@Test
	void leavesOtherNumbersAlone() {
		assertThat(LogSafe.mask("1500200998875 has a wrong check digit")).startsWith("1500200998875");
		assertThat(LogSafe.mask("order 15002009988741 is fourteen digits")).contains("15002009988741");
		assertThat(LogSafe.mask("request 42")).isEqualTo("request 42");
	}

	@Test
	void describesAnExceptionInOneLineWithoutAddressesOrPhones() {
		RuntimeException failure = new IllegalStateException(
				"550 mailbox wandee@example.org unavailable for 0812345678, id " + ID + "\nsecond line");

		assertThat(LogSafe.describe(failure))
			.isEqualTo("IllegalStateException: 550 mailbox [e-mail] unavailable for [phone], id [national-id]");
	}

}
