package kg.tereze.audit;

import kg.tereze.audit.internal.ChainHash;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChainHashTest {

	private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123456Z");

	@Test
	void anyChangedFieldChangesTheHash() {
		String base = ChainHash.of(ChainHash.GENESIS, 1, AT, 5L, "karool.clerk", 1L, "UPDATE", "person", "7", "{}", "{\"a\":1}");
		assertThat(base).hasSize(64);
		assertThat(ChainHash.of(ChainHash.GENESIS, 1, AT, 5L, "karool.clerk", 1L, "UPDATE", "person", "7", "{}", "{\"a\":2}")).isNotEqualTo(base);
		assertThat(ChainHash.of(ChainHash.GENESIS, 1, AT.plusNanos(1000), 5L, "karool.clerk", 1L, "UPDATE", "person", "7", "{}", "{\"a\":1}")).isNotEqualTo(base);
		assertThat(ChainHash.of(ChainHash.GENESIS, 1, AT, 5L, "karool.clerk", 1L, "UPDATE", "person", "7", "{}", "{\"a\":1}")).isEqualTo(base);
	}

	@Test
	void textCannotMoveBetweenFields() {
		assertThat(ChainHash.of(ChainHash.GENESIS, 1, AT, null, "ab", null, "c", "x", null, null, null))
			.isNotEqualTo(ChainHash.of(ChainHash.GENESIS, 1, AT, null, "a", null, "bc", "x", null, null, null));
	}
}
