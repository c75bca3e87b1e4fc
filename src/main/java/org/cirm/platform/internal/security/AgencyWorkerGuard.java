package org.cirm.platform.internal.security;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.cirm.platform.Roles;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps an agency system's worker account (group {@code worker-<agency>}) to its own
 * work: it may fetch and lock only topics {@code <agency>.*}, and complete, fail, extend
 * or unlock only external tasks of those topics; every other engine REST call gets 403.
 * The engine's authorizations cannot say "these topics only", hence this guard. Every
 * other way into the engine (form login, the webapps and their API, our officer pages)
 * refuses worker accounts altogether ({@link OfficersOnly}).
 */
class AgencyWorkerGuard extends OncePerRequestFilter {

	/** The engine REST API, by its default engine's path or by the engine's name. */
	private static final String ENGINE_REST = "/engine-rest(?:/engine/[^/]+)?";

	private static final Pattern FETCH = Pattern.compile(ENGINE_REST + "/external-task/fetchAndLock/?");

	private static final Pattern TASK_ACTION = Pattern
		.compile(ENGINE_REST + "/external-task/([^/]+)/(?:complete|failure|bpmnError|extendLock|unlock)/?");

	private static final int MAX_BODY_BYTES = 1 << 20;

	private final ObjectMapper json;

	private final ExternalTaskService externalTasks;

	AgencyWorkerGuard(ObjectMapper json, ExternalTaskService externalTasks) {
		this.json = json;
		this.externalTasks = externalTasks;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (!Roles.isWorker(caller)) {
			chain.doFilter(request, response);
			return;
		}
		Set<String> agencies = workerAgencies(caller);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher action = TASK_ACTION.matcher(path);
		if (FETCH.matcher(path).matches()) {
			byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES);
			if (fetchesOnlyItsTopics(body, agencies)) {
				chain.doFilter(new RereadableRequest(request, body), response);
				return;
			}
		}
		else if (action.matches() && isItsTask(action.group(1), agencies)) {
			chain.doFilter(request, response);
			return;
		}
		refuse(response);
	}

	private static Set<String> workerAgencies(Authentication user) {
		if (user == null) {
			return Set.of();
		}
		String prefix = Roles.authority(Roles.WORKER_GROUP_PREFIX);
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(prefix))
			.map(authority -> authority.substring(prefix.length()))
			.collect(Collectors.toSet());
	}

	private boolean fetchesOnlyItsTopics(byte[] body, Set<String> agencies) {
		try {
			JsonNode topics = this.json.readTree(body).path("topics");
			if (!topics.isArray() || topics.isEmpty()) {
				return false;
			}
			for (JsonNode topic : topics) {
				if (!isOfAgency(topic.path("topicName").asText(), agencies)) {
					return false;
				}
			}
			return true;
		}
		catch (IOException notJson) {
			return false;
		}
	}

	private boolean isItsTask(String externalTaskId, Set<String> agencies) {
		ExternalTask task = this.externalTasks.createExternalTaskQuery().externalTaskId(externalTaskId).singleResult();
		// An unknown task passes on, for the engine's own 404.
		return task == null || isOfAgency(task.getTopicName(), agencies);
	}

	private static boolean isOfAgency(String topic, Set<String> agencies) {
		int dot = topic.indexOf('.');
		return dot > 0 && agencies.contains(topic.substring(0, dot));
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), Map.of("type", "AuthorizationException", "message",
				"An agency system's worker account may only fetch and complete its own agency's external tasks"));
	}

}
