package org.cirm.audit;

import java.time.OffsetDateTime;

/** One read or change of a citizen's personal data by an officer. */
public record AuditEntry(OffsetDateTime at, String officer, String citizenRef, String action, String view,
		Purpose purpose) {

}
