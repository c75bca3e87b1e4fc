package org.cirm.sla.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How service levels are kept ({@code cirm.sla}).
 *
 * @param holidays where the holiday data files are, later ones replacing earlier ones for
 * the same year
 * @param officeHours the government's office hours, {@code 08:30-16:30}
 * @param agencyOfficeHours agencies whose offices keep other hours, by agency code
 * @param warningAt the share of a limit after which a step is at risk and its officers
 * are warned
 * @param delayNoticeInterval how often a citizen whose decision is late is told why
 * (section 10 of the Licensing Facilitation Act: every 7 days)
 * @param escalationGroup the group a step is escalated to when its limit has passed
 */
@ConfigurationProperties("cirm.sla")
public record SlaProperties(@DefaultValue("classpath:sla/holidays/*.json") List<String> holidays,
		@DefaultValue("08:30-16:30") String officeHours, Map<String, String> agencyOfficeHours,
		@DefaultValue("0.8") double warningAt, @DefaultValue("P7D") Duration delayNoticeInterval,
		@DefaultValue("supervisor") String escalationGroup) {

	public SlaProperties {
		agencyOfficeHours = agencyOfficeHours == null ? Map.of() : Map.copyOf(agencyOfficeHours);
		if (warningAt <= 0 || warningAt >= 1) {
			throw new IllegalArgumentException("cirm.sla.warning-at is a share between 0 and 1: " + warningAt);
		}
	}

}
