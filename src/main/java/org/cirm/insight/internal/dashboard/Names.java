package org.cirm.insight.internal.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.platform.Bilingual;

import org.springframework.stereotype.Component;

/**
 * The names people read for the codes the facts keep: services and agencies as the
 * services' manuals name them; a code nobody names shows as itself.
 */
@Component
class Names {

	private final ServiceCatalog catalog;

	Names(ServiceCatalog catalog) {
		this.catalog = catalog;
	}

	Bilingual service(String code) {
		return this.catalog.manual(code).map(CitizensManual::name).orElse(new Bilingual(code, code));
	}

	Bilingual agency(String code) {
		return code == null ? new Bilingual("-", "-")
				: Optional.ofNullable(agencies().get(code)).orElse(new Bilingual(code, code));
	}

	/** The services on offer, by code. */
	Map<String, Bilingual> services() {
		Map<String, Bilingual> services = new LinkedHashMap<>();
		this.catalog.services().forEach(manual -> services.put(manual.code(), manual.name()));
		return services;
	}

	/** The agencies that own a service or hold one of its steps, by code. */
	Map<String, Bilingual> agencies() {
		Map<String, Bilingual> agencies = new LinkedHashMap<>();
		for (CitizensManual manual : this.catalog.services()) {
			add(agencies, manual.owner());
			manual.steps().forEach(step -> add(agencies, step.agency()));
		}
		return agencies;
	}

	private static void add(Map<String, Bilingual> agencies, CitizensManual.AgencyRef agency) {
		if (agency != null && agency.code() != null && !"RESPONSIBLE".equals(agency.code())) {
			agencies.putIfAbsent(agency.code(), agency.name());
		}
	}

}
