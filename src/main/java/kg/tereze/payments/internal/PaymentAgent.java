package kg.tereze.payments.internal;

import java.util.List;
import java.util.Set;

/** A terminal network or wallet allowed to check accounts and post payments. */
public record PaymentAgent(long id, String code, String name, List<String> ipAllow, Set<Long> municipalities,
		long minSum, long maxSum, boolean active) {

	/** An empty allow-list lets every address in; otherwise the caller's address must be listed (a CIDR or an address). */
	public boolean allows(String address) {
		return ipAllow == null || ipAllow.isEmpty() || ipAllow.stream().anyMatch(rule -> IpRule.matches(rule, address));
	}

	public boolean serves(long municipalityId) {
		return municipalities == null || municipalities.isEmpty() || municipalities.contains(municipalityId);
	}
}
