package org.cirm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CirmWebTest
class AuditLogTest {

	@Autowired
	AuditLog audit;

	@Test
	void keepsEveryReadAboutACitizenInOrderWithWhoAndWhy() {
		String citizen = UUID.randomUUID().toString();

		this.audit.recordRead("counter", citizen, "citizen-360", Purpose.SERVICE_REQUEST);
		this.audit.recordRead("hotline", citizen, "citizen-360", Purpose.CITIZEN_ENQUIRY);

		assertThat(this.audit.about(citizen)).extracting(AuditEntry::officer, AuditEntry::purpose)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("counter", Purpose.SERVICE_REQUEST),
					org.assertj.core.groups.Tuple.tuple("hotline", Purpose.CITIZEN_ENQUIRY));
		assertThat(this.audit.about(UUID.randomUUID().toString())).isEmpty();
	}

}
