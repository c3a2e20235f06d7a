package kg.tereze.shared;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo data never on a real office PC: only from the sources on the embedded database, or when asked. */
class DemoModeTest {

	@Test
	void thePackagedApplicationStartsWithoutDemoData() {
		assertThat(new DemoMode(new MockEnvironment()).enabled()).isFalse();
	}

	@Test
	void runFromTheSourcesOnTheEmbeddedDatabaseItHasDemoData() {
		MockEnvironment env = new MockEnvironment();
		env.setActiveProfiles("demo");
		assertThat(new DemoMode(env).enabled()).isTrue();
		env.setProperty("spring.datasource.url", "jdbc:postgresql://db/tereze");
		assertThat(new DemoMode(env).enabled()).isFalse();
	}

	@Test
	void askingDecides() {
		assertThat(new DemoMode(new MockEnvironment().withProperty("tereze.demo", "true")).enabled()).isTrue();
		MockEnvironment env = new MockEnvironment().withProperty("tereze.demo", "false");
		env.setActiveProfiles("demo");
		assertThat(new DemoMode(env).enabled()).isFalse();
	}
}
