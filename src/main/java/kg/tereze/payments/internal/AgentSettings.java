package kg.tereze.payments.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Som;

/**
 * What the system administrator decides about a payment agent: its name, the addresses it may call
 * from (none listed: any), the municipalities it takes payments for (none listed: all), the smallest
 * and largest payment, and whether it works at all.
 */
public record AgentSettings(String name, List<String> ipAllow, Set<Long> municipalities, Som minSum, Som maxSum,
		boolean active) {

	static final int MAX_RULES = 50;

	public AgentSettings {
		name = name == null ? "" : name.strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidInputException("name", "payments.agent.error.name");
		}
		ipAllow = ipAllow == null ? List.of() : ipAllow.stream().map(String::strip).filter(r -> !r.isEmpty()).distinct().toList();
		if (ipAllow.size() > MAX_RULES) {
			throw new InvalidInputException("ipAllow", "payments.agent.error.ipCount", MAX_RULES);
		}
		for (String rule : ipAllow) {
			if (!IpRule.valid(rule)) {
				throw new InvalidInputException("ipAllow", "payments.agent.error.ip", rule);
			}
		}
		municipalities = municipalities == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(municipalities));
		if (minSum == null || minSum.tyiyn() <= 0) {
			throw new InvalidInputException("minSum", "payments.agent.error.min");
		}
		if (maxSum == null || maxSum.compareTo(minSum) < 0) {
			throw new InvalidInputException("maxSum", "payments.agent.error.max");
		}
	}

	/** The settings an agent has now, for a form to start from. */
	public static AgentSettings of(PaymentAgent agent) {
		return new AgentSettings(agent.name(), agent.ipAllow(), agent.municipalities(), Som.ofTyiyn(agent.minSum()),
				Som.ofTyiyn(agent.maxSum()), agent.active());
	}
}
