package org.cirm.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cirm.testing.CirmWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@CirmWebTest
class CitizenRegistryTest {

	@Autowired
	CitizenRegistry registry;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void registersACitizenUnderAnOpaqueReference() {
		Citizen registered = this.registry.register(Citizens.somchai());

		assertThat(registered.ref().value()).doesNotContain(registered.nationalId().fullDigits());
		assertThat(this.registry.find(registered.nationalId())).contains(registered);
		assertThat(this.registry.find(registered.ref())).contains(registered);
		assertThat(registered.nameTh().full()).isEqualTo("สมชาย ใจดี");
	}

	@Test
	void registeringTheSameIdAgainUpdatesTheOneRecord() {
		Citizen first = this.registry.register(Citizens.malee());
		Citizen moved = new Citizen(null, first.nationalId(), first.nameTh(), first.nameEn(), first.birthDate(),
				new Citizen.Address("1 หมู่ 2", "ในเมือง", "เมืองเชียงใหม่", "เชียงใหม่", "50000"), first.contact());

		Citizen updated = this.registry.register(moved);

		assertThat(updated.ref()).isEqualTo(first.ref());
		assertThat(updated.address().province()).isEqualTo("เชียงใหม่");
		assertThat(this.jdbc.queryForObject("select count(*) from citizen where national_id = ?", Integer.class,
				first.nationalId().fullDigits()))
			.isEqualTo(1);
	}

	@Test
	void findsCitizensByLastNameOrPhonePageByPage() {
		Citizen somchai = this.registry.register(Citizens.somchai());
		Citizen malee = this.registry.register(Citizens.malee());

		assertThat(this.registry.search("ใจ", 0, 10)).extracting(Citizen::ref).contains(somchai.ref(), malee.ref());
		assertThat(this.registry.search("jaidee", 0, 10)).extracting(Citizen::ref).containsExactly(somchai.ref());
		assertThat(this.registry.search("0898765432", 0, 10)).extracting(Citizen::ref).containsExactly(malee.ref());
		assertThat(this.registry.search("ใจ", 0, 1)).hasSize(1);
	}

	@Test
	void anApplicantIsRecognisedOnlyWithTheRegisteredNameAndBirthDate() {
		Citizen malee = this.registry.register(Citizens.malee());
		this.jdbc.update("update citizen set verification = 'VERIFIED', verified_at = now() where ref = ?",
				malee.ref().value());

		assertThat(this.registry.recognise(malee)).isEqualTo(malee.ref());
		Citizen olderOnPaper = new Citizen(null, malee.nationalId(), malee.nameTh(), malee.nameEn(),
				malee.birthDate().minusYears(1), malee.address(), malee.contact());
		assertThatThrownBy(() -> this.registry.recognise(olderOnPaper)).isInstanceOf(IdentityMismatchException.class);
	}

}
