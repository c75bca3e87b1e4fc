package org.cirm.audit.internal;

import java.util.List;

import org.cirm.audit.AuditEntry;
import org.cirm.audit.AuditLog;
import org.cirm.platform.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets auditors, and only them, read who accessed a citizen's data. Nothing here changes
 * it.
 */
@RestController
class AuditApi {

	private final AuditLog audit;

	AuditApi(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/officer/api/audit")
	List<AuditEntry> about(@RequestParam String citizenRef, Authentication officer) {
		if (!Roles.belongsToAny(officer, Roles.AUDITOR)) {
			throw new AccessDeniedException("The audit log is for auditors");
		}
		return this.audit.about(citizenRef);
	}

}
