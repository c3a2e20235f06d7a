package kg.tereze.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether demo data is created: property {@code tereze.demo}; on by default with the embedded
 * database, off by default with an external one.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment env) {
		boolean external = StringUtils.hasText(env.getProperty("spring.datasource.url"));
		this.enabled = env.getProperty("tereze.demo", Boolean.class, !external);
	}

	public boolean enabled() {
		return enabled;
	}
}
