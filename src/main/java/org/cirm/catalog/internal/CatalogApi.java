package org.cirm.catalog.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public service catalog and Citizen's Manuals as JSON, for anyone: the same facts as
 * the printable pages.
 */
@RestController
class CatalogApi {

	/** A manual with what changed since the version before it. */
	record ManualWithChanges(CitizensManual manual, List<Bilingual> changes) {
	}

	private final ServiceCatalog catalog;

	CatalogApi(ServiceCatalog catalog) {
		this.catalog = catalog;
	}

	@Operation(summary = "The public services and their Citizen's Manual (บริการและคู่มือสำหรับประชาชน)")
	@GetMapping("/api/services")
	List<CitizensManual> services() {
		return this.catalog.services();
	}

	@Operation(summary = "One service's manual, latest version")
	@GetMapping("/api/services/{code}")
	ManualWithChanges latest(@PathVariable String code) {
		return withChanges(this.catalog.manual(code).orElseThrow(() -> notFound(code)));
	}

	@Operation(summary = "The manual of one version, as a request that started on it was told")
	@GetMapping("/api/services/{code}/versions/{version}")
	ManualWithChanges version(@PathVariable String code, @PathVariable int version) {
		return withChanges(this.catalog.manual(code, version).orElseThrow(() -> notFound(code)));
	}

	private ManualWithChanges withChanges(CitizensManual manual) {
		return new ManualWithChanges(manual, this.catalog.changes(manual));
	}

	static ResponseStatusException notFound(String code) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.of("catalog.not-found") + ": " + code);
	}

}
