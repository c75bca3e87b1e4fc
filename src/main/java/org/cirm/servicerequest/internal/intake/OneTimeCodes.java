package org.cirm.servicerequest.internal.intake;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.cirm.citizen.Citizen;
import org.cirm.citizen.CitizenRegistry;
import org.cirm.citizen.InvalidNationalIdException;
import org.cirm.citizen.NationalId;
import org.cirm.servicerequest.MyRequests;
import org.cirm.servicerequest.OneTimeCodeIssued;
import org.cirm.servicerequest.TooManyAttemptsException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code one_time_code} table behind "my requests": a challenge per try, a six-digit
 * code sent only when the ID and birth date match a registered citizen, spent by the one
 * update that marks it used. At most three codes a citizen an hour, so nobody floods a
 * phone.
 */
@Service
class OneTimeCodes implements MyRequests {

	static final Duration VALID_FOR = Duration.ofMinutes(10);

	private static final int MOST_ATTEMPTS = 5;

	private static final int MOST_PER_HOUR = 3;

	private final JdbcClient jdbc;

	private final CitizenRegistry citizens;

	private final TrackingLimiter limiter;

	private final ApplicationEventPublisher events;

	OneTimeCodes(JdbcClient jdbc, CitizenRegistry citizens, TrackingLimiter limiter, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.limiter = limiter;
		this.events = events;
	}

	@Override
	@Transactional
	public String sendCode(String nationalId, LocalDate birthDate, String client) {
		String subject = "client:" + client;
		if (this.limiter.blocked(subject)) {
			throw new TooManyAttemptsException();
		}
		NationalId id;
		try {
			id = NationalId.parse(nationalId);
		}
		catch (InvalidNationalIdException invalid) {
			throw new IllegalArgumentException(invalid.getMessage(), invalid);
		}
		Optional<Citizen> citizen = this.citizens.find(id)
			.filter(found -> birthDate != null && birthDate.equals(found.birthDate()));
		String challenge = Secrets.token();
		String code = Secrets.digits(6);
		Instant now = Instant.now();
		boolean sent = citizen.isPresent() && sentLastHour(citizen.get().ref().value()) < MOST_PER_HOUR;
		this.jdbc.sql("""
				insert into one_time_code (challenge_hash, citizen_ref, code_hash, created_at, expires_at, attempts)
				values (?, ?, ?, ?, ?, 0)""")
			.params(Secrets.sha256(challenge), sent ? citizen.get().ref().value() : null,
					Secrets.sha256(challenge + ":" + code), Timestamp.from(now), Timestamp.from(now.plus(VALID_FOR)))
			.update();
		if (sent) {
			this.events.publishEvent(new OneTimeCodeIssued(citizen.get().ref().value(), code, now.plus(VALID_FOR)));
		}
		else {
			this.limiter.failed(subject);
		}
		return challenge;
	}

	@Override
	@Transactional
	public Optional<String> verify(String challenge, String code, String client) {
		String subject = "client:" + client;
		if (this.limiter.blocked(subject)) {
			throw new TooManyAttemptsException();
		}
		if (challenge == null || code == null || challenge.length() > 100 || !code.strip().matches("\\d{6}")) {
			this.limiter.failed(subject);
			return Optional.empty();
		}
		Timestamp now = Timestamp.from(Instant.now());
		int spent = this.jdbc.sql("""
				update one_time_code set used_at = ? where challenge_hash = ? and code_hash = ? and used_at is null
				and expires_at > ? and attempts < ? and citizen_ref is not null""")
			.params(now, Secrets.sha256(challenge), Secrets.sha256(challenge + ":" + code.strip()), now, MOST_ATTEMPTS)
			.update();
		if (spent != 1) {
			this.jdbc.sql("update one_time_code set attempts = attempts + 1 where challenge_hash = ?")
				.param(Secrets.sha256(challenge))
				.update();
			this.limiter.failed(subject);
			return Optional.empty();
		}
		return this.jdbc.sql("select citizen_ref from one_time_code where challenge_hash = ?")
			.param(Secrets.sha256(challenge))
			.query(String.class)
			.optional();
	}

	/** Challenges a day old are of no use to anyone. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void purge() {
		this.jdbc.sql("delete from one_time_code where expires_at < ?")
			.param(Timestamp.from(Instant.now().minus(Duration.ofDays(1))))
			.update();
	}

	private long sentLastHour(String citizenRef) {
		return this.jdbc.sql("select count(*) from one_time_code where citizen_ref = ? and created_at > ?")
			.params(citizenRef, Timestamp.from(Instant.now().minus(Duration.ofHours(1))))
			.query(Long.class)
			.single();
	}

}
