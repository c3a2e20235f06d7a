package kg.tereze.payments.internal;

/** What an agent is told: the result, our transaction number for a payment, the sum, and why. */
public record AgentAnswer(String txnId, Long prvTxn, String sum, OsmpResult result, String comment) {

	static AgentAnswer of(String txnId, String sum, OsmpResult result, String comment) {
		return new AgentAnswer(txnId, null, sum, result, comment);
	}
}
