package org.cirm.servicerequest;

import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingCodeTest {

	private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	@Test
	void aNewCodeReadsBackAsPrintedAndAsSaidOverThePhone() {
		TrackingCode code = TrackingCode.random();

		assertThat(code.formatted()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z*~$=]{2}");
		assertThat(TrackingCode.parse(code.formatted())).contains(code);
		assertThat(TrackingCode.parse(code.value().toLowerCase())).contains(code);
		assertThat(TrackingCode.parse(" " + code.formatted().replace("-", " ") + " ")).contains(code);
	}

	@Test
	void codesDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			assertThat(seen.add(TrackingCode.random().value())).isTrue();
		}
	}

	@Test
	void whatIsNoCodeIsNoCode() {
		assertThat(TrackingCode.parse(null)).isEmpty();
		assertThat(TrackingCode.parse("")).isEmpty();
		assertThat(TrackingCode.parse("K7QM-2ZPA")).isEmpty();
		assertThat(TrackingCode.parse("K7QM-2ZPA-9XW4-DH-ZZ")).isEmpty();
		assertThat(TrackingCode.parse("K7QM-2ZPA-9XW4-D#")).isEmpty();
	}

	@Property(tries = 300)
	void anyOneWrongCharacterIsCaught(@ForAll("positions") int position, @ForAll("symbols") char replacement) {
		TrackingCode code = TrackingCode.random();
		char[] typed = code.value().toCharArray();
		if (position == typed.length - 1 || typed[position] == replacement) {
			return;
		}
		typed[position] = replacement;
		assertThat(TrackingCode.parse(new String(typed))).isEmpty();
	}

	@Property(tries = 300)
	void anyTwoNeighboursSwappedAreCaught(@ForAll("positions") int position) {
		TrackingCode code = TrackingCode.random();
		char[] typed = code.value().toCharArray();
		int next = position + 1;
		if (next >= typed.length - 1 || typed[position] == typed[next]) {
			return;
		}
		char swapped = typed[position];
		typed[position] = typed[next];
		typed[next] = swapped;
		assertThat(TrackingCode.parse(new String(typed))).isEmpty();
	}

	@Provide
	Arbitrary<Integer> positions() {
		return Arbitraries.integers().between(0, 12);
	}

	@Provide
	Arbitrary<Character> symbols() {
		return Arbitraries.of(SYMBOLS.chars().mapToObj(symbol -> (char) symbol).toList());
	}

}
