package org.cirm.platform.internal.identity;

import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.cirm.platform.AccessPolicy;
import org.cirm.platform.Roles;
import org.cirm.platform.StartupStep;
import org.cirm.platform.Texts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups and what each role may do, on every start and in every profile:
 * the access model is part of the product, not of the demo. Agencies add their own groups
 * ({@code agency} module).
 */
@Component
@Order(10)
class RoleGroups implements StartupStep {

	/** The role groups, each named by its text {@code role.<id>}. */
	private static final List<String> ROLES = List.of(Roles.COUNTER, Roles.HOTLINE, Roles.SUPERVISOR,
			Roles.PROCESS_OWNER, Roles.ADMIN, Roles.CITIZEN_DATA, Roles.AUDITOR, Roles.MONITORING, Roles.MANAGER);

	private final AccessPolicy access;

	private final TasklistFilters filters;

	RoleGroups(AccessPolicy access, TasklistFilters filters) {
		this.access = access;
		this.filters = filters;
	}

	@Override
	public void run() {
		ROLES.forEach(id -> this.access.ensureGroup(id, Texts.of("role." + id).toString(), Roles.ROLE_GROUP_TYPE));
		this.access.grantOfficer(Roles.COUNTER);
		this.access.grantOfficer(Roles.HOTLINE);
		grantSupervisor();
		grantManager();
		grantProcessOwner();
		grantAdmin();
		this.filters.ensureShared();
	}

	/**
	 * Supervisors follow every case and reassign steps; they read history but change no
	 * model.
	 */
	private void grantSupervisor() {
		String group = Roles.SUPERVISOR;
		this.access.grantOfficer(group);
		this.access.grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		this.access.grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ,
				Permissions.READ_HISTORY, Permissions.READ_INSTANCE, Permissions.READ_TASK);
		this.access.grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
		this.access.grant(group, Resources.TASK, Authorization.ANY, Permissions.READ, TaskPermissions.TASK_ASSIGN);
	}

	/**
	 * Managers read the reports of every agency and follow a request from them into
	 * Cockpit; they work no step and change no case.
	 */
	private void grantManager() {
		String group = Roles.MANAGER;
		this.access.grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		this.access.grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ,
				Permissions.READ_HISTORY, Permissions.READ_INSTANCE);
		this.access.grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
	}

	/**
	 * Administrators manage accounts, permissions and every engine object, but deploy no
	 * model: deploying is the process owners' act alone, and so answerable.
	 */
	private void grantAdmin() {
		for (Resources resource : Resources.values()) {
			if (resource == Resources.DEPLOYMENT) {
				this.access.grant(Roles.ADMIN, resource, Authorization.ANY, Permissions.READ, Permissions.DELETE);
			}
			else {
				this.access.grant(Roles.ADMIN, resource, Authorization.ANY, Permissions.ALL);
			}
		}
	}

	/**
	 * Process owners alone deploy models, and read definitions, running cases and history
	 * in Cockpit. They work no agency's steps: no task, no instance may they change. Set
	 * exactly, so a database from an earlier version (which granted them ALL) loses the
	 * rest.
	 */
	private void grantProcessOwner() {
		String group = Roles.PROCESS_OWNER;
		this.access.grantOfficer(group);
		this.access.grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		this.access.grantExactly(group, Resources.DEPLOYMENT, Authorization.ANY, Permissions.CREATE, Permissions.READ,
				Permissions.DELETE);
		this.access.grantExactly(group, Resources.PROCESS_DEFINITION, Authorization.ANY,
				ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
				ProcessDefinitionPermissions.READ_INSTANCE);
		this.access.grantExactly(group, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ,
				Permissions.READ_HISTORY);
		this.access.grantExactly(group, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY,
				Permissions.READ);
		this.access.grantExactly(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
	}

}
