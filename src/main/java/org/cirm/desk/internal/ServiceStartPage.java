package org.cirm.desk.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.cirm.audit.Purpose;
import org.cirm.catalog.ServiceCatalog;
import org.cirm.citizen.CitizenRef;
import org.cirm.citizen.InvalidNationalIdException;
import org.cirm.citizen.NationalId;
import org.cirm.platform.Roles;
import org.cirm.platform.Texts;
import org.cirm.servicerequest.ApplicationForm;
import org.cirm.servicerequest.Channel;
import org.cirm.servicerequest.Intake;
import org.cirm.servicerequest.IntakeRejectedException;
import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.Receipt;
import org.cirm.servicerequest.ServiceRequests;
import org.cirm.servicerequest.Submission;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.sla.Deadline;
import org.cirm.sla.ServiceLevels;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A counter or hotline officer files a request for the citizen on screen in Citizen 360:
 * the service's own start form, less the applicant (known by reference, so nobody types
 * or pastes an ID), filed through intake like any channel, and answered with the tracking
 * code to read out and a receipt to print. The applicant is told by SMS or e-mail as from
 * the portal. One idempotency key per citizen and service holds for the officer's session
 * until they start another, so a double click or Back and send again files nothing more.
 */
@Controller
class ServiceStartPage {

	private static final String KEY = "desk.start.key.";

	private static final String RECEIPT = "desk.start.receipt";

	private final Intake intake;

	private final Citizen360 desk;

	private final ServiceCatalog catalog;

	private final ServiceRequests requests;

	private final ServiceLevels serviceLevels;

	ServiceStartPage(Intake intake, Citizen360 desk, ServiceCatalog catalog, ServiceRequests requests,
			ServiceLevels serviceLevels) {
		this.requests = requests;
		this.serviceLevels = serviceLevels;
		this.intake = intake;
		this.desk = desk;
		this.catalog = catalog;
	}

	/** The services this officer may start for a citizen, on their channel. */
	static List<ApplicationForm> startable(Intake intake, Authentication officer) {
		return intake.startableBy(officer.getName(), List.copyOf(OfficerGroups.of(officer)), channelOf(officer));
	}

	@GetMapping("/officer/citizens/{ref}/services/{code}")
	String form(@PathVariable String ref, @PathVariable String code, @RequestParam(required = false) String another,
			Authentication officer, HttpSession session, Model model) {
		CitizenRef citizen = startFor(ref, officer);
		String key = KEY + citizen + "." + code;
		if (another != null || session.getAttribute(key) == null) {
			session.setAttribute(key, UUID.randomUUID().toString());
		}
		return page(citizen, formOf(code, officer), (String) session.getAttribute(key), Map.of(), List.of(), officer,
				model);
	}

	@PostMapping("/officer/citizens/{ref}/services/{code}")
	String start(@PathVariable String ref, @PathVariable String code, @RequestParam Map<String, String> posted,
			Authentication officer, HttpSession session, HttpServletResponse response, Model model) {
		CitizenRef citizen = startFor(ref, officer);
		ApplicationForm form = formOf(code, officer);
		String submissionKey = posted.getOrDefault("submissionKey", UUID.randomUUID().toString());
		Map<String, Object> fields = ApplicationForm.postedFields(posted);
		try {
			Receipt receipt = this.intake.submit(Submission.forIdentified(code, channelOf(officer), citizen, fields,
					"desk:" + officer.getName() + ":" + submissionKey,
					new Submission.Officer(officer.getName(), Roles.agencyCodeOf(OfficerGroups.of(officer)))));
			// JDK values only, so the receipt can be shown (and printed) again on reload.
			HashMap<String, Object> started = new HashMap<>();
			started.put("trackingCode", receipt.trackingCode().formatted());
			started.put("serviceCode", receipt.serviceCode());
			started.put("receivedAt", receipt.receivedAt());
			started.put("expectedBy", receipt.expectedBy());
			started.put("citizenRef", citizen.value());
			session.setAttribute(RECEIPT, started);
			return "redirect:/officer/started";
		}
		catch (IntakeRejectedException refused) {
			response.setStatus(refused.kind() == IntakeRejectedException.Kind.UNAVAILABLE ? 503 : 400);
			model.addAttribute("fieldErrors", refused.problemsByInput());
			return page(citizen, form, submissionKey, posted, refused.problems(), officer, model);
		}
	}

	/** The receipt of the request this officer filed last, to read out and print. */
	@GetMapping("/officer/started")
	String started(Authentication officer, HttpSession session, Model model) {
		OfficerGroups.requireCitizenData(officer);
		if (!(session.getAttribute(RECEIPT) instanceof Map<?, ?> started)) {
			return "redirect:/officer/citizens";
		}
		started.forEach((name, value) -> model.addAttribute(name.toString(), value));
		model.addAttribute("manual", this.catalog.manual((String) started.get("serviceCode")).orElseThrow());
		return "desk/started";
	}

	/**
	 * The receipt of a request an officer just started in Tasklist (Tasklist knows its
	 * business key, the tracking code): as JSON for Tasklist's notice.
	 */
	@GetMapping(path = "/officer/api/receipts/{trackingCode}", produces = "application/json")
	@ResponseBody
	Map<String, Object> receiptOf(@PathVariable String trackingCode, Authentication officer) {
		requireReceiving(officer);
		FiledRequest request = TrackingCode.parse(trackingCode)
			.flatMap(this.requests::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such request"));
		Map<String, Object> receipt = new LinkedHashMap<>();
		receipt.put("trackingCode", request.trackingCode().formatted());
		receipt.put("service", this.catalog.manual(request.serviceCode()).map(m -> m.name()).orElse(null));
		receipt.put("receivedAt", request.receivedAt());
		receipt.put("expectedBy", expectedBy(request));
		receipt.put("receiptPage", "/officer/requests/" + request.requestId() + "/receipt");
		receipt.put("applicantKnown", this.requests.applicantOf(request.trackingCode()).isPresent());
		return receipt;
	}

	/** The printable receipt of any request, for the officer who filed it. */
	@GetMapping("/officer/requests/{requestId}/receipt")
	String receipt(@PathVariable String requestId, Authentication officer, Model model) {
		requireReceiving(officer);
		FiledRequest request = filed(requestId);
		model.addAttribute("requestId", request.requestId());
		model.addAttribute("applicantKnown", this.requests.applicantOf(request.trackingCode()).isPresent());
		model.addAttribute("trackingCode", request.trackingCode().formatted());
		model.addAttribute("serviceCode", request.serviceCode());
		model.addAttribute("receivedAt", request.receivedAt());
		model.addAttribute("expectedBy", expectedBy(request));
		model.addAttribute("manual", this.catalog.manual(request.serviceCode()).orElseThrow());
		return "desk/started";
	}

	/**
	 * The caller of a request started in Tasklist's own form, identified afterwards by
	 * national ID (typed here, never in Tasklist): the request becomes theirs and they
	 * get its code by SMS or e-mail. Only a citizen already registered; the ID is read
	 * for this purpose and audited.
	 */
	@PostMapping("/officer/requests/{requestId}/applicant")
	String identifyApplicant(@PathVariable String requestId, @RequestParam(defaultValue = "") String nationalId,
			Authentication officer, Model model, RedirectAttributes redirect) {
		requireReceiving(officer);
		FiledRequest request = filed(requestId);
		try {
			CitizenRef citizen = this.desk.refOf(NationalId.parse(nationalId)).orElse(null);
			if (citizen == null) {
				model.addAttribute("identifyError", "not-registered");
				return receipt(requestId, officer, model);
			}
			this.intake.identifyApplicant(request.trackingCode(), citizen, officer.getName());
			this.desk.nameOf(citizen, officer.getName(), Purpose.SERVICE_REQUEST)
				.ifPresent(name -> redirect.addFlashAttribute("identifiedName", name.full()));
			redirect.addFlashAttribute("identified", true);
			return "redirect:/officer/requests/" + request.requestId() + "/receipt";
		}
		catch (InvalidNationalIdException invalid) {
			model.addAttribute("identifyError", invalid.getMessage());
			return receipt(requestId, officer, model);
		}
		catch (IntakeRejectedException refused) {
			model.addAttribute("identifyErrors", refused.problems());
			return receipt(requestId, officer, model);
		}
	}

	private FiledRequest filed(String requestId) {
		return this.requests.byId(requestId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					Texts.of("desk.request.not-found").toString()));
	}

	private Instant expectedBy(FiledRequest request) {
		return request.processInstanceId() == null ? null
				: this.serviceLevels.serviceOf(request.processInstanceId()).map(Deadline::dueAt).orElse(null);
	}

	/** Receipts are for the officers who take requests: counter and hotline. */
	private static void requireReceiving(Authentication officer) {
		Set<String> groups = OfficerGroups.of(officer);
		if (!groups.contains(Roles.COUNTER) && !groups.contains(Roles.HOTLINE) && !groups.contains(Roles.ADMIN)) {
			throw new AccessDeniedException("Receipts are for counter and hotline officers");
		}
	}

	private String page(CitizenRef citizen, ApplicationForm form, String submissionKey, Map<String, ?> values,
			List<?> errors, Authentication officer, Model model) {
		model.addAttribute("citizenRef", citizen.value());
		model.addAttribute("citizenName",
				this.desk.nameOf(citizen, officer.getName(), Purpose.SERVICE_REQUEST).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("submissionKey", submissionKey);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("channel", channelOf(officer));
		return "desk/start-service";
	}

	private static CitizenRef startFor(String ref, Authentication officer) {
		OfficerGroups.requireCitizenData(officer);
		return CitizenRef.parse(ref)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					Texts.of("desk.citizen.not-found").toString()));
	}

	/** The service's form, if this officer may start it on their channel. */
	private ApplicationForm formOf(String code, Authentication officer) {
		Optional<ApplicationForm> form = startable(this.intake, officer).stream()
			.filter(candidate -> candidate.serviceCode().equals(code))
			.findFirst();
		return form.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
				Texts.of("desk.service.not-on-channel").toString()));
	}

	/** The hotline for hotline officers, the counter for everyone else. */
	static Channel channelOf(Authentication officer) {
		return OfficerGroups.of(officer).contains(Roles.HOTLINE) ? Channel.HOTLINE : Channel.COUNTER;
	}

}
