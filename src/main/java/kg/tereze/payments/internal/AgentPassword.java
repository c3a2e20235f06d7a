package kg.tereze.payments.internal;

/** A new password of an agent, shown once to the administrator and stored only as a hash. */
public record AgentPassword(PaymentAgent agent, String password) {
}
