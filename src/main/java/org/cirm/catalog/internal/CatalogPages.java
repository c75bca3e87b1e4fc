package org.cirm.catalog.internal;

import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.ServiceCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public catalog page and each service's printable Citizen's Manual. */
@Controller
class CatalogPages {

	private final ServiceCatalog catalog;

	CatalogPages(ServiceCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/services")
	String services(Model model) {
		model.addAttribute("services", this.catalog.services());
		return "catalog/services";
	}

	@GetMapping("/services/{code}")
	String latest(@PathVariable String code, Model model) {
		return manual(this.catalog.manual(code).orElseThrow(() -> CatalogApi.notFound(code)), model);
	}

	@GetMapping("/services/{code}/versions/{version}")
	String version(@PathVariable String code, @PathVariable int version, Model model) {
		return manual(this.catalog.manual(code, version).orElseThrow(() -> CatalogApi.notFound(code)), model);
	}

	private String manual(CitizensManual manual, Model model) {
		model.addAttribute("manual", manual);
		model.addAttribute("changes", this.catalog.changes(manual));
		model.addAttribute("latest", this.catalog.manual(manual.code()).map(CitizensManual::version).orElse(0));
		return "catalog/manual";
	}

}
