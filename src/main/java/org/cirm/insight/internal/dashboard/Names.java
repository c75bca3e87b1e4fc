package org.cirm.insight.internal.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.platform.Bilingual;

import org.springframework.stereotype.Component;

/**
 * The names people read for the codes the facts keep: services and agencies as the
 * services' manuals name them; a code nobody names shows as itself. Read from the catalog
 * at most every 30 seconds, since a report names hundreds of rows.
 */
@Component
public class Names {

	/**
	 * How long the names read from the catalog serve: a report names hundreds of rows.
	 */
	private static final Duration FRESH = Duration.ofSeconds(30);

	private final ServiceCatalog catalog;

	private volatile Known known;

	Names(ServiceCatalog catalog) {
		this.catalog = catalog;
	}

	public Bilingual service(String code) {
		return Optional.ofNullable(known().services().get(code)).orElse(new Bilingual(code, code));
	}

	public Bilingual agency(String code) {
		return code == null || code.isEmpty() ? new Bilingual("-", "-")
				: Optional.ofNullable(known().agencies().get(code)).orElse(new Bilingual(code, code));
	}

	/** The services on offer, by code. */
	public Map<String, Bilingual> services() {
		return known().services();
	}

	/** The agencies that own a service or hold one of its steps, by code. */
	public Map<String, Bilingual> agencies() {
		return known().agencies();
	}

	private record Known(Instant read, Map<String, Bilingual> services, Map<String, Bilingual> agencies) {
	}

	private Known known() {
		Known names = this.known;
		if (names == null || names.read().isBefore(Instant.now().minus(FRESH))) {
			Map<String, Bilingual> services = new LinkedHashMap<>();
			Map<String, Bilingual> agencies = new LinkedHashMap<>();
			for (CitizensManual manual : this.catalog.services()) {
				services.put(manual.code(), manual.name());
				add(agencies, manual.owner());
				manual.steps().forEach(step -> add(agencies, step.agency()));
			}
			names = new Known(Instant.now(), Collections.unmodifiableMap(services),
					Collections.unmodifiableMap(agencies));
			this.known = names;
		}
		return names;
	}

	private static void add(Map<String, Bilingual> agencies, CitizensManual.AgencyRef agency) {
		if (agency != null && agency.code() != null && !"RESPONSIBLE".equals(agency.code())) {
			agencies.putIfAbsent(agency.code(), agency.name());
		}
	}

}
