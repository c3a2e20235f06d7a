package kg.tereze.payments.internal.demo;

import kg.tereze.payments.internal.AgentStore;
import java.time.Clock;

import kg.tereze.shared.DemoData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Demo: the terminal network {@code demo-terminal} with password {@code demo} (README). */
@DemoData
@Order(410)
class DemoAgents implements ApplicationRunner {

	private final AgentStore agents;

	private final PasswordEncoder encoder;


	private final Clock clock;

	DemoAgents(AgentStore agents, PasswordEncoder encoder, Clock clock) {
		this.agents = agents;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (agents.byCode("demo-terminal").isEmpty()) {
			agents.insert("demo-terminal", "Demo terminal network", encoder.encode("demo"), clock.instant());
		}
	}
}
