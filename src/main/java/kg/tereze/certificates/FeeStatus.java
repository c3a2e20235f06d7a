package kg.tereze.certificates;

import kg.tereze.shared.Som;

/**
 * Where the applicant stands with the fee for one certificate: nothing to pay, charged and waiting for
 * the cash desk, or paid. {@code account} is where the cashier takes the money.
 */
public record FeeStatus(FeeRate rate, String account, Long chargeEntryId, boolean paid, Som due) {

	public enum State { FREE, NOT_CHARGED, UNPAID, PAID }

	public State state() {
		if (rate.free()) {
			return State.FREE;
		}
		if (chargeEntryId == null) {
			return State.NOT_CHARGED;
		}
		return paid ? State.PAID : State.UNPAID;
	}
}
