package kg.tereze.shared.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} is configured, so
 * that {@code ./mvnw spring-boot:run} works on a municipal office PC with nothing installed. Boot's
 * own DataSource configuration backs off because this one defines the bean.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	private static final String DATABASE = "tereze";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
		if (properties.isThrowaway()) {
			// Tests: a blank directory per context; durability does not matter there.
			builder.setServerConfig("fsync", "off");
		}
		else {
			Path directory = Path.of(properties.directory()).toAbsolutePath();
			Files.createDirectories(directory);
			StalePostmaster.stopIfRunning(directory);
			builder.setDataDirectory(directory.toFile())
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			log.info("Starting embedded PostgreSQL with data in {}", directory);
		}
		builder.setServerConfig("max_connections", "100");
		return builder.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) throws SQLException {
		createDatabaseIfMissing(postgres.getPostgresDatabase());
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		config.setUsername("postgres");
		config.setMaximumPoolSize(properties.poolSize());
		config.setPoolName("tereze-embedded");
		return new HikariDataSource(config);
	}

	private static void createDatabaseIfMissing(DataSource admin) throws SQLException {
		try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
		}
	}
}
