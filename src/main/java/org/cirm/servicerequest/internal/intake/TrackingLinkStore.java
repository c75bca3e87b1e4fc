package org.cirm.servicerequest.internal.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.cirm.servicerequest.FiledRequest;
import org.cirm.servicerequest.TrackingCode;
import org.cirm.servicerequest.TrackingLinkIssued;
import org.cirm.servicerequest.TrackingLinks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code tracking_link} table: a link's token is 32 random bytes, kept only as its
 * SHA-256, and spent by the one update that marks it used, so it opens the request once
 * on whichever node.
 */
@Service
class TrackingLinkStore implements TrackingLinks {

	private final JdbcClient jdbc;

	private final RequestStore requests;

	private final ApplicationEventPublisher events;

	TrackingLinkStore(JdbcClient jdbc, RequestStore requests, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.events = events;
	}

	@Override
	@Transactional
	public void send(TrackingCode code) {
		this.requests.byTrackingCode(code)
			.filter(request -> request.citizenRef() != null && sentToday(request.id()) < MOST_PER_DAY)
			.ifPresent(this::issue);
	}

	@Override
	@Transactional
	public Optional<FiledRequest> redeem(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		Timestamp now = Timestamp.from(Instant.now());
		String hash = Secrets.sha256(token);
		int spent = this.jdbc
			.sql("update tracking_link set used_at = ? where token_hash = ? and used_at is null and expires_at > ?")
			.params(now, hash, now)
			.update();
		if (spent != 1) {
			return Optional.empty();
		}
		return this.jdbc.sql("select request_id from tracking_link where token_hash = ?")
			.param(hash)
			.query(String.class)
			.optional()
			.flatMap(this.requests::byId)
			.map(RequestStore.Stored::filed);
	}

	private long sentToday(String requestId) {
		return this.jdbc.sql("select count(*) from tracking_link where request_id = ? and created_at > ?")
			.params(requestId, Timestamp.from(Instant.now().minus(VALID_FOR)))
			.query(Long.class)
			.single();
	}

	private void issue(RequestStore.Stored request) {
		String token = Secrets.token();
		Instant now = Instant.now();
		Instant expires = now.plus(VALID_FOR);
		this.jdbc.sql("insert into tracking_link (token_hash, request_id, created_at, expires_at) values (?, ?, ?, ?)")
			.params(Secrets.sha256(token), request.id(), Timestamp.from(now), Timestamp.from(expires))
			.update();
		this.events.publishEvent(new TrackingLinkIssued(request.id(), request.trackingCode(), request.serviceCode(),
				request.citizenRef(), request.processInstance(), token, expires));
	}

}
