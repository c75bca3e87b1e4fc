package org.cirm.platform.internal.logging;

import java.sql.SQLIntegrityConstraintViolationException;

import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's logging configuration masks a national ID in any line, in the message
 * and in an exception a library wrote: the last line of defence.
 */
@CirmWebTest
@ExtendWith(OutputCaptureExtension.class)
class MaskedLogTest {

	private static final String ID = "1500200998874";

	@Test
	void aMessageAndAnExceptionThatCarryANationalIdAreMasked(CapturedOutput output) {
		LoggerFactory.getLogger("org.h2.jdbc")
			.warn("Could not register " + ID,
					new SQLIntegrityConstraintViolationException("Unique index violation: CAST('" + ID + "' AS CHAR)"));

		assertThat(output.getAll()).contains("Could not register [national-id]", "CAST('[national-id]'")
			.doesNotContain(ID);
	}

}
