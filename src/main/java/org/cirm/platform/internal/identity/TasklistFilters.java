package org.cirm.platform.internal.identity;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every officer sees: their agency's open steps and the steps they
 * claimed. Each shows only tasks the officer is authorized for, so a shared filter
 * reveals nothing.
 */
@Component
class TasklistFilters {

	private final FilterService filters;

	private final TaskService tasks;

	private final AuthorizationService authorizations;

	TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
		this.filters = filters;
		this.tasks = tasks;
		this.authorizations = authorizations;
	}

	void ensureShared() {
		ensure("งานของหน่วยงาน / My agency's tasks", -10, "ขั้นตอนที่รอหน่วยงานของท่าน / Steps waiting for your agency",
				this.tasks.createTaskQuery()
					.taskCandidateGroupInExpression("${currentUserGroups()}")
					.includeAssignedTasks());
		ensure("งานที่ฉันรับไว้ / My claimed tasks", -5, "ขั้นตอนที่ท่านรับไว้ / Steps you have claimed",
				this.tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
	}

	private void ensure(String name, int priority, String description, TaskQuery query) {
		if (this.filters.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Filter filter = this.filters.newTaskFilter(name)
			.setQuery(query)
			.setProperties(Map.<String, Object>of("priority", priority, "description", description, "refresh", true));
		this.filters.saveFilter(filter);
		Authorization everyone = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
		everyone.setResource(Resources.FILTER);
		everyone.setResourceId(filter.getId());
		everyone.addPermission(Permissions.READ);
		this.authorizations.saveAuthorization(everyone);
	}

}
