package org.cirm.servicerequest.internal.simulation;

import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

import org.cirm.platform.ThaiDates;
import org.cirm.servicerequest.Channel;
import org.cirm.sla.WorkingCalendar;

/**
 * How many requests arrive in an hour, and through which channel: counters and the
 * hotline only in office hours of working days, the portal and agency systems at any hour
 * with a daytime peak; fewer on public holidays, fewest over Songkran (13-15 April), more
 * before the fiscal year ends (August, September) and in the rainy season's complaints
 * (June to October).
 */
final class Demand {

	private static final List<Channel> OFFICE = List.of(Channel.COUNTER, Channel.COUNTER, Channel.HOTLINE);

	private final WorkingCalendar calendar;

	private final double meanPerHour;

	Demand(WorkingCalendar calendar, SimulationSettings settings) {
		this.calendar = calendar;
		ZonedDateTime first = settings.from().atStartOfDay(ThaiDates.BANGKOK);
		double weights = 0;
		for (int h = 0; h < settings.days() * 24; h++) {
			weights += weight(first.plusHours(h));
		}
		// So that the period's expected total is the number of requests asked for.
		this.meanPerHour = weights == 0 ? 0 : settings.requests() / weights;
	}

	/** How many arrive in the hour that starts now. */
	int arrivals(ZonedDateTime hour, Random random) {
		return poisson(this.meanPerHour * weight(hour), random);
	}

	/** The channel of one arrival in this hour. */
	Channel channel(ZonedDateTime hour, Random random) {
		if (officeOpen(hour) && random.nextDouble() < 0.6) {
			return OFFICE.get(random.nextInt(OFFICE.size()));
		}
		return random.nextDouble() < 0.85 ? Channel.WEB : Channel.API;
	}

	boolean officeOpen(ZonedDateTime hour) {
		int h = hour.getHour();
		return this.calendar.isWorkingDay(hour.toLocalDate()) && h >= 9 && h < 16;
	}

	/** Relative demand of this hour. */
	private double weight(ZonedDateTime hour) {
		LocalDate day = hour.toLocalDate();
		double season = switch (day.getMonth()) {
			case AUGUST, SEPTEMBER -> 1.25;
			case JUNE, JULY, OCTOBER -> 1.1;
			case DECEMBER, JANUARY -> 0.85;
			default -> 1.0;
		};
		boolean songkran = day.getMonth() == Month.APRIL && day.getDayOfMonth() >= 12 && day.getDayOfMonth() <= 16;
		double dayKind = songkran ? 0.15 : this.calendar.isWorkingDay(day) ? 1.35 : 0.4;
		int h = hour.getHour();
		double time = h >= 9 && h < 16 ? 2.3 : (h >= 7 && h < 22 ? 0.8 : 0.15);
		return season * dayKind * time;
	}

	private static int poisson(double mean, Random random) {
		if (mean > 50) {
			// Knuth's method underflows for large means; the normal is close there.
			return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
		}
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}

}
