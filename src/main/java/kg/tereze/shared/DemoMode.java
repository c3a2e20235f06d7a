package kg.tereze.shared;

import java.util.Arrays;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether demo data (two municipalities, users with the password {@code demo}) is created. Property
 * {@code tereze.demo} decides when it is set. Otherwise demo data is made only when Tereze is run from
 * its sources ({@code ./mvnw spring-boot:run} activates the profile {@code demo}) on its embedded
 * database: the packaged application, which a municipality runs on its office PC, starts without it
 * and asks for its first administrators instead.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment env) {
		this.enabled = enabled(env);
	}

	static boolean enabled(Environment env) {
		boolean external = StringUtils.hasText(env.getProperty("spring.datasource.url"));
		boolean fromSources = Arrays.asList(env.getActiveProfiles()).contains("demo");
		return env.getProperty("tereze.demo", Boolean.class, fromSources && !external);
	}

	public boolean enabled() {
		return enabled;
	}
}
