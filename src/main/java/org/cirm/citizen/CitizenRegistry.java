package org.cirm.citizen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.cirm.agency.AgencyUnavailableException;
import org.cirm.agency.CivilRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The citizen registry, keyed by national ID: registers and updates citizens and finds
 * them by ID, by reference, or by name or phone. It never logs personal data; reads by
 * officers are audited by the views that show them.
 */
@Service
public class CitizenRegistry {

	private static final String COLUMNS = "ref, national_id, first_name_th, last_name_th, first_name_en, last_name_en, "
			+ "birth_date, address_line, subdistrict, district, province, postcode, phone, email, "
			+ "preferred_channel, preferred_language";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final CivilRegistry civilRegistry;

	private final TransactionTemplate transaction;

	CitizenRegistry(JdbcClient jdbc, ApplicationEventPublisher events, CivilRegistry civilRegistry,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.civilRegistry = civilRegistry;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The outcome of the last check against the civil registry. */
	public record Verification(String result, OffsetDateTime at) {
	}

	/**
	 * Registers the citizen once the civil registry confirms them: the person exists, is
	 * alive, and has this Thai name and birth date. Stores the outcome with its time.
	 * @throws IdentityNotVerifiedException saying what did not match; nothing is
	 * registered The civil registry is asked before a transaction begins (called outside
	 * one, this holds no database connection while it waits for the registry).
	 * @throws CivilRegistryUnavailableException when the registry does not answer
	 * @throws CitizenRegisteredConcurrentlyException when another service point
	 * registered the same person at the same moment
	 */
	public Citizen registerVerified(Citizen profile) {
		IdentityCheck.mismatch(askCivilRegistry(profile.nationalId()), profile).ifPresent(reason -> {
			throw new IdentityNotVerifiedException(reason);
		});
		return this.transaction.execute(status -> {
			Citizen citizen = register(profile);
			this.jdbc.sql("update citizen set verification = 'VERIFIED', verified_at = ? where ref = ?")
				.params(OffsetDateTime.now(), citizen.ref().value())
				.update();
			return citizen;
		});
	}

	/**
	 * The citizen who states this identity, as every channel recognises an applicant: a
	 * registered citizen must match the registry (Thai name and birth date), and is
	 * checked again against the civil registry when the last check is older than
	 * {@link #VERIFICATION_VALID_FOR}; anyone else is confirmed by the civil registry and
	 * registered with the stated contact. Each check is stored with its time.
	 * @throws IdentityMismatchException when the registry knows the ID with another name
	 * or birth date
	 * @throws IdentityNotVerifiedException when the civil registry does not confirm them
	 * @throws CivilRegistryUnavailableException when the civil registry does not answer
	 */
	public CitizenRef recognise(Citizen stated) {
		try {
			return recognised(stated);
		}
		catch (CitizenRegisteredConcurrentlyException registeredMeanwhile) {
			// Another submission for the same new applicant registered them a moment ago:
			// they are known now, and recognised like anyone registered.
			return recognised(stated);
		}
	}

	/**
	 * How long a check against the civil registry stands before recognition asks again.
	 */
	public static final Duration VERIFICATION_VALID_FOR = Duration.ofDays(30);

	private CitizenRef recognised(Citizen stated) {
		Optional<Citizen> known = find(stated.nationalId());
		if (known.isEmpty()) {
			return registerVerified(stated).ref();
		}
		Citizen citizen = known.get();
		boolean matches = stated.birthDate().equals(citizen.birthDate())
				&& stated.nameTh().first().equals(citizen.nameTh().first())
				&& stated.nameTh().last().equals(citizen.nameTh().last());
		if (!matches) {
			throw new IdentityMismatchException();
		}
		boolean recentlyVerified = verificationOf(citizen.ref())
			.filter(check -> "VERIFIED".equals(check.result())
					&& check.at().isAfter(OffsetDateTime.now().minus(VERIFICATION_VALID_FOR)))
			.isPresent();
		return recentlyVerified ? citizen.ref() : registerVerified(citizen).ref();
	}

	public Optional<Verification> verificationOf(CitizenRef ref) {
		return this.jdbc.sql("select verification, verified_at from citizen where ref = ? and verification is not null")
			.param(ref.value())
			.query((row, number) -> new Verification(row.getString("verification"),
					row.getObject("verified_at", OffsetDateTime.class)))
			.optional();
	}

	private Optional<CivilRegistry.Person> askCivilRegistry(NationalId nationalId) {
		try {
			return this.civilRegistry.person(nationalId.fullDigits());
		}
		catch (AgencyUnavailableException unavailable) {
			throw new CivilRegistryUnavailableException(unavailable);
		}
	}

	/**
	 * Registers the citizen, or updates the record of the same national ID; answers the
	 * record.
	 */
	@Transactional
	public Citizen register(Citizen profile) {
		Optional<Citizen> known = find(profile.nationalId());
		CitizenRef ref = known.map(Citizen::ref).orElseGet(CitizenRef::random);
		String sql = known.isPresent() ? UPDATE : INSERT;
		try {
			this.jdbc.sql(sql)
				.param("ref", ref.value())
				.param("nationalId", profile.nationalId().fullDigits())
				.param("firstNameTh", profile.nameTh().first())
				.param("lastNameTh", profile.nameTh().last())
				.param("firstNameEn", profile.nameEn() == null ? null : profile.nameEn().first())
				.param("lastNameEn", profile.nameEn() == null ? null : profile.nameEn().last())
				.param("birthDate", profile.birthDate())
				.param("line", profile.address() == null ? null : profile.address().line())
				.param("subdistrict", profile.address() == null ? null : profile.address().subdistrict())
				.param("district", profile.address() == null ? null : profile.address().district())
				.param("province", profile.address() == null ? null : profile.address().province())
				.param("postcode", profile.address() == null ? null : profile.address().postcode())
				.param("phone", profile.contact().phone())
				.param("email", profile.contact().email())
				.param("channel", profile.contact().preferredChannel())
				.param("language", profile.contact().preferredLanguage())
				.param("now", OffsetDateTime.now())
				.update();
		}
		catch (DuplicateKeyException registeredMeanwhile) {
			// The driver's message quotes the national ID: it is not passed on.
			throw new CitizenRegisteredConcurrentlyException();
		}
		return find(ref).orElseThrow();
	}

	public Optional<Citizen> find(NationalId nationalId) {
		return this.jdbc.sql("select " + COLUMNS + " from citizen where national_id = ?")
			.param(nationalId.fullDigits())
			.query(CitizenRegistry::citizen)
			.optional();
	}

	public Optional<Citizen> find(CitizenRef ref) {
		return this.jdbc.sql("select " + COLUMNS + " from citizen where ref = ?")
			.param(ref.value())
			.query(CitizenRegistry::citizen)
			.optional();
	}

	/**
	 * Erases the citizen's personal data on their request: the record and consents here,
	 * and, through {@link CitizenErased}, whatever other modules hold, all in one
	 * transaction. What remains is the opaque reference in process history and audit
	 * entries, which identifies nobody any more.
	 * @return whether there was anything to erase
	 */
	@Transactional
	public boolean erase(CitizenRef ref) {
		if (this.jdbc.sql("delete from citizen where ref = ?").param(ref.value()).update() == 0) {
			return false;
		}
		this.events.publishEvent(new CitizenErased(ref));
		return true;
	}

	/**
	 * Citizens whose Thai or English last name starts with the text, or whose phone is
	 * it.
	 */
	public List<Citizen> search(String text, int page, int size) {
		String term = text.strip();
		return this.jdbc
			.sql("select " + COLUMNS + " from citizen where last_name_th like :prefix or lower(last_name_en) like "
					+ ":lowerPrefix or phone = :phone order by last_name_th, first_name_th, ref "
					+ "offset :offset rows fetch next :size rows only")
			.param("prefix", term + "%")
			.param("lowerPrefix", term.toLowerCase() + "%")
			.param("phone", term)
			.param("offset", page * size)
			.param("size", size)
			.query(CitizenRegistry::citizen)
			.list();
	}

	private static final String INSERT = """
			insert into citizen (ref, national_id, first_name_th, last_name_th, first_name_en, last_name_en,
			    birth_date, address_line, subdistrict, district, province, postcode, phone, email,
			    preferred_channel, preferred_language, created_at, updated_at)
			values (:ref, :nationalId, :firstNameTh, :lastNameTh, :firstNameEn, :lastNameEn, :birthDate, :line,
			    :subdistrict, :district, :province, :postcode, :phone, :email, :channel, :language, :now, :now)
			""";

	private static final String UPDATE = """
			update citizen set first_name_th = :firstNameTh, last_name_th = :lastNameTh,
			    first_name_en = :firstNameEn, last_name_en = :lastNameEn, birth_date = :birthDate,
			    address_line = :line, subdistrict = :subdistrict, district = :district, province = :province,
			    postcode = :postcode, phone = :phone, email = :email, preferred_channel = :channel,
			    preferred_language = :language, updated_at = :now
			where ref = :ref and national_id = :nationalId
			""";

	private static Citizen citizen(ResultSet row, int number) throws SQLException {
		String firstEn = row.getString("first_name_en");
		return new Citizen(new CitizenRef(row.getString("ref")), NationalId.parse(row.getString("national_id")),
				new Citizen.Name(row.getString("first_name_th"), row.getString("last_name_th")),
				firstEn == null ? null : new Citizen.Name(firstEn, row.getString("last_name_en")),
				row.getObject("birth_date", java.time.LocalDate.class),
				new Citizen.Address(row.getString("address_line"), row.getString("subdistrict"),
						row.getString("district"), row.getString("province"), row.getString("postcode")),
				new Citizen.Contact(row.getString("phone"), row.getString("email"), row.getString("preferred_channel"),
						row.getString("preferred_language")));
	}

}
