package kg.tereze.shared.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the JVM was killed (kill -9, a power cut of the office PC) its PostgreSQL child may still
 * run on our data directory and the next start would fail on postmaster.pid. Stop that server first;
 * PostgreSQL's own recovery takes care of the rest.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private StalePostmaster() {
	}

	static void stopIfRunning(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.size() < 2) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException e) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid);
		boolean ours = process.isPresent() && process.get().isAlive()
				&& Path.of(lines.get(1).trim()).toAbsolutePath().normalize().equals(dataDirectory.normalize())
				&& process.get().info().command().map(c -> c.contains("postgres")).orElse(true);
		if (!ours) {
			return;
		}
		log.warn("PostgreSQL (pid {}) from an earlier run still serves {}; stopping it", pid, dataDirectory);
		ProcessHandle handle = process.get();
		handle.destroy();
		try {
			handle.onExit().get(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (Exception e) {
			handle.destroyForcibly();
		}
	}
}
