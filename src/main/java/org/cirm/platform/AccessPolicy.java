package org.cirm.platform;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Creates officer groups and grants them engine permissions, so that every module states
 * what its groups may do in one vocabulary and the grants stay idempotent across restarts
 * and nodes.
 *
 * <p>
 * It adds permissions, except where a role's rights are set exactly
 * ({@link #grantExactly}), so that a right the product withdrew is withdrawn from a
 * database that had it. It must never grant {@code READ_TASK} on process definitions to
 * agency groups: an officer sees a task because their group is a candidate for it, and so
 * only their own agency's steps.
 */
@Component
public class AccessPolicy {

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	private final FilterService filters;

	AccessPolicy(IdentityService identity, AuthorizationService authorizations, FilterService filters) {
		this.identity = identity;
		this.authorizations = authorizations;
		this.filters = filters;
	}

	/**
	 * The policy on an engine's own services, for what runs inside the engine (a
	 * deployment) before the application's beans exist.
	 */
	public static AccessPolicy of(IdentityService identity, AuthorizationService authorizations,
			FilterService filters) {
		return new AccessPolicy(identity, authorizations, filters);
	}

	/**
	 * A Tasklist filter every officer sees, created once and kept showing the task card's
	 * variables. Each officer still sees only the tasks they are authorized for, so
	 * sharing reveals nothing. {@code priority} orders the filters (lowest first).
	 */
	public void ensureSharedTaskFilter(String name, int priority, String description, TaskQuery query) {
		Map<String, Object> properties = Map.of("priority", priority, "description", description, "refresh", true,
				"variables",
				TaskCard.LINES.stream()
					.map(line -> Map.of("name", line.taskVariable(), "label", line.label()))
					.toList());
		Filter existing = this.filters.createFilterQuery().filterName(name).singleResult();
		if (existing != null) {
			// Kept up to date with what officers should see in the list.
			this.filters.saveFilter(existing.setProperties(properties));
			return;
		}
		Filter filter = this.filters.newTaskFilter(name).setQuery(query).setProperties(properties);
		this.filters.saveFilter(filter);
		Authorization everyone = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
		everyone.setResource(Resources.FILTER);
		everyone.setResourceId(filter.getId());
		everyone.addPermission(Permissions.READ);
		this.authorizations.saveAuthorization(everyone);
	}

	/**
	 * Creates the group unless it exists; {@code type} is {@link Roles#ROLE_GROUP_TYPE}
	 * or an agency.
	 */
	public void ensureGroup(String id, String name, String type) {
		if (this.identity.createGroupQuery().groupId(id).count() > 0) {
			return;
		}
		Group group = this.identity.newGroup(id);
		group.setName(name);
		group.setType(type);
		this.identity.saveGroup(group);
	}

	/**
	 * What every officer needs to work in Tasklist: the app and the names of the
	 * services.
	 */
	public void grantOfficer(String groupId) {
		grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grant(groupId, Resources.APPLICATION, "welcome", Permissions.ACCESS);
		grant(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
		grant(groupId, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
	}

	/** Lets the group start the process from a Tasklist start form or the REST API. */
	public void allowStart(String processDefinitionKey, String groupId) {
		grant(groupId, Resources.PROCESS_DEFINITION, processDefinitionKey, Permissions.READ,
				ProcessDefinitionPermissions.CREATE_INSTANCE);
		grant(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
	}

	/**
	 * Lets exactly these groups start the process: grants the ones that may not yet and
	 * withdraws {@code CREATE_INSTANCE} from any other group an earlier version let start
	 * it (the group keeps reading it). Several processes in one engine command (a
	 * deployment) give each group its instance-creation right once, in
	 * {@link #allowCreatingInstances}.
	 */
	public void allowStartExactly(String processDefinitionKey, Set<String> groupIds) {
		groupIds.forEach(group -> grant(group, Resources.PROCESS_DEFINITION, processDefinitionKey, Permissions.READ,
				ProcessDefinitionPermissions.CREATE_INSTANCE));
		this.authorizations.createAuthorizationQuery()
			.resourceType(Resources.PROCESS_DEFINITION)
			.resourceId(processDefinitionKey)
			.hasPermission(ProcessDefinitionPermissions.CREATE_INSTANCE)
			.list()
			.stream()
			.filter(granted -> granted.getGroupId() != null && !groupIds.contains(granted.getGroupId()))
			.forEach(withdrawn -> {
				withdrawn.removePermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
				this.authorizations.saveAuthorization(withdrawn);
			});
	}

	/** What starting any process needs besides the right on the process itself. */
	public void allowCreatingInstances(String groupId) {
		grant(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
	}

	/**
	 * Sets the group's permissions on the resource to exactly these, withdrawing any
	 * other that an earlier version granted.
	 */
	public void grantExactly(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = authorizationOf(groupId, resource, resourceId);
		Permission[] none = new Permission[] { Permissions.NONE };
		authorization.setPermissions(permissions.length == 0 ? none : permissions);
		this.authorizations.saveAuthorization(authorization);
	}

	/**
	 * Adds the permissions to the group's authorization on the resource, creating it if
	 * needed.
	 */
	public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = authorizationOf(groupId, resource, resourceId);
		if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
			return;
		}
		Arrays.stream(permissions).forEach(authorization::addPermission);
		this.authorizations.saveAuthorization(authorization);
	}

	private Authorization authorizationOf(String groupId, Resource resource, String resourceId) {
		Authorization authorization = this.authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (authorization == null) {
			authorization = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		return authorization;
	}

}
