package org.cirm.notification.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.cirm.platform.Roles;
import org.cirm.platform.ThaiDates;
import org.cirm.sla.DeadlineAlert;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells officers of a step near or past its deadline: the group holding it and that
 * agency's supervisors, by e-mail (those with an address on their account).
 */
@Component
class OfficerMessages {

	private final Outbox outbox;

	private final IdentityService identity;

	private final ThaiDates thaiDates;

	OfficerMessages(Outbox outbox, IdentityService identity, ThaiDates thaiDates) {
		this.outbox = outbox;
		this.identity = identity;
		this.thaiDates = thaiDates;
	}

	@EventListener
	void deadline(DeadlineAlert alert) {
		if (alert.group() == null) {
			return;
		}
		String template = alert.type() == DeadlineAlert.Type.WARNING ? "step-due-soon" : "step-overdue";
		for (String officer : officersOf(alert.group())) {
			this.outbox.enqueue(new Message(
					String.join(
							":", template, alert.processInstanceId(), alert.step(), alert.dueAt().toString(), officer),
					Message.Recipient.OFFICER, officer, Message.Channel.EMAIL, "th", template,
					Map.of("request", alert.trackingCode() == null ? alert.processInstanceId() : alert.trackingCode(),
							"service", alert.serviceCode(), "step", alert.step(), "due",
							this.thaiDates.dateTime(alert.dueAt())),
					alert.processInstanceId()));
		}
	}

	/** The group's members, and the supervisors who belong to the same agency. */
	private Set<String> officersOf(String group) {
		Set<String> officers = new LinkedHashSet<>();
		this.identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).forEach(officers::add);
		Set<String> members = Set.copyOf(officers);
		this.identity.createUserQuery()
			.memberOfGroup(Roles.SUPERVISOR)
			.list()
			.stream()
			.map(User::getId)
			.filter(members::contains)
			.forEach(officers::add);
		return officers;
	}

}
