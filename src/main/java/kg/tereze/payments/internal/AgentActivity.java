package kg.tereze.payments.internal;

import java.time.LocalDateTime;

/** An agent with what it did lately, for the administrator's list. */
public record AgentActivity(PaymentAgent agent, long paymentsToday, LocalDateTime lastPayment) {
}
