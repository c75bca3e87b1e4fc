package org.cirm.desk.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cirm.audit.Purpose;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.Consent;
import org.cirm.citizen.NationalId;
import org.cirm.platform.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Citizen 360 as JSON for officers' tools. A national ID travels only in a request body,
 * never in a URL; every read states its purpose.
 */
@RestController
@RequestMapping("/officer/api/citizens")
class Citizen360Api {

	record Lookup(String nationalId, String purpose) {

		/**
		 * Spring's debug logging prints request bodies; this one must not show the ID.
		 */
		@Override
		public String toString() {
			return "Lookup[nationalId=(hidden), purpose=" + this.purpose + "]";
		}

	}

	record Search(String text, int page, String purpose) {

		@Override
		public String toString() {
			return "Search[text=(hidden), page=" + this.page + ", purpose=" + this.purpose + "]";
		}

	}

	record ConsentChange(String consent, boolean given) {
	}

	record NewContact(String channel, String note, String purpose) {
	}

	private final Citizen360 desk;

	Citizen360Api(Citizen360 desk) {
		this.desk = desk;
	}

	/** Registers a citizen after the civil registry confirms who they are. */
	@PostMapping
	ResponseEntity<Map<String, String>> register(@RequestBody NewCitizen entered, Authentication officer) {
		OfficerGroups.requireCitizenData(officer);
		Purpose purpose = purpose(entered.purpose());
		List<String> missing = entered.missingFields();
		if (!missing.isEmpty()) {
			throw badRequest(Texts.of("desk.register.missing", String.join(", ", missing)).toString());
		}
		CitizenRef ref = this.desk.register(entered.toCitizen(), officer.getName(), purpose);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("ref", ref.value()));
	}

	@PostMapping("/lookup")
	Citizen360.View lookUp(@RequestBody Lookup lookup, Authentication officer) {
		OfficerGroups.requireCitizenData(officer);
		Purpose purpose = purpose(lookup.purpose());
		return this.desk.lookUp(NationalId.parse(lookup.nationalId()), officer.getName(), purpose)
			.orElseThrow(Citizen360Api::notRegistered);
	}

	@GetMapping("/{ref}")
	Citizen360.View open(@PathVariable String ref, @RequestParam(required = false) String purpose,
			Authentication officer) {
		OfficerGroups.requireCitizenData(officer);
		return this.desk.open(ref(ref), officer.getName(), purpose(purpose)).orElseThrow(Citizen360Api::notRegistered);
	}

	/**
	 * By last name or phone, in the body: names and phone numbers stay out of URLs too.
	 */
	@PostMapping("/search")
	List<Citizen360.Summary> search(@RequestBody Search search, Authentication officer) {
		OfficerGroups.requireCitizenData(officer);
		if (search.text() == null || search.text().strip().length() < 2) {
			throw badRequest(Texts.of("desk.search.too-short").toString());
		}
		return this.desk.search(search.text(), Math.max(search.page(), 0), officer.getName(),
				purpose(search.purpose()));
	}

	@PostMapping("/{ref}/contacts")
	ResponseEntity<Void> logContact(@PathVariable String ref, @RequestBody NewContact contact, Authentication officer) {
		OfficerGroups.requireCitizenData(officer);
		ContactLog.refusal(contact.channel(), contact.note()).ifPresent(refused -> {
			throw badRequest(refused);
		});
		if (!this.desk.logContact(ref(ref), officer.getName(), ContactLog.Channel.valueOf(contact.channel()),
				contact.note(), purpose(contact.purpose()))) {
			throw notRegistered();
		}
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	@PostMapping("/{ref}/consents")
	ResponseEntity<Void> recordConsent(@PathVariable String ref, @RequestBody ConsentChange change,
			Authentication officer) {
		OfficerGroups.requireCitizenData(officer);
		Consent.Purpose consent;
		try {
			consent = Consent.Purpose.valueOf(String.valueOf(change.consent()));
		}
		catch (IllegalArgumentException unknown) {
			throw badRequest(Texts.of("desk.consent.unknown", Arrays.toString(Consent.Purpose.values())).toString());
		}
		if (!this.desk.recordConsent(ref(ref), consent, change.given(), officer.getName())) {
			throw notRegistered();
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{ref}/export")
	Citizen360.Export export(@PathVariable String ref, Authentication officer) {
		OfficerGroups.requireCitizenData(officer);
		return this.desk.export(ref(ref), officer.getName()).orElseThrow(Citizen360Api::notRegistered);
	}

	@PostMapping("/{ref}/erasure")
	ResponseEntity<Void> erase(@PathVariable String ref, Authentication officer) {
		OfficerGroups.requireCitizenData(officer);
		if (!this.desk.erase(ref(ref), officer.getName())) {
			throw notRegistered();
		}
		return ResponseEntity.noContent().build();
	}

	private static Purpose purpose(String purpose) {
		try {
			return StatedPurpose.of(purpose);
		}
		catch (IllegalArgumentException missing) {
			throw badRequest(missing.getMessage());
		}
	}

	private static CitizenRef ref(String ref) {
		return CitizenRef.parse(ref).orElseThrow(Citizen360Api::notRegistered);
	}

	private static ResponseStatusException notRegistered() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.of("desk.citizen.not-registered").toString());
	}

	private static ResponseStatusException badRequest(String detail) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
	}

}
