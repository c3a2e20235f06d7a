package kg.tereze.shared.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL. An empty directory means a throwaway database in a
 * temporary folder (what the tests use).
 */
@ConfigurationProperties("tereze.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") String directory, @DefaultValue("0") int port,
		@DefaultValue("10") int poolSize) {

	boolean isThrowaway() {
		return directory == null || directory.isBlank();
	}
}
