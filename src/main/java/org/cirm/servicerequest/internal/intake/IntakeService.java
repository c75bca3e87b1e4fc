package org.cirm.servicerequest.internal.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.CivilRegistryUnavailableException;
import org.cirm.citizen.IdentityMismatchException;
import org.cirm.citizen.IdentityNotVerifiedException;
import org.cirm.citizen.NationalId;
import org.cirm.platform.Bilingual;
import org.cirm.platform.Roles;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.ApplicationForm;
import org.cirm.servicerequest.Channel;
import org.cirm.servicerequest.Intake;
import org.cirm.servicerequest.IntakeRejectedException;
import org.cirm.servicerequest.IntakeRejectedException.Kind;
import org.cirm.servicerequest.IntakeRejectedException.Problem;
import org.cirm.servicerequest.Receipt;
import org.cirm.servicerequest.RequestReceived;
import org.cirm.servicerequest.Submission;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.sla.Deadline;
import org.cirm.sla.ServiceLevels;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Intake: one transaction files the request row (with its tracking code) and starts the
 * service's process with the tracking code as business key. A repeat with the same
 * idempotency key, even one racing the first on another node, answers the first request.
 */
@Service
class IntakeService implements Intake {

	private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

	/** The process variable officers read the tracking code from in Tasklist. */
	static final String TRACKING_CODE_VARIABLE = "trackingCode";

	/** Transient: the request a Tasklist start just recorded, until it is announced. */
	private static final String RECEIVED_IN_TASKLIST = "cirm.receivedInTasklist";

	private final ServiceCatalog catalog;

	private final StartForms forms;

	private final CitizenRegistry citizens;

	private final RequestStore store;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final AuthorizationService authorizations;

	private final HistoryService history;

	private final ServiceLevels serviceLevels;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	IntakeService(ServiceCatalog catalog, StartForms forms, CitizenRegistry citizens, RequestStore store,
			RuntimeService runtime, RepositoryService repository, AuthorizationService authorizations,
			HistoryService history, ServiceLevels serviceLevels, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.catalog = catalog;
		this.forms = forms;
		this.citizens = citizens;
		this.store = store;
		this.runtime = runtime;
		this.repository = repository;
		this.authorizations = authorizations;
		this.history = history;
		this.serviceLevels = serviceLevels;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Checks the submission, recognises or registers the applicant, then files the
	 * request and starts its process in one transaction. Nothing that waits on another
	 * system (the civil registry) runs while that transaction holds its database
	 * connection.
	 */
	@Override
	public Receipt submit(Submission submission) {
		try {
			return checkedAndFiled(submission);
		}
		catch (IntakeRejectedException refused) {
			// One line for every channel; the fields by name, never their values.
			log.info("Refused a {} request for {} ({}): {}", submission.channel(), loggable(submission.serviceCode()),
					refused.kind(),
					refused.problems().stream().map(Problem::field).map(IntakeService::loggable).toList());
			throw refused;
		}
	}

	private Receipt checkedAndFiled(Submission submission) {
		CitizensManual manual = offered(submission);
		Optional<Receipt> repeated = repeatOf(submission);
		if (repeated.isPresent()) {
			return repeated.get();
		}
		List<Problem> problems = new ArrayList<>();
		CitizenRef identified = submission.identifiedApplicant();
		NationalId nationalId = identified != null ? null
				: ApplicantCheck.nationalIdOf(submission.applicant(), problems);
		if (identified != null && this.citizens.find(identified).isEmpty()) {
			problems.add(new Problem("applicant", Texts.of("intake.applicant.unknown")));
		}
		StartForm form = this.forms.of(manual.processDefinitionId());
		Map<String, Object> variables = form.variables(submission.fields(), problems);
		if (!problems.isEmpty()) {
			throw new IntakeRejectedException(Kind.INVALID, problems);
		}
		CitizenRef applicant = identified != null ? identified : applicantOnce(submission.applicant(), nationalId);
		try {
			return this.transaction.execute(status -> file(submission, manual, form, variables, applicant));
		}
		catch (DuplicateKeyException raced) {
			// Another submission with the same key committed first: answer it.
			return repeatOf(submission).orElseThrow(() -> raced);
		}
	}

	@Override
	public Optional<ApplicationForm> formOf(String serviceCode, Channel channel) {
		return this.catalog.manual(serviceCode)
			.filter(manual -> manual.channels().contains(channel.asModelChannel()))
			.map(manual -> new ApplicationForm(manual.code(), manual.name(), this.forms.of(manual.processDefinitionId())
				.applicantFields()
				.stream()
				.map(field -> new ApplicationForm.Field(field.key(), field.type(), field.label(), field.required(),
						field.maxLength(), field.min(),
						IntStream.range(0, field.values().size())
							.mapToObj(
									i -> new ApplicationForm.Option(field.values().get(i), field.valueLabels().get(i)))
							.toList()))
				.toList()));
	}

	@Override
	public List<ApplicationForm> startableBy(String officer, List<String> groups, Channel channel) {
		return this.catalog.services()
			.stream()
			.filter(manual -> this.authorizations.isUserAuthorized(officer, groups, Permissions.CREATE_INSTANCE,
					Resources.PROCESS_DEFINITION,
					this.repository.getProcessDefinition(manual.processDefinitionId()).getKey()))
			.map(manual -> formOf(manual.code(), channel))
			.flatMap(Optional::stream)
			.toList();
	}

	private CitizensManual offered(Submission submission) {
		CitizensManual manual = this.catalog.manual(submission.serviceCode())
			.orElseThrow(() -> new IntakeRejectedException(Kind.NOT_FOUND, "serviceCode",
					Texts.of("intake.service.unknown", submission.serviceCode())));
		if (!manual.channels().contains(submission.channel().asModelChannel())) {
			throw new IntakeRejectedException(Kind.NOT_FOUND, "channel",
					Texts.of("intake.service.channel", submission.channel()));
		}
		return manual;
	}

	/** The first request of this submission's idempotency key, if there is one. */
	private Optional<Receipt> repeatOf(Submission submission) {
		return Optional.ofNullable(submission.idempotencyKey())
			.flatMap(this.store::byIdempotencyKey)
			.map(first -> repeat(first, submission));
	}

	private Receipt file(Submission submission, CitizensManual manual, StartForm form, Map<String, Object> variables,
			CitizenRef applicant) {
		String requestId = UUID.randomUUID().toString();
		Instant now = ClockUtil.getCurrentTime().toInstant();
		RequestStore.Stored request = new RequestStore.Stored(requestId, TrackingCode.random(), manual.code(),
				submission.channel(), applicant.value(), null, hash(submission, applicant), now);
		this.store.insert(request, submission.idempotencyKey(), submission.filedBy());
		variables.put(CitizenRef.PROCESS_VARIABLE, applicant.value());
		variables.put(TRACKING_CODE_VARIABLE, request.trackingCode().formatted());
		if (form.has("channel")) {
			variables.put("channel", submission.channel().asModelChannel());
		}
		String processInstance = start(manual, request.trackingCode(), variables);
		this.store.started(requestId, processInstance);
		Instant expectedBy = expectedBy(processInstance);
		this.events.publishEvent(new RequestReceived(requestId, request.trackingCode(), manual.code(), manual.name(),
				submission.channel(), applicant.value(), processInstance, expectedBy));
		return new Receipt(request.trackingCode(), manual.code(), manual.name(), now, expectedBy, false);
	}

	/** Starts the service's process, its business key the tracking code officers see. */
	private String start(CitizensManual manual, TrackingCode code, Map<String, Object> variables) {
		try {
			return this.runtime.startProcessInstanceById(manual.processDefinitionId(), code.formatted(), variables)
				.getId();
		}
		catch (FormFieldValidationException refused) {
			Bilingual message = Bilingual.parse(refused.getMessage());
			throw new IntakeRejectedException(Kind.INVALID, "fields", message.th(), message.en());
		}
	}

	/** The first request of this key, if this submission is the same one again. */
	private Receipt repeat(RequestStore.Stored first, Submission submission) {
		Optional<CitizenRef> applicant = Optional.ofNullable(submission.identifiedApplicant())
			.or(() -> Optional.ofNullable(submission.applicant())
				.map(Submission.Applicant::nationalId)
				.filter(NationalId::isValid)
				.flatMap(id -> this.citizens.find(NationalId.parse(id)))
				.map(Citizen::ref));
		if (applicant.isEmpty() || !first.payloadHash().equals(hash(submission, applicant.get()))) {
			throw new IntakeRejectedException(Kind.KEY_REUSED, "Idempotency-Key", Texts.of("intake.key-reused"));
		}
		return new Receipt(first.trackingCode(), first.serviceCode(),
				this.catalog.manual(first.serviceCode()).map(CitizensManual::name).orElse(null), first.receivedAt(),
				expectedBy(first.processInstance()), true);
	}

	private Instant expectedBy(String processInstance) {
		return processInstance == null ? null
				: this.serviceLevels.serviceOf(processInstance).map(Deadline::dueAt).orElse(null);
	}

	/**
	 * The applicant's ref, as the citizen registry recognises (or confirms and registers)
	 * the person they state they are.
	 */
	private CitizenRef applicantOnce(Submission.Applicant applicant, NationalId nationalId) {
		String channel = "EMAIL".equals(applicant.preferredChannel()) ? "EMAIL" : "SMS";
		String language = "en".equals(applicant.preferredLanguage()) ? "en" : "th";
		Citizen stated = new Citizen(null, nationalId,
				new Citizen.Name(applicant.firstNameTh().strip(), applicant.lastNameTh().strip()), null,
				applicant.birthDate(), null,
				new Citizen.Contact(applicant.phone(), applicant.email(), channel, language));
		try {
			return this.citizens.recognise(stated);
		}
		catch (IdentityMismatchException mismatch) {
			throw new IntakeRejectedException(Kind.UNVERIFIED, "applicant", Texts.of("intake.applicant.mismatch"));
		}
		catch (IdentityNotVerifiedException unverified) {
			Bilingual reason = Bilingual.parse(unverified.getMessage());
			throw new IntakeRejectedException(Kind.UNVERIFIED, "applicant", reason.th(), reason.en());
		}
		catch (CivilRegistryUnavailableException unavailable) {
			throw new IntakeRejectedException(Kind.UNAVAILABLE, "applicant", Texts.of("intake.registry.unavailable"));
		}
	}

	/**
	 * Files the record of a request an officer started in Tasklist with the service's
	 * start form (the form and the model's own listeners checked its fields): the
	 * tracking code becomes the business key and a variable the officer reads out. The
	 * applicant is told once the service's clock runs
	 * ({@link #announceStartedInTasklist}).
	 */
	void recordStartedInTasklist(DelegateExecution start, String serviceCode) {
		Object citizen = start.getVariable(CitizenRef.PROCESS_VARIABLE);
		String requestId = UUID.randomUUID().toString();
		RequestStore.Stored request = new RequestStore.Stored(requestId, TrackingCode.random(), serviceCode,
				channelOf(start), citizen == null ? null : citizen.toString(), start.getProcessInstanceId(), "-",
				ClockUtil.getCurrentTime().toInstant());
		this.store.insert(request, null, officerOf(start));
		start.setProcessBusinessKey(request.trackingCode().formatted());
		start.setVariable(TRACKING_CODE_VARIABLE, request.trackingCode().formatted());
		// Transient: gone with this transaction, never in history.
		start.setVariable(RECEIVED_IN_TASKLIST, Variables.stringValue(requestId, true));
	}

	@Override
	public Receipt identifyApplicant(TrackingCode code, CitizenRef citizen, String officer) {
		IntakeRejectedException notTheirs = new IntakeRejectedException(Kind.NOT_FOUND, "trackingCode",
				Texts.of("intake.identify.not-found"));
		RequestStore.Stored request = this.store.byTrackingCode(code).orElseThrow(() -> notTheirs);
		HistoricProcessInstance process = request.processInstance() == null ? null
				: this.history.createHistoricProcessInstanceQuery()
					.processInstanceId(request.processInstance())
					.singleResult();
		if (process == null || !officer.equals(process.getStartUserId())) {
			throw notTheirs;
		}
		if (request.receivedAt().plus(IDENTIFY_WITHIN).isBefore(ClockUtil.getCurrentTime().toInstant())) {
			throw new IntakeRejectedException(Kind.INVALID, "trackingCode",
					Texts.of("intake.identify.too-late", IDENTIFY_WITHIN.toHours()));
		}
		Receipt receipt = this.transaction.execute(status -> {
			if (!this.store.identified(request.id(), citizen.value())) {
				throw new IntakeRejectedException(Kind.INVALID, "trackingCode",
						Texts.of("intake.identify.has-applicant"));
			}
			if (process.getEndTime() == null) {
				this.runtime.setVariable(process.getId(), CitizenRef.PROCESS_VARIABLE, citizen.value());
			}
			Bilingual serviceName = this.catalog.manual(request.serviceCode())
				.map(CitizensManual::name)
				.orElse(new Bilingual(request.serviceCode(), request.serviceCode()));
			Instant expectedBy = expectedBy(process.getId());
			this.events.publishEvent(new RequestReceived(request.id(), request.trackingCode(), request.serviceCode(),
					serviceName, request.channel(), citizen.value(), process.getId(), expectedBy));
			return new Receipt(request.trackingCode(), request.serviceCode(), serviceName, request.receivedAt(),
					expectedBy, false);
		});
		log.info("Officer named the applicant of request {} started in Tasklist", request.id());
		return receipt;
	}

	/**
	 * Tells the applicant of a request started in Tasklist, as from any channel, with its
	 * due date: called when the process's start event begins, after the service's clock
	 * started with the process.
	 */
	void announceStartedInTasklist(DelegateExecution start) {
		Object requestId = start.getVariable(RECEIVED_IN_TASKLIST);
		if (requestId == null) {
			return;
		}
		this.store.byId(requestId.toString()).ifPresent(request -> {
			Bilingual serviceName = this.catalog.manual(request.serviceCode())
				.map(CitizensManual::name)
				.orElse(new Bilingual(request.serviceCode(), request.serviceCode()));
			this.events.publishEvent(new RequestReceived(request.id(), request.trackingCode(), request.serviceCode(),
					serviceName, request.channel(), request.citizenRef(), start.getProcessInstanceId(),
					expectedBy(start.getProcessInstanceId())));
		});
	}

	/** The officer starting a request in Tasklist, and the agency they work at. */
	private static Submission.Officer officerOf(DelegateExecution start) {
		Authentication officer = start.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return officer == null || officer.getUserId() == null ? null : new Submission.Officer(officer.getUserId(),
				Roles.agencyCodeOf(officer.getGroupIds() == null ? List.of() : officer.getGroupIds()));
	}

	/** The channel the start form records, else the officer's: hotline or counter. */
	private static Channel channelOf(DelegateExecution start) {
		Object channel = start.getVariable("channel");
		if (channel != null) {
			try {
				return Channel.valueOf(channel.toString());
			}
			catch (IllegalArgumentException notOurs) {
				// fall through to the officer's role
			}
		}
		Authentication officer = start.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return officer != null && officer.getGroupIds() != null && officer.getGroupIds().contains(Roles.HOTLINE)
				? Channel.HOTLINE : Channel.COUNTER;
	}

	/**
	 * A name the caller chose, fit for one log line: no line breaks, no markup, short.
	 */
	private static String loggable(String name) {
		String text = String.valueOf(name).replaceAll("[^A-Za-z0-9._-]", "?");
		return text.length() > 64 ? text.substring(0, 64) + "..." : text;
	}

	/**
	 * What makes two submissions the same: service, applicant (by ref, never the ID) and
	 * fields.
	 */
	private static String hash(Submission submission, CitizenRef applicant) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String canonical = submission.serviceCode() + "|" + applicant.value() + "|"
					+ new TreeMap<>(submission.fields() == null ? Map.of() : submission.fields());
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
