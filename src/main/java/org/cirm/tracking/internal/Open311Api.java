package org.cirm.tracking.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cirm.catalog.CitizensManual;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.ApplicationForm;
import org.cirm.servicerequest.Channel;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.Intake;
import org.cirm.servicerequest.IntakeRejectedException;
import org.cirm.servicerequest.Receipt;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.Submission;
import org.cirm.servicerequest.TrackingCode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (JSON) over the same intake and tracking: any Open311 client can
 * list the services, read a service's attributes (its start form), file a request and
 * follow it, with the steps as {@code notes}. Requests are identified by their tracking
 * code. Filing and reading need the client's {@code api_key}; a client reads only the
 * requests it filed. The applicant is identified with the CiRM extension fields
 * {@code national_id} and {@code birth_date} besides {@code first_name} and
 * {@code last_name} (Thai).
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Api {

	/** The most requests one list answers (the newest). */
	private static final int MOST_LISTED = 1000;

	private final ServiceCatalog catalog;

	private final Intake intake;

	private final ServiceRequests requests;

	private final RequestTracker tracker;

	private final Open311Clients clients;

	private final JdbcClient jdbc;

	Open311Api(ServiceCatalog catalog, Intake intake, ServiceRequests requests, RequestTracker tracker,
			Open311Clients clients, JdbcClient jdbc) {
		this.catalog = catalog;
		this.intake = intake;
		this.requests = requests;
		this.tracker = tracker;
		this.clients = clients;
		this.jdbc = jdbc;
	}

	@GetMapping({ "/services.json", "/services" })
	List<Map<String, Object>> services() {
		return this.catalog.services()
			.stream()
			.filter(manual -> manual.channels().contains(Channel.WEB.name()))
			.map(manual -> service(manual))
			.toList();
	}

	@GetMapping({ "/services/{code}.json", "/services/{code}" })
	ResponseEntity<?> definition(@PathVariable String code) {
		Optional<ApplicationForm> form = this.intake.formOf(code, Channel.OPEN311);
		if (form.isEmpty()) {
			return error(HttpStatus.NOT_FOUND, "No such service takes online requests: " + code);
		}
		List<Map<String, Object>> attributes = new ArrayList<>();
		int order = 1;
		for (ApplicationForm.Field field : form.get().fields()) {
			Map<String, Object> attribute = new LinkedHashMap<>();
			attribute.put("variable", true);
			attribute.put("code", field.key());
			attribute.put("datatype", switch (field.type()) {
				case "number" -> "number";
				case "textarea" -> "text";
				case "select", "radio" -> "singlevaluelist";
				default -> "string";
			});
			attribute.put("required", field.required());
			attribute.put("datatype_description",
					field.maxLength() == null ? "" : "at most " + field.maxLength() + " characters");
			attribute.put("order", order++);
			attribute.put("description", field.label().toString());
			if (!field.options().isEmpty()) {
				attribute.put("values",
						field.options()
							.stream()
							.map(option -> Map.of("key", option.value(), "name", option.label().toString()))
							.toList());
			}
			attributes.add(attribute);
		}
		return ResponseEntity.ok(Map.of("service_code", code, "attributes", attributes));
	}

	@PostMapping({ "/requests.json", "/requests" })
	ResponseEntity<?> file(@RequestParam Map<String, String> params,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Optional<String> client = this.clients.clientOf(params.get("api_key"));
		if (client.isEmpty()) {
			return error(HttpStatus.FORBIDDEN, "A valid api_key is required to file requests");
		}
		Map<String, Object> fields = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("attribute[") && name.endsWith("]") && !value.isBlank()) {
				fields.put(name.substring("attribute[".length(), name.length() - 1), value);
			}
		});
		try {
			Receipt receipt = this.intake.submit(new Submission(params.get("service_code"), Channel.OPEN311,
					new Submission.Applicant(params.get("national_id"), params.get("first_name"),
							params.get("last_name"), date(params.get("birth_date")), params.get("phone"),
							params.get("email"), params.get("email") == null ? "SMS" : "EMAIL", "th"),
					fields, idempotencyKey == null ? null : "open311:" + client.get() + ":" + idempotencyKey));
			if (!receipt.repeated()) {
				this.jdbc.sql("insert into open311_request (tracking_code, client, filed_at) values (?, ?, ?)")
					.params(receipt.trackingCode().value(), client.get(), Timestamp.from(receipt.receivedAt()))
					.update();
			}
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("service_request_id", receipt.trackingCode().formatted());
			answer.put("service_notice", "Decision due by " + iso(receipt.expectedBy()));
			answer.put("account_id", null);
			return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(List.of(answer));
		}
		catch (IntakeRejectedException refused) {
			HttpStatus status = switch (refused.kind()) {
				case NOT_FOUND -> HttpStatus.NOT_FOUND;
				case INVALID -> HttpStatus.BAD_REQUEST;
				case UNVERIFIED -> HttpStatus.UNPROCESSABLE_ENTITY;
				case KEY_REUSED -> HttpStatus.CONFLICT;
				case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
			};
			return ResponseEntity.status(status)
				.body(refused.problems()
					.stream()
					.map(problem -> Map.of("code", status.value(), "description",
							problem.field() + ": " + problem.en() + " / " + problem.th()))
					.toList());
		}
	}

	@GetMapping({ "/requests/{id}.json", "/requests/{id}" })
	ResponseEntity<?> request(@PathVariable String id,
			@RequestParam(name = "api_key", required = false) String apiKey) {
		Optional<String> client = this.clients.clientOf(apiKey);
		if (client.isEmpty()) {
			return error(HttpStatus.FORBIDDEN, "A valid api_key is required");
		}
		Optional<FiledRequest> request = TrackingCode.parse(id)
			.filter(code -> filedBy(client.get(), code))
			.flatMap(this.requests::find);
		if (request.isEmpty()) {
			return error(HttpStatus.NOT_FOUND, "No request " + id + " filed by this client");
		}
		return ResponseEntity.ok(List.of(describe(request.get())));
	}

	@GetMapping({ "/requests.json", "/requests" })
	ResponseEntity<?> list(@RequestParam(name = "api_key", required = false) String apiKey,
			@RequestParam(name = "service_request_id", required = false) List<String> ids,
			@RequestParam(name = "service_code", required = false) String serviceCode,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(name = "status", required = false) String status) {
		Optional<String> client = this.clients.clientOf(apiKey);
		if (client.isEmpty()) {
			return error(HttpStatus.FORBIDDEN, "A valid api_key is required");
		}
		Instant from;
		Instant to;
		try {
			from = startDate == null ? Instant.EPOCH : OffsetDateTime.parse(startDate).toInstant();
			to = endDate == null ? Instant.now().plusSeconds(60) : OffsetDateTime.parse(endDate).toInstant();
		}
		catch (DateTimeParseException notW3c) {
			return error(HttpStatus.BAD_REQUEST,
					"start_date and end_date are W3C date-times, e.g. 2026-11-24T09:00:00+07:00");
		}
		List<Map<String, Object>> found = this.jdbc
			.sql("select tracking_code from open311_request where client = ? and filed_at >= ? and filed_at < ?"
					+ " order by filed_at desc fetch first ? rows only")
			.params(client.get(), Timestamp.from(from), Timestamp.from(to), MOST_LISTED)
			.query(String.class)
			.list()
			.stream()
			.map(TrackingCode::new)
			.filter(code -> ids == null
					|| ids.stream().map(TrackingCode::parse).flatMap(Optional::stream).anyMatch(code::equals))
			.map(this.requests::find)
			.flatMap(Optional::stream)
			.filter(request -> serviceCode == null || serviceCode.equals(request.serviceCode()))
			.map(this::describe)
			.filter(request -> status == null || status.equals(request.get("status")))
			.toList();
		return ResponseEntity.ok(found);
	}

	private boolean filedBy(String client, TrackingCode code) {
		return this.jdbc.sql("select count(*) from open311_request where client = ? and tracking_code = ?")
			.params(client, code.value())
			.query(Integer.class)
			.single() > 0;
	}

	private Map<String, Object> describe(FiledRequest request) {
		RequestTracker.View view = this.tracker.view(request);
		List<Map<String, Object>> notes = new ArrayList<>();
		String responsible = null;
		Instant updated = request.receivedAt();
		for (RequestTracker.Stage stage : view.stages()) {
			for (List<RequestTracker.Step> branch : stage.branches()) {
				for (RequestTracker.Step step : branch) {
					if (step.startedAt() != null) {
						notes.add(note(step.startedAt(), "started", step));
						updated = later(updated, step.startedAt());
					}
					if (step.endedAt() != null) {
						notes.add(note(step.endedAt(), "done", step));
						updated = later(updated, step.endedAt());
					}
					if (step.progress() == RequestTracker.Progress.CURRENT && step.agency() != null) {
						responsible = step.agency().toString();
					}
				}
			}
		}
		notes.sort((a, b) -> ((String) a.get("datetime")).compareTo((String) b.get("datetime")));
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("service_request_id", view.trackingCode());
		described.put("status", view.completed() ? "closed" : "open");
		described.put("status_notes", statusNotes(view));
		described.put("service_name", view.serviceName().toString());
		described.put("service_code", view.service());
		described.put("agency_responsible", responsible);
		described.put("requested_datetime", iso(request.receivedAt()));
		described.put("updated_datetime", iso(view.completed() ? view.completedAt() : updated));
		// When it will likely be done (learnt from past requests), else the legal
		// deadline;
		// the deadline is kept apart, since a forecast is not a promise.
		boolean forecast = view.forecast() != null && view.forecast().given();
		described.put("expected_datetime", iso(forecast ? view.forecast().likelyBy() : view.expectedBy()));
		described.put("deadline_datetime", iso(view.expectedBy()));
		described.put("notes", notes);
		return described;
	}

	/**
	 * How the request ended, and what its model shows with that ("Refused: Permit
	 * refused. Reason: ..."); while it runs, its service level.
	 */
	private static String statusNotes(RequestTracker.View view) {
		if (!view.completed()) {
			return view.slaLabel() == null ? null : view.slaLabel().toString();
		}
		StringBuilder notes = new StringBuilder(view.state().toString());
		if (view.outcome() != null) {
			notes.append(": ").append(view.outcome().end());
			view.outcome()
				.details()
				.forEach(detail -> notes.append(". ").append(detail.label()).append(": ").append(detail.value()));
		}
		return notes.toString();
	}

	private static Map<String, Object> note(Instant at, String what, RequestTracker.Step step) {
		return Map.of("datetime", iso(at), "type", "step", "summary", what, "description", step.name().en() + " / "
				+ step.name().th() + (step.agency() == null ? "" : " (" + step.agency() + ")"));
	}

	private static Instant later(Instant a, Instant b) {
		return b.isAfter(a) ? b : a;
	}

	private static Map<String, Object> service(CitizensManual manual) {
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("service_code", manual.code());
		service.put("service_name", manual.name().toString());
		service.put("description", manual.description().en());
		service.put("metadata", true);
		service.put("type", "realtime");
		service.put("keywords", manual.code());
		service.put("group", manual.owner() == null ? "" : manual.owner().name().toString());
		return service;
	}

	private static String iso(Instant instant) {
		return instant == null ? null : instant.atZone(ThaiDates.BANGKOK).toOffsetDateTime().toString();
	}

	private static LocalDate date(String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	private static ResponseEntity<List<Map<String, Object>>> error(HttpStatus status, String description) {
		return ResponseEntity.status(status).body(List.of(Map.of("code", status.value(), "description", description)));
	}

}
