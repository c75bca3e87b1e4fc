package org.cirm.servicerequest.internal.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.cirm.platform.Roles;
import org.cirm.platform.Texts;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * A process owner checks a service before deploying it: the BPMN with its forms and
 * decision tables, as multipart files (any part names, like a deployment), answered with
 * every problem at once. The same check refuses a deployment that fails it.
 */
@RestController
class ModelCheckApi {

	private final ModelCheck check;

	private final IdentityService identity;

	ModelCheckApi(ModelCheck check, IdentityService identity) {
		this.check = check;
		this.identity = identity;
	}

	/** Whether the models may go live, and every problem if not. */
	record Answer(boolean ok, List<ModelCheck.Problem> problems) {
	}

	@PostMapping(path = "/officer/api/models/check", consumes = "multipart/form-data")
	Answer check(MultipartHttpServletRequest request, Authentication officer) {
		if (officer.getAuthorities()
			.stream()
			.noneMatch(granted -> granted.getAuthority().equals(Roles.authority(Roles.PROCESS_OWNER))
					|| granted.getAuthority().equals(Roles.authority(Roles.ADMIN)))) {
			throw new AccessDeniedException("Checking models is for process owners");
		}
		Map<String, byte[]> resources = new LinkedHashMap<>();
		request.getMultiFileMap().values().stream().flatMap(List::stream).forEach(file -> add(resources, file));
		if (resources.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Texts.of("model-check.no-files").toString());
		}
		List<ModelCheck.Problem> problems = this.check.check(resources, this.identity);
		return new Answer(problems.isEmpty(), problems);
	}

	private static void add(Map<String, byte[]> resources, MultipartFile file) {
		String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? file.getName()
				: file.getOriginalFilename();
		try {
			resources.put(name, file.getBytes());
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
