package org.cirm.desk.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cirm.audit.AuditEntry;
import org.cirm.audit.AuditLog;
import org.cirm.audit.Purpose;
import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenConsents;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.Consent;
import org.cirm.citizen.NationalId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything an officer needs to answer a citizen: profile, requests across all agencies
 * and the contact history. Every view of personal data writes exactly one audit entry, in
 * the same transaction as the read: no entry, no data.
 */
@Service
class Citizen360 {

	static final String VIEW = "citizen-360";

	/** The applicant panel of a task in Tasklist. */
	static final String TASK_REVIEW = "task-applicant";

	/** The page where an officer files a request for the citizen. */
	static final String SERVICE_START = "service-start";

	record View(CitizenRef ref, String nationalId, Citizen.Name nameTh, Citizen.Name nameEn, LocalDate birthDate,
			Citizen.Address address, Citizen.Contact contact, CitizenRegistry.Verification verification,
			List<CitizenRequests.Request> requests, List<ContactHistory.Entry> contacts) {
	}

	record Summary(CitizenRef ref, String nationalId, Citizen.Name nameTh, Citizen.Name nameEn) {
	}

	/**
	 * What the registry holds about the citizen, for the citizen: their own ID unmasked.
	 */
	record Export(String nationalId, View view, List<Consent> consents, List<AuditEntry> audit) {
	}

	private final CitizenRegistry registry;

	private final CitizenRequests requests;

	private final ContactLog contacts;

	private final AuditLog audit;

	private final CitizenConsents consents;

	private final ContactHistory history;

	Citizen360(CitizenRegistry registry, CitizenRequests requests, ContactLog contacts, AuditLog audit,
			CitizenConsents consents, ContactHistory history) {
		this.registry = registry;
		this.consents = consents;
		this.requests = requests;
		this.contacts = contacts;
		this.audit = audit;
		this.history = history;
	}

	@Transactional
	Optional<View> lookUp(NationalId nationalId, String officer, Purpose purpose) {
		return this.registry.find(nationalId).map(citizen -> viewed(citizen, officer, purpose));
	}

	/**
	 * The reference of the citizen with this ID, to open their page by: nothing personal
	 * is read yet (the page's own read is audited).
	 */
	Optional<CitizenRef> refOf(NationalId nationalId) {
		return this.registry.find(nationalId).map(Citizen::ref);
	}

	@Transactional
	Optional<View> open(CitizenRef ref, String officer, Purpose purpose) {
		return this.registry.find(ref).map(citizen -> viewed(citizen, officer, purpose));
	}

	/** What a reviewer of a request judges about its applicant, read now and audited. */
	record Applicant(Citizen.Name nameTh, Citizen.Address address, String phone) {
	}

	@Transactional
	Optional<Applicant> applicantForReview(CitizenRef ref, String officer) {
		return this.registry.find(ref).map(citizen -> {
			this.audit.recordRead(officer, ref.value(), TASK_REVIEW, Purpose.SERVICE_REQUEST);
			return new Applicant(citizen.nameTh(), citizen.address(), citizen.contact().phone());
		});
	}

	/**
	 * The citizen's name, for the page where an officer files a request for them: a read,
	 * and audited.
	 */
	@Transactional
	Optional<Citizen.Name> nameOf(CitizenRef ref, String officer, Purpose purpose) {
		return this.registry.find(ref).map(citizen -> {
			this.audit.recordRead(officer, ref.value(), SERVICE_START, purpose);
			return citizen.nameTh();
		});
	}

	/**
	 * Registers the citizen once the civil registry confirms them; a change, and audited.
	 */
	@Transactional
	CitizenRef register(Citizen profile, String officer, Purpose purpose) {
		Citizen citizen = this.registry.registerVerified(profile);
		this.audit.recordChange(officer, citizen.ref().value(), "citizen-registration", purpose);
		return citizen.ref();
	}

	/**
	 * Citizens by last name or phone; each one shown is a read of their name, and
	 * audited.
	 */
	@Transactional
	List<Summary> search(String text, int page, String officer, Purpose purpose) {
		return this.registry.search(text, page, 20).stream().map(citizen -> {
			this.audit.recordRead(officer, citizen.ref().value(), "citizen-search", purpose);
			return new Summary(citizen.ref(), citizen.nationalId().masked(), citizen.nameTh(), citizen.nameEn());
		}).toList();
	}

	@Transactional
	boolean logContact(CitizenRef ref, String officer, ContactLog.Channel channel, String note, Purpose purpose) {
		if (this.registry.find(ref).isEmpty()) {
			return false;
		}
		this.contacts.log(ref, officer, channel, note);
		this.audit.recordChange(officer, ref.value(), "contact-log", purpose);
		return true;
	}

	/**
	 * Records the citizen's consent, or its withdrawal, as the citizen stated it to the
	 * officer.
	 */
	@Transactional
	boolean recordConsent(CitizenRef ref, Consent.Purpose consent, boolean given, String officer) {
		if (this.registry.find(ref).isEmpty()) {
			return false;
		}
		if (given) {
			this.consents.give(ref, consent);
		}
		else {
			this.consents.withdraw(ref, consent);
		}
		this.audit.recordChange(officer, ref.value(), "consent", Purpose.DATA_SUBJECT_REQUEST);
		return true;
	}

	@Transactional
	Optional<Export> export(CitizenRef ref, String officer) {
		return this.registry.find(ref).map(citizen -> {
			View view = viewed(citizen, officer, Purpose.DATA_SUBJECT_REQUEST);
			return new Export(citizen.nationalId().fullDigits(), view, this.consents.of(ref),
					this.audit.about(ref.value()));
		});
	}

	@Transactional
	boolean erase(CitizenRef ref, String officer) {
		this.audit.recordChange(officer, ref.value(), "erasure", Purpose.DATA_SUBJECT_REQUEST);
		return this.registry.erase(ref);
	}

	private View viewed(Citizen citizen, String officer, Purpose purpose) {
		this.audit.recordRead(officer, citizen.ref().value(), VIEW, purpose);
		return new View(citizen.ref(), citizen.nationalId().masked(), citizen.nameTh(), citizen.nameEn(),
				citizen.birthDate(), citizen.address(), citizen.contact(),
				this.registry.verificationOf(citizen.ref()).orElse(null), this.requests.of(citizen.ref()),
				this.history.of(citizen.ref()));
	}

}
